package ru.sppr.chat.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DateFinderTest {
    final DateFinder moscow = new DateFinder(ZoneId.of("Europe/Moscow"));

    @Test
    void should_read_the_forms_reports_use_in_moscow_time() {
        assertThat(moscow.find("Оперативная сводка на 08:00 10.04.2026")).contains(Instant.parse("2026-04-10T05:00:00Z"));
        assertThat(moscow.find("Сводка от 10.04.2026 20:00")).contains(Instant.parse("2026-04-10T17:00:00Z"));
        assertThat(moscow.find("**11.04.2026, 11:00. Докладчик — глава района**")).contains(Instant.parse("2026-04-11T08:00:00Z"));
        assertThat(moscow.find("Решение от 12 апреля 2026 г.")).contains(Instant.parse("2026-04-11T21:00:00Z"));
        assertThat(moscow.find("time 2026-04-10T06:30:00+03:00")).contains(Instant.parse("2026-04-10T03:30:00Z"));
        assertThat(moscow.parseValue("2026-04-10T06:30:00Z")).contains(Instant.parse("2026-04-10T06:30:00Z"));
    }

    @Test
    void should_read_times_without_an_offset_in_the_configured_zone() {
        var yekaterinburg = new DateFinder(ZoneId.of("Asia/Yekaterinburg"));

        assertThat(yekaterinburg.find("Сводка на 08:00 10.04.2026")).contains(Instant.parse("2026-04-10T03:00:00Z"));
        assertThat(yekaterinburg.parseValue("2026-04-10T08:00")).contains(Instant.parse("2026-04-10T03:00:00Z"));
        assertThat(yekaterinburg.find("time 2026-04-10T06:30:00+03:00")).contains(Instant.parse("2026-04-10T03:30:00Z"));
    }

    @Test
    void should_find_nothing_in_text_without_a_valid_date() {
        assertThat(moscow.find("Уровень воды 512 см")).isEmpty();
        assertThat(moscow.find("31.02.2026")).isEmpty();
        assertThat(moscow.parseValue("скоро")).isEmpty();
    }
}
