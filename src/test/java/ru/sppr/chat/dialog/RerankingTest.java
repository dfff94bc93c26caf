package ru.sppr.chat.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.knowledge.search.Excerpt;
import ru.sppr.chat.knowledge.search.SearchHit;
import ru.sppr.chat.knowledge.source.SourceType;

class RerankingTest {
    static SearchHit hit(String source, double score) {
        return new SearchHit(source + "#0", source, source, SourceType.DOCUMENT, null, null, null, score, "t", Excerpt.of("t", List.of()));
    }

    @Test
    void should_rank_a_source_with_negative_feedback_lower_but_only_within_bounds() {
        var hits = List.of(hit("disliked", 10), hit("neutral", 9));

        assertThat(Reranking.byReputation(hits, Map.of("disliked", 2))).extracting(SearchHit::sourceId)
                .containsExactly("neutral", "disliked");
        assertThat(Reranking.byReputation(List.of(hit("disliked", 10), hit("neutral", 5)), Map.of("disliked", 100)))
                .extracting(SearchHit::sourceId).containsExactly("disliked", "neutral");
        assertThat(Reranking.byReputation(hits, Map.of())).isSameAs(hits);
    }
}
