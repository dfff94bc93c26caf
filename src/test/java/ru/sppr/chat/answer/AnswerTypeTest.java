package ru.sppr.chat.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerTypeTest {
    @Test
    void a_thing_asked_for_by_which_expects_a_name() {
        assertThat(AnswerType.of("в каком жк горело в ильменском проезде")).isEqualTo(AnswerType.NAME);
        assertThat(AnswerType.of("which hospital was the patient flown to?")).isEqualTo(AnswerType.NAME);
        assertThat(AnswerType.of("какой уровень воды на ключах")).isEqualTo(AnswerType.ANY);
        assertThat(AnswerType.of("в каком году построена дамба")).isEqualTo(AnswerType.TIME);
    }

    @Test
    void a_name_in_quotes_offers_one() {
        assertThat(AnswerType.NAME.offeredBy("взрыв и пожар в «Селигер Сити» в проезде")).isTrue();
        assertThat(AnswerType.NAME.offeredBy("пожар в жилом комплексе")).isFalse();
    }
}
