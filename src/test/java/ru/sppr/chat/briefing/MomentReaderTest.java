package ru.sppr.chat.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.situation.TimeSpan;

class MomentReaderTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZonedDateTime ASKED = ZonedDateTime.of(2024, 12, 5, 12, 0, 0, 0, MOSCOW);

    @Test
    void a_day_given_by_its_number_alone_is_the_one_nearest_the_moment_in_focus() {
        // The situation model reads «28-го» in the month asked (28 November); the dialogue is about 27 September.
        String question = "а пострадавших сколько было к утру 28-го?";
        int at = question.indexOf("28-го");
        var november = new TimeSpan(at, at + 5, "28-го", day(2024, 11, 28), day(2024, 11, 29));
        ZonedDateTime focus = day(2024, 9, 28).atZone(MOSCOW);

        Moment moment = MomentReader.read(question, ASKED, focus, List.of(november));

        assertThat(moment).isEqualTo(new Moment.AsOf(ZonedDateTime.of(2024, 9, 28, 8, 0, 0, 0, MOSCOW).toInstant(), "28-го"));
    }

    @Test
    void the_latest_case_as_of_a_day_is_asked_as_of_its_end_not_of_what_happened_on_it() {
        String question = "на 1 ноября последний раз где колония горела";
        int at = question.indexOf("на 1 ноября");
        var first = new TimeSpan(at, at + 11, "на 1 ноября", day(2024, 11, 1), day(2024, 11, 2));

        Moment moment = MomentReader.read(question, ASKED, ASKED, List.of(first));

        assertThat(moment).isEqualTo(new Moment.AsOf(day(2024, 11, 2).minusSeconds(1), "на 1 ноября"));
        assertThat(MomentReader.read("что горело на 1 ноября", ASKED, ASKED, List.of(new TimeSpan(11, 22, "на 1 ноября",
                day(2024, 11, 1), day(2024, 11, 2))))).isEqualTo(new Moment.Within(day(2024, 11, 1), day(2024, 11, 2), "на 1 ноября"));
        assertThat(FrameReader.withoutLastCase("на 1 ноября Последний раз где колония горела")).isEqualTo("на 1 ноября где колония горела");
        assertThat(FrameReader.asksLastCase("последний случай когда граната в квартире рванула")).isTrue();
        assertThat(FrameReader.asksLastCase("последние данные по колонии")).isFalse();
        assertThat(FrameReader.asksLastCase("крайний раз когда колония горела")).isTrue();
        assertThat(FrameReader.asksLastCase("последний такой случай где был")).isTrue();
        assertThat(FrameReader.asksLastCase("крайний срок подачи сводки")).isFalse();
        assertThat(FrameReader.asksLastCase("в крайнем случае звонить 112")).isFalse();
    }

    @Test
    void a_year_given_by_two_digits_is_written_in_full() {
        var asked = ZonedDateTime.parse("2026-04-16T21:00:00+03:00");

        assertThat(MomentReader.withFullYears("на заречье в 94м какой уровень был", asked)).isEqualTo("на заречье в 1994 году какой уровень был");
        assertThat(MomentReader.withFullYears("паводок в 19 году", asked)).isEqualTo("паводок в 2019 году");
        assertThat(MomentReader.withFullYears("в 12-м доме", asked)).as("a house, not a year").isEqualTo("в 12-м доме");
        assertThat(MomentReader.withFullYears("в 1994 году", asked)).isEqualTo("в 1994 году");
    }

    @Test
    void half_past_said_in_words_is_a_clock_time_on_the_day_asked() {
        String question = "на большой тульской 10 октября скока жильцов спасли к полседьмого утра";
        int at = question.indexOf("10 октября");
        var october = new TimeSpan(at, at + 10, "10 октября", day(2024, 10, 10), day(2024, 10, 11));

        Moment moment = MomentReader.read(question, ASKED, ASKED, List.of(october));

        assertThat(moment.until()).isEqualTo(ZonedDateTime.of(2024, 10, 10, 6, 30, 0, 0, MOSCOW).toInstant());
        assertThat(MomentReader.read("в половину восьмого вечера что было", ASKED, ASKED, List.of()).until())
                .isEqualTo(ZonedDateTime.of(2024, 12, 5, 19, 30, 0, 0, MOSCOW).toInstant());
        assertThat(MomentReader.read("обрушился пол второго этажа", ASKED, ASKED, List.of())).isEqualTo(Moment.UNSTATED);
    }

    @Test
    void last_night_is_the_night_shift_before_the_question_up_to_when_it_is_asked() {
        ZonedDateTime morning = ZonedDateTime.of(2026, 4, 13, 9, 0, 0, 0, MOSCOW);
        ZonedDateTime small = ZonedDateTime.of(2026, 4, 12, 3, 0, 0, 0, MOSCOW);

        assertThat(MomentReader.read("что произошло за ночь", morning, morning, List.of())).isEqualTo(new Moment.Within(
                ZonedDateTime.of(2026, 4, 12, 20, 0, 0, 0, MOSCOW).toInstant(), ZonedDateTime.of(2026, 4, 13, 8, 0, 0, 0, MOSCOW).toInstant(), "за ночь"));
        assertThat(MomentReader.read("чё было этой ночью", small, small, List.of())).isEqualTo(new Moment.Within(
                ZonedDateTime.of(2026, 4, 11, 20, 0, 0, 0, MOSCOW).toInstant(), small.toInstant(), "этой ночью"));
        assertThat(MomentReader.read("что было в ночь на 12-е", morning, morning, List.of()).until()).as("a night named by its date is not the last one")
                .isNotEqualTo(ZonedDateTime.of(2026, 4, 13, 8, 0, 0, 0, MOSCOW).toInstant());
    }

    @Test
    void what_happened_in_the_morning_of_a_day_is_asked_of_the_whole_morning_a_count_of_its_report() {
        String happened = "чё на ленинградском проспекте утром 3 декабря было";
        String counted = "сколько пострадавших было утром 3 декабря";
        var december = new TimeSpan(happened.indexOf("утром"), happened.indexOf(" было"), "утром 3 декабря", day(2024, 12, 3), day(2024, 12, 4));

        assertThat(MomentReader.read(happened, ASKED, ASKED, List.of(december))).isEqualTo(new Moment.Within(
                ZonedDateTime.of(2024, 12, 3, 6, 0, 0, 0, MOSCOW).toInstant(), ZonedDateTime.of(2024, 12, 3, 12, 0, 0, 0, MOSCOW).toInstant(), "утром 3 декабря"));
        assertThat(MomentReader.read(counted, ASKED, ASKED, List.of(december))).isEqualTo(new Moment.AsOf(
                ZonedDateTime.of(2024, 12, 3, 8, 0, 0, 0, MOSCOW).toInstant(), "утром 3 декабря"));
    }

    @Test
    void a_day_with_its_month_stays_as_said() {
        String question = "что было 28 ноября утром";
        int at = question.indexOf("28 ноября");
        var november = new TimeSpan(at, at + 9, "28 ноября", day(2024, 11, 28), day(2024, 11, 29));
        ZonedDateTime focus = day(2024, 9, 28).atZone(MOSCOW);

        Moment moment = MomentReader.read(question, ASKED, focus, List.of(november));

        // what happened in the morning of 28 November, not of 28 September: to the end of that morning
        assertThat(moment.until()).isEqualTo(ZonedDateTime.of(2024, 11, 28, 12, 0, 0, 0, MOSCOW).toInstant());
    }

    @Test
    void a_part_of_the_day_after_a_date_is_of_that_date_not_of_the_day_asked() {
        String question = "какая погода была 10 апреля утром";
        int at = question.indexOf("10 апреля");
        var april = new TimeSpan(at, at + 9, "10 апреля", day(2024, 4, 10), day(2024, 4, 11));
        int part = question.indexOf("утром");
        var morningAsked = new TimeSpan(part, part + 5, "утром", ASKED.withHour(6).toInstant(), ASKED.withHour(12).toInstant());

        Moment moment = MomentReader.read(question, ASKED, ASKED, List.of(april, morningAsked));

        assertThat(moment.until()).isEqualTo(ZonedDateTime.of(2024, 4, 10, 8, 0, 0, 0, MOSCOW).toInstant());
    }

    private static Instant day(int year, int month, int day) {
        return ZonedDateTime.of(year, month, day, 0, 0, 0, 0, MOSCOW).toInstant();
    }
}
