package ru.sppr.chat.tools.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DialogueEvaluationTest {

    @Test
    void theClaimOfAQuotedAnswerIsItsFirstSentenceNotTheWholeParagraph() {
        assertThat(DialogueEvaluation.claim("автобус от пвр в 08:00 и 15:00. [1] выделить 2 автобуса в 08:00 и 14:00. [2]"))
                .isEqualTo("автобус от пвр в 08:00 и 15:00. [1]");
    }

    @Test
    void theClaimOfAModelAnswerEndsAtItsFirstCitationNotAtTheHistory() {
        assertThat(DialogueEvaluation.claim("уровень воды (гп ключи): 531 см [1]. до этого — 552 см [2]."))
                .isEqualTo("уровень воды (гп ключи): 531 см [1]");
        assertThat(DialogueEvaluation.claim("хронология:\n- 12.04 — 691 см [1]")).isEqualTo("хронология:");
        assertThat(DialogueEvaluation.claim("в базе нет сведений")).isEqualTo("в базе нет сведений");
    }
}
