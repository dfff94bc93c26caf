package ru.sppr.chat.feedback;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Every rated source's net negative ratings, read from the store at once and kept for {@link #REREAD_AFTER}, so
 * that ranking the hits of an ask costs no query. Only sources whose ratings do not cancel out are kept — those cited by answers that were
 * rated, on balance, up or down — so the snapshot grows with the feedback given, not with the knowledge base.
 * A rating takes effect on rankings within {@link #REREAD_AFTER}, on this node and on the others alike.
 */
public final class ReputationSnapshot implements SourceReputation {
    /** How old the snapshot may get before the next ranking reads it again. */
    public static final Duration REREAD_AFTER = Duration.ofSeconds(2);
    private static final String ALL = "all";

    private final LoadingCache<String, Map<String, Integer>> snapshot;

    /** @param everyRatedSource reads net negative ratings of every source whose ratings do not cancel out */
    public ReputationSnapshot(Supplier<Map<String, Integer>> everyRatedSource) {
        this(everyRatedSource, Ticker.systemTicker());
    }

    ReputationSnapshot(Supplier<Map<String, Integer>> everyRatedSource, Ticker ticker) {
        Objects.requireNonNull(everyRatedSource, "everyRatedSource");
        this.snapshot = Caffeine.newBuilder().expireAfterWrite(REREAD_AFTER).ticker(ticker)
                .build(key -> Map.copyOf(everyRatedSource.get()));
    }

    @Override
    public Map<String, Integer> netNegative(Collection<String> sourceIds) {
        Map<String, Integer> all = snapshot.get(ALL);
        if (all.isEmpty()) {
            return Map.of();
        }
        var rated = new HashMap<String, Integer>();
        for (String id : sourceIds) {
            Integer net = all.get(id);
            if (net != null) {
                rated.put(id, net);
            }
        }
        return rated;
    }
}
