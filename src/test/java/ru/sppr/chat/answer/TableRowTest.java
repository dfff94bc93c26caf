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

    @Test
    void should_show_a_quoted_row_with_a_readable_date_and_no_column_names_before_words() {
        String answer = "По последним данным (на 11.04.2026 20:00 МСК): дата: 2026-04-11T20:00; пункт временного размещения: "
                + "ПВР № 3 — МБОУ «Ключевская СОШ»; адрес: с. Ключи, ул. Школьная, 2; вместимость, чел.: 80; размещено на 20:00, чел.: 15; "
                + "примечание: закрывается 17.04 [1] Уровень: 552 см; спад: 49 см; ГП: Ключи [2]";

        assertThat(TableRow.shownIn(answer)).isEqualTo("По последним данным (на 11.04.2026 20:00 МСК): 20:00 11.04.2026; "
                + "ПВР № 3 — МБОУ «Ключевская СОШ»; с. Ключи, ул. Школьная, 2; вместимость, чел.: 80; размещено на 20:00, чел.: 15; "
                + "закрывается 17.04 [1] Уровень: 552 см; спад: 49 см; ГП: Ключи [2]");
    }

    @Test
    void should_read_a_gauge_row_with_its_offset() {
        assertThat(TableRow.shownIn("пост: Ключи; дата и время: 2026-04-16T08:00:00+03:00; уровень, см: 552; изменение за 24 ч, см: -49 [1]"))
                .as("the date is not the first cell: not a row this reads").startsWith("пост: Ключи");
        assertThat(TableRow.shownIn("дата и время: 2026-04-16T08:00:00+03:00; пост: Ключи; уровень, см: 552; изменение за 24 ч, см: -49 [1]"))
                .isEqualTo("08:00 16.04.2026; Ключи; уровень, см: 552; изменение за 24 ч, см: -49 [1]");
    }
}
