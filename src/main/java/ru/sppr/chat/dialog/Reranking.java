package ru.sppr.chat.dialog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import ru.sppr.chat.feedback.SourceReputation;
import ru.sppr.chat.knowledge.search.SearchHit;

/** Lowers the scores of sources that keep collecting negative feedback, within the reputation's bounds. */
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
}
