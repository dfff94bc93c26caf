package ru.sppr.chat.zone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ZoneLabelTest {
    static final Instant EVENING = Instant.parse("2026-04-16T17:00:00Z");

    @Test
    void should_name_moscow_time_msk_and_another_zone_by_its_offset_from_utc_at_that_moment() {
        assertThat(ZoneLabel.of(ZoneId.of("Europe/Moscow"), EVENING)).isEqualTo("МСК");
        assertThat(ZoneLabel.latin(ZoneId.of("Europe/Moscow"), EVENING)).isEqualTo("MSK");
        assertThat(ZoneLabel.of(ZoneId.of("Asia/Yekaterinburg"), EVENING)).isEqualTo("UTC+5");
        assertThat(ZoneLabel.of(ZoneId.of("Asia/Kolkata"), EVENING)).isEqualTo("UTC+5:30");
        assertThat(ZoneLabel.of(ZoneId.of("UTC"), EVENING)).isEqualTo("UTC");
        assertThat(ZoneLabel.of(ZoneId.of("America/New_York"), Instant.parse("2026-01-15T12:00:00Z"))).isEqualTo("UTC-5");
        assertThat(ZoneLabel.of(ZoneId.of("America/New_York"), Instant.parse("2026-07-15T12:00:00Z"))).as("summer time")
                .isEqualTo("UTC-4");
    }
}
