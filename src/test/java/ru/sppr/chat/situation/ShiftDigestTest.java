package ru.sppr.chat.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ShiftDigestTest {
    private static final ZoneId MSK = ZoneId.of("Europe/Moscow");

    private static String shiftOf(String moscowTime) {
        Instant now = LocalDateTime.parse(moscowTime).atZone(MSK).toInstant();
        return ShiftDigest.shiftStart(now, MSK).atZone(MSK).toLocalDateTime().toString();
    }

    @Test
    void should_start_the_shift_at_08_or_20_in_the_service_zone() {
        assertThat(shiftOf("2026-04-16T08:00")).isEqualTo("2026-04-16T08:00");
        assertThat(shiftOf("2026-04-16T19:59")).isEqualTo("2026-04-16T08:00");
        assertThat(shiftOf("2026-04-16T20:00")).isEqualTo("2026-04-16T20:00");
        assertThat(shiftOf("2026-04-16T23:30")).isEqualTo("2026-04-16T20:00");
        assertThat(shiftOf("2026-04-17T07:59")).as("the night shift began the day before").isEqualTo("2026-04-16T20:00");
        assertThat(shiftOf("2026-05-01T00:10")).isEqualTo("2026-04-30T20:00");
    }
}
