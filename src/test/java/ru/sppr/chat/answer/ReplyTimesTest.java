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
        assertThat(new ReplyTimes("dd.MM.yyyy HH:mm", ZoneId.of("America/New_York")).reply().at(Instant.parse("2026-07-15T12:00:00Z")))
                .as("summer time").isEqualTo("15.07.2026 08:00 UTC-4");
    }

    @Test
    void should_label_the_first_time_of_a_reply_written_elsewhere_unless_it_names_a_zone() {
        var yekaterinburg = new ReplyTimes("dd.MM.yyyy HH:mm", ZoneId.of("Asia/Yekaterinburg"));
        var moscow = new ReplyTimes("dd.MM.yyyy HH:mm", ZoneId.of("Europe/Moscow"));

        assertThat(yekaterinburg.labelled("Мост закрыли в 19:30 09.04.2026 [1]. Открыли 16.04.2026 в 16:00 [2].", Language.RU, EVENING))
                .isEqualTo("Мост закрыли в 19:30 09.04.2026 UTC+5 [1]. Открыли 16.04.2026 в 16:00 [2].");
        assertThat(moscow.labelled("На 16.04.2026, 20:00 уровень 652 см [1].", Language.RU, EVENING))
                .isEqualTo("На 16.04.2026, 20:00 МСК уровень 652 см [1].");
        assertThat(moscow.labelled("The bridge closed at 17:30 [1].", Language.EN, EVENING))
                .isEqualTo("The bridge closed at 17:30 MSK [1].");
        assertThat(yekaterinburg.labelled("Мост закрыли в 19:30 UTC+5 [1].", Language.RU, EVENING)).as("named already")
                .isEqualTo("Мост закрыли в 19:30 UTC+5 [1].");
        assertThat(yekaterinburg.labelled("Уровень 612 см, масштаб 1:25000 [1].", Language.RU, EVENING)).as("no time")
                .isEqualTo("Уровень 612 см, масштаб 1:25000 [1].");
    }
}
