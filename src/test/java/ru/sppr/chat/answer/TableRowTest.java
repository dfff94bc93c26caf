package ru.sppr.chat.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableRowTest {
    private static final String ROW = "дата: 2026-04-11T08:00; населённый пункт: с. Нижние Ключи; эвакуировано (отселено), чел.: 312; "
            + "в ПВР, чел.: 119; у родственников, чел.: 193; отказались, чел.: 9; примечание: эвакуация завершена 10.04 в 23:30";

    @Test
    void should_keep_when_where_and_the_figures_the_answer_gives() {
        String answer = "Эвакуированных (Нижние Ключи), на 08:00 11.04.2026 МСК: 312 человек [1].";

        assertThat(TableRow.readable(ROW, answer)).isEqualTo("08:00 11.04.2026; с. Нижние Ключи; эвакуировано (отселено), чел.: 312");
    }

    @Test
    void should_leave_a_sentence_as_it_is() {
        String sentence = "Из с. Нижние Ключи эвакуировано 312 человек: 119 — в ПВР, остальные у родственников.";

        assertThat(TableRow.readable(sentence, "312 человек")).isEqualTo(sentence);
    }
}
