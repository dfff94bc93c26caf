package ru.sppr.chat.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnNamesTest {
    @Test
    void should_read_a_machine_column_name_as_russian_words_with_its_unit() {
        assertThat(ColumnNames.readable("post")).isEqualTo("пост");
        assertThat(ColumnNames.readable("date_time")).isEqualTo("дата и время");
        assertThat(ColumnNames.readable("level_cm")).isEqualTo("уровень, см");
        assertThat(ColumnNames.readable("change_cm_24h")).isEqualTo("изменение за 24 ч, см");
        assertThat(ColumnNames.readable("danger_level_cm")).isEqualTo("опасная отметка, см");
        assertThat(ColumnNames.readable("note")).isEqualTo("примечание");
        assertThat(ColumnNames.readable("windSpeedMs")).isEqualTo("скорость ветра, м/с");
    }

    @Test
    void should_keep_a_russian_name_and_one_with_a_word_it_does_not_know_as_written() {
        assertThat(ColumnNames.readable("Уровень, см")).isEqualTo("Уровень, см");
        assertThat(ColumnNames.readable("эвакуировано (отселено), чел.")).isEqualTo("эвакуировано (отселено), чел.");
        assertThat(ColumnNames.readable("foo_level_cm")).isEqualTo("foo_level_cm");
        assertThat(ColumnNames.readable("cm")).isEqualTo("cm");
    }
}
