package ru.sppr.chat.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void should_count_words_and_numbers_but_not_citation_marks_or_dashes() {
        assertThat(Words.count("Уровень воды — 612 см. [1] Государства-члены согласны [2].")).isEqualTo(6);
        assertThat(Words.count("  ")).isZero();
        assertThat(Words.count("The level is 612 cm [1]")).isEqualTo(5);
        assertThat(Words.count("[1], [23]; [x] [] […]")).isEqualTo(1);
        assertThat(Words.count("слово\n- «Сводка» [2]\tещё")).isEqualTo(3);
    }
}
