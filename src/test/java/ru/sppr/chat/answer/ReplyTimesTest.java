package ru.sppr.chat.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReplyTimesTest {
    static final Instant EVENING = Instant.parse("2026-04-16T17:00:00Z");
    static final Instant MORNING = Instant.parse("2026-04-16T05:00:00Z");

    @Test
    void should_name_the_zone_after_the_first_moment_of_a_reply_only() {
        var times = new ReplyTimes("HH:mm dd.MM.yyyy", ZoneId.of("Europe/Moscow"));
        var reply = times.reply();

        assertThat(reply.at(EVENING)).isEqualTo("20:00 16.04.2026 МСК");
        assertThat(reply.at(MORNING)).isEqualTo("08:00 16.04.2026");
        assertThat(times.reply().at(MORNING)).as("the next reply names it again").isEqualTo("08:00 16.04.2026 МСК");
        assertThat(times.reply(Language.EN).at(MORNING)).isEqualTo("08:00 16.04.2026 MSK");
    }

    @Test
    void should_name_another_zone_by_its_offset_from_utc_at_that_moment() {
        assertThat(new ReplyTimes("dd.MM.yyyy HH:mm", ZoneId.of("Asia/Yekaterinburg")).reply().at(EVENING))
                .isEqualTo("16.04.2026 22:00 UTC+5");
        assertThat(ReplyTimes.label(ZoneId.of("Asia/Kolkata"), EVENING)).isEqualTo("UTC+5:30");
        assertThat(ReplyTimes.label(ZoneId.of("UTC"), EVENING)).isEqualTo("UTC");
        assertThat(ReplyTimes.label(ZoneId.of("America/New_York"), Instant.parse("2026-01-15T12:00:00Z"))).isEqualTo("UTC-5");
        assertThat(ReplyTimes.label(ZoneId.of("America/New_York"), Instant.parse("2026-07-15T12:00:00Z"))).as("summer time")
                .isEqualTo("UTC-4");
    }
}
