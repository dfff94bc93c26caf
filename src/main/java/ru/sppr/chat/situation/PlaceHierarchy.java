package ru.sppr.chat.situation;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which towns and districts lie in which region, learned from reports that name exactly one region next to them
 * («в Кизеле Пермского края»): a later report that names only «Пермский край» can then join the incident in Кизел.
 * Used for grouping only; nothing learned here is shown to readers.
 */
final class PlaceHierarchy {
    private final Map<String, Set<String>> regions = new ConcurrentHashMap<>();

    void learn(Set<String> keys) {
        var named = keys.stream().filter(k -> k.startsWith("region:")).toList();
        if (named.size() != 1) {
            return;
        }
        for (String key : keys) {
            if (key.startsWith("settlement:") || key.startsWith("place:") || key.startsWith("district:")) {
                regions.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(named.getFirst());
            }
        }
    }

    /** The keys with the regions their places are known to lie in. */
    Set<String> widen(Set<String> keys) {
        Set<String> out = new HashSet<>(keys);
        for (String key : keys) {
            out.addAll(regions.getOrDefault(key, Set.of()));
        }
        return out;
    }
}
