package ru.sppr.chat.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuggestionPolicyTest {
    static AnswerState state(boolean grounded, double confidence, int sources, boolean dated, boolean stale) {
        return new AnswerState(true, grounded, confidence, confidence < 0.4, sources, dated, stale, false, "general_query");
    }

    @Test
    void should_offer_to_rephrase_or_show_sources_when_unsure() {
        List<Suggestion> s = SuggestionPolicy.choose(state(true, 0.2, 1, false, false), Set.of(), 3);

        assertThat(s).extracting(Suggestion::kind).containsExactly("show_sources", "rephrase");
    }

    @Test
    void should_offer_a_timeline_for_dated_evidence_a_report_for_several_sources_and_an_update_when_stale() {
        assertThat(SuggestionPolicy.choose(state(true, 0.9, 3, true, false), Set.of(), 3))
                .extracting(Suggestion::kind).containsExactly("timeline", "report", "justify");
        assertThat(SuggestionPolicy.choose(state(true, 0.9, 1, true, true), Set.of(), 2))
                .extracting(Suggestion::kind).containsExactly("request_update", "timeline");
    }

    @Test
    void should_not_repeat_what_was_offered_within_the_cooldown_and_respect_the_limit() {
        assertThat(SuggestionPolicy.choose(state(true, 0.9, 3, true, false), Set.of("timeline"), 3))
                .extracting(Suggestion::kind).containsExactly("report", "justify");
        assertThat(SuggestionPolicy.choose(state(true, 0.9, 3, true, false), Set.of(), 1)).hasSize(1);
        assertThat(SuggestionPolicy.choose(state(false, 0, 0, false, false), Set.of(), 3))
                .extracting(Suggestion::kind).containsExactly("rephrase", "list_sources");
    }
}
