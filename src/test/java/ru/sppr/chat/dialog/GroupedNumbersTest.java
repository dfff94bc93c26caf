package ru.sppr.chat.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GroupedNumbersTest {
    @Test
    void should_add_large_numbers_with_their_digits_grouped_as_reports_write_them() {
        assertThat(GroupedNumbers.withGroups("кто сказал что еще 3000 мешков надо")).endsWith("(3 000)");
        assertThat(GroupedNumbers.withGroups("эвакуировано 12500 человек")).endsWith("(12 500)");
    }

    @Test
    void should_leave_years_times_small_and_grouped_numbers() {
        assertThat(GroupedNumbers.withGroups("паводок 2024 года в 14:00")).isEqualTo("паводок 2024 года в 14:00");
        assertThat(GroupedNumbers.withGroups("уложено 2 400 мешков, уровень 691 см")).isEqualTo("уложено 2 400 мешков, уровень 691 см");
    }
}
