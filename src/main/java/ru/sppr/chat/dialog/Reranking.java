package ru.sppr.chat.dialog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import ru.sppr.chat.feedback.SourceReputation;
import ru.sppr.chat.knowledge.search.SearchHit;

/**
 * Rescores the fragments found and puts them back in order of score: lower for sources that keep collecting negative
 * feedback, within the reputation's bounds; higher for those a question favours.
 */
final class Reranking {
    private Reranking() {
    }

    static List<SearchHit> byReputation(List<SearchHit> hits, Map<String, Integer> netNegative) {
        if (netNegative.isEmpty()) {
            return hits;
        }
        List<SearchHit> rescored = new ArrayList<>(hits.size());
        for (SearchHit h : hits) {
            double factor = SourceReputation.factor(netNegative.getOrDefault(h.sourceId(), 0));
            rescored.add(h.withScore(h.score() * factor));
        }
        rescored.sort(Comparator.comparingDouble(SearchHit::score).reversed());
        return rescored;
    }

    /** The fragments with those that are {@code favoured} scored {@code factor} times higher, in order of score. */
    static List<SearchHit> favouring(List<SearchHit> hits, Predicate<SearchHit> favoured, double factor) {
        return hits.stream().map(h -> favoured.test(h) ? h.withScore(h.score() * factor) : h)
                .sorted(Comparator.comparingDouble(SearchHit::score).reversed()).toList();
    }
}
