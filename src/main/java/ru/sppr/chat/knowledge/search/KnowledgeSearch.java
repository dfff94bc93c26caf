package ru.sppr.chat.knowledge.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.user.Clearance;

/** Finds the fragments most relevant to a request, best first, within the request's clearance and filters. */
public interface KnowledgeSearch {
    List<SearchHit> search(SearchRequest request);

    /**
     * The fragments of {@code types} observed from {@code from} to {@code to} (inclusive) that the clearance may read, the
     * newest {@code limit} of them, oldest first: a period's event log («что происходило 12 апреля»), which no words select.
     */
    List<SearchHit> observedWithin(Instant from, Instant to, Set<SourceType> types, int limit, Clearance clearance);

    /**
     * How informative each stem is in the part of the knowledge base {@code clearance} may see (BM25 inverse
     * document frequency); rare words such as names and numbers weigh most. Stems absent get the highest weight.
     */
    Map<String, Double> weights(List<String> stems, Clearance clearance);

    /**
     * The sources of {@code types} the clearance may read whose title has every word of {@code words} (in any form), at
     * most {@code atMost} of them: the document a question names by its kind and number («по решению 9» — «Решение КЧС и
     * ОПБ … № 9»).
     */
    Set<String> sourcesTitled(String words, Set<SourceType> types, Clearance clearance, int atMost);

    /** How many fragments the clearance may read contain the stem. */
    int fragmentsWith(String stem, Clearance clearance);

    /** Whether any fragment the clearance may read contains the stem (a word of the knowledge base for that reader). */
    default boolean contains(String stem, Clearance clearance) {
        return fragmentsWith(stem, clearance) > 0;
    }
}
