package ru.sppr.chat.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.sppr.chat.knowledge.search.SearchHit;

/** Numbers cited fragments [1], [2], … in the order the answer first uses them. */
final class CitationBook {
    private final List<SearchHit> hits;
    private final Map<Integer, Integer> ordinalByHit = new LinkedHashMap<>();

    CitationBook(List<SearchHit> hits) {
        this.hits = hits;
    }

    /** The mark for a fragment, e.g. {@code [2]}. */
    String mark(int hit) {
        return "[" + ordinalByHit.computeIfAbsent(hit, h -> ordinalByHit.size() + 1) + "]";
    }

    List<Cited> citations() {
        List<Cited> cited = new ArrayList<>();
        ordinalByHit.forEach((hit, ordinal) -> cited.add(new Cited(ordinal, hits.get(hit))));
        return cited;
    }
}
