package ru.sppr.chat.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.intent.Intent;

class SuggestionPolicyTest {
    static AnswerState grounded(double confidence, int sources, boolean dated, boolean stale) {
        return new AnswerState.Grounded(true, Intent.GENERAL_QUERY, confidence, confidence < 0.4, sources, dated, stale, false);
    }

    @Test
    void should_offer_to_rephrase_or_show_sources_when_unsure() {
        List<Suggestion> s = SuggestionPolicy.choose(grounded(0.2, 1, false, false), Set.of(), 3);

        assertThat(s).extracting(Suggestion::kind).containsExactly(SuggestionKind.SHOW_SOURCES, SuggestionKind.REPHRASE);
    }

    @Test
    void should_offer_a_timeline_for_dated_evidence_a_report_for_several_sources_and_an_update_when_stale() {
        assertThat(SuggestionPolicy.choose(grounded(0.9, 3, true, false), Set.of(), 3))
                .extracting(Suggestion::kind).containsExactly(SuggestionKind.TIMELINE, SuggestionKind.REPORT, SuggestionKind.JUSTIFY);
        assertThat(SuggestionPolicy.choose(grounded(0.9, 1, true, true), Set.of(), 2))
                .extracting(Suggestion::kind).containsExactly(SuggestionKind.REQUEST_UPDATE, SuggestionKind.TIMELINE);
    }

    @Test
    void should_not_repeat_what_was_offered_within_the_cooldown_and_respect_the_limit() {
        assertThat(SuggestionPolicy.choose(grounded(0.9, 3, true, false), Set.of(SuggestionKind.TIMELINE), 3))
                .extracting(Suggestion::kind).containsExactly(SuggestionKind.REPORT, SuggestionKind.JUSTIFY);
        assertThat(SuggestionPolicy.choose(grounded(0.9, 3, true, false), Set.of(), 1)).hasSize(1);
        assertThat(SuggestionPolicy.choose(new AnswerState.NoEvidence(true, Intent.GENERAL_QUERY), Set.of(), 3))
                .extracting(Suggestion::kind).containsExactly(SuggestionKind.REPHRASE, SuggestionKind.LIST_SOURCES);
    }

    @Test
    void should_offer_the_list_of_sources_after_small_talk_and_not_suggest_what_the_intent_already_is() {
        assertThat(SuggestionPolicy.choose(new AnswerState.Conversational(true, Intent.CHITCHAT), Set.of(), 3))
                .extracting(Suggestion::kind).containsExactly(SuggestionKind.LIST_SOURCES);
        assertThat(SuggestionPolicy.choose(new AnswerState.Grounded(true, Intent.TIMELINE, 0.9, false, 3, true, false, false),
                Set.of(), 3)).extracting(Suggestion::kind).containsExactly(SuggestionKind.REPORT, SuggestionKind.JUSTIFY);
    }
}
