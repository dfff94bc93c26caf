package ru.sppr.chat.briefing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import ru.sppr.chat.situation.TimeSpan;

/**
 * Reads the moment of a question from its time expressions (found by the situation model, anchored to when it was
 * asked): «сейчас» is the latest; a clock time is a moment; a day is the day, or its morning (08:00) or evening (20:00)
 * when the question says so; «с начала смены» is the period since 08:00 or 20:00, whichever came last.
 */
final class MomentReader {
    private static final Pattern LATEST = Pattern.compile(
            "(?<!\\p{L})(сейчас|щас|счас|на данный момент|на текущий момент|текущ\\p{L}*|последн\\p{L}*|актуальн\\p{L}*|на сегодня"
                    + "|теперь|now|current\\p{L}*|latest)(?!\\p{L})");
    private static final Pattern SHIFT = Pattern.compile("(с начала|за)\\s+(смены|смену)");
    /** «за ночь», «этой ночью»: the night before the question, from 20:00 to 08:00 — not «в ночь на 12-е», which is a date. */
    private static final Pattern LAST_NIGHT = Pattern.compile("(?<!\\p{L})(?:за|этой|прошлой|минувшей|сегодня)\\s+ноч(?:ь|ью)(?!\\p{L})(?!\\s+на\\s)");
    /**
     * «что было утром 3 декабря», «что там случилось вечером 14-го»: what happened during a part of a day, not a figure as
     * of its report — «сколько было эвакуировано утром 11-го» is the count of the morning report.
     */
    private static final Pattern HAPPENED_DURING = Pattern.compile("^(?!.*(?:сколько|скока|скольк|how many))(?=.*(?<!\\p{L})(?:что|чё|че|what)"
            + "(?!\\p{L}).*(?<!\\p{L})(?:было|происходило|произошло|случилось|творилось|happened)(?!\\p{L})).*(?<!\\p{L})(утром|вечером)(?!\\p{L})");
    /**
     * «на 1 ноября последний раз где колония горела», «последний случай на 10 августа», «крайний раз», «последний такой
     * случай»: the latest case as of a day, not what happened on it.
     */
    static final Pattern LAST_CASE = Pattern.compile("(?iu)(?<!\\p{L})(?:последн\\p{L}*|крайн(?:ий|его|ему))\\s+(?:так(?:ой|ого)\\s+)?(?:раз|случа\\p{L}*)(?!\\p{L})");
    private static final Pattern MORNING = Pattern.compile("(?<!\\p{L})(утр\\p{L}*|morning)(?!\\p{L})");
    private static final Pattern EVENING = Pattern.compile("(?<!\\p{L})(вечер\\p{L}*|evening)(?!\\p{L})");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("(?<![\\d.:])([1-9]|[12]\\d|3[01])-?(?:го|е)(?!\\p{L})");
    private static final Pattern MONTH = Pattern.compile("январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр"
            + "|january|february|march|april|may|june|july|august|september|october|november|december|\\d\\.\\d");
    /**
     * «к полседьмого», «в пол седьмого», «половина седьмого утра»: half an hour before the hour named; «вечера» makes it
     * p.m. Said after a preposition of time or with the part of the day — «пол второго этажа» is a floor.
     */
    private static final List<String> HOURS = List.of("первого", "второго", "третьего", "четвертого", "пятого", "шестого", "седьмого",
            "восьмого", "девятого", "десятого", "одиннадцатого", "двенадцатого");
    private static final String HALF = "(?:пол\\s?|половин[аеуы]\\s+)(" + String.join("|", HOURS) + ")";
    private static final Pattern HALF_PAST = Pattern.compile("(?<!\\p{L})(?:(?:к|в|на|около|до|после|с)\\s+" + HALF
            + "(?:\\s+(утра|вечера|дня|ночи))?|" + HALF + "\\s+(утра|вечера|дня|ночи))(?!\\p{L})");
    private static final LocalTime MORNING_REPORT = LocalTime.of(8, 0);
    /** «утром», «вечером» said alone: a part of the day asked, unless the question names another day. */
    private static final Pattern PART_OF_DAY = Pattern.compile("утром|днём|днем|вечером|ночью");
    /** The evening report's time: «вечером 14-го» is read at it, and «с утра к вечеру» ends at it. */
    static final LocalTime EVENING_REPORT = LocalTime.of(20, 0);

    /**
     * «в 94м», «в 94-м», «в 94 году», «в 19 году»: a year by its last two digits. With «-м» only from 32 up, which no day of a
     * month is («в 12-м» is a house or a class as often as a year).
     */
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<![\\p{L}\\d])в\\s+(?:([3-9]\\d)-?(?:м|ом)|(\\d{2})\\s*(?:году|г\\.))(?![\\p{L}\\d])");

    private MomentReader() {
    }

    /**
     * The question with a year given by two digits written in full («в 94м» → «в 1994 году»): the one of this century
     * if it is not after the year asked in, else of the last.
     */
    static String withFullYears(String question, ZonedDateTime askedAt) {
        int century = askedAt.getYear() / 100 * 100;
        return SHORT_YEAR.matcher(question).replaceAll(m -> {
            int two = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            int year = century + two > askedAt.getYear() ? century - 100 + two : century + two;
            return "в " + year + " году";
        });
    }

    /** {@code focus}: the moment the conversation is about, near which a day given by its number alone is taken. */
    static Moment read(String question, ZonedDateTime askedAt, ZonedDateTime focus, List<TimeSpan> spans) {
        String lower = question.toLowerCase(Locale.ROOT).replace('ё', 'е');
        var shift = SHIFT.matcher(lower);
        if (shift.find()) {
            return new Moment.Within(shiftStart(askedAt), askedAt.toInstant(), shift.group());
        }
        List<TimeSpan> found = new ArrayList<>(spans.stream().filter(s -> s.from() != null && !(isDay(s) && numberOnly(s))).toList());
        var night = LAST_NIGHT.matcher(lower);
        if (night.find() && found.stream().noneMatch(MomentReader::isDay) && !DAY_OF_MONTH.matcher(lower).find()) {
            return lastNight(askedAt, night.group());
        }
        if (found.stream().noneMatch(MomentReader::isDay)) {
            dayOfMonth(lower, askedAt, focus).ifPresent(found::add);
        }
        if (found.stream().noneMatch(MomentReader::isPoint)) {
            halfPast(lower, askedAt).ifPresent(found::add);
        }
        var clock = found.stream().filter(MomentReader::isPoint).findFirst();
        var date = found.stream().filter(MomentReader::isDay).findFirst();
        TimeSpan span = found.isEmpty() ? null : found.getLast();
        if (span != null && date.isPresent() && PART_OF_DAY.matcher(span.text().toLowerCase(Locale.ROOT)).matches()) {
            // «10 апреля утром»: the morning of that day, not of the day asked
            span = date.get();
        }
        if (clock.isPresent() && date.isPresent()) {
            LocalTime time = clock.get().from().atZone(askedAt.getZone()).toLocalTime();
            return new Moment.AsOf(at(date.get().from(), askedAt, time), clock.get().text() + " " + date.get().text());
        }
        if (span == null) {
            return LATEST.matcher(lower).find() ? new Moment.Latest(true) : Moment.UNSTATED;
        }
        Instant from = span.from();
        Instant to = span.to() == null ? from : span.to();
        if (!to.isAfter(from.plus(Duration.ofMinutes(1)))) {
            return new Moment.AsOf(from, span.text());
        }
        boolean day = Duration.between(from, to).toHours() >= 20;
        if (day && LAST_CASE.matcher(lower).find()) {
            return new Moment.AsOf(to.isAfter(askedAt.toInstant()) ? askedAt.toInstant() : to.minusSeconds(1), span.text());
        }
        var during = HAPPENED_DURING.matcher(lower);
        if (day && during.find()) {
            return partOfDay(from, during.group(1).equals("утром"), askedAt, span.text());
        }
        if (day && MORNING.matcher(lower).find()) {
            return new Moment.AsOf(at(from, askedAt, MORNING_REPORT), span.text());
        }
        if (day && EVENING.matcher(lower).find()) {
            return new Moment.AsOf(at(from, askedAt, EVENING_REPORT), span.text());
        }
        return new Moment.Within(from, to.isAfter(askedAt.toInstant()) ? askedAt.toInstant() : to, span.text());
    }

    /** «к полседьмого утра»: 06:30 on the day asked (the date, if the question gives one, is taken with it). */
    private static Optional<TimeSpan> halfPast(String lower, ZonedDateTime askedAt) {
        var m = HALF_PAST.matcher(lower);
        if (!m.find()) {
            return Optional.empty();
        }
        int hour = HOURS.indexOf(m.group(1) != null ? m.group(1) : m.group(3));
        String part = m.group(2) != null ? m.group(2) : m.group(4);
        boolean afternoon = "вечера".equals(part) || "дня".equals(part) && hour < 6;
        LocalTime time = LocalTime.of((hour + (afternoon ? 12 : 0)) % 24, 30);
        Instant at = askedAt.toLocalDate().atTime(time).atZone(askedAt.getZone()).toInstant();
        return Optional.of(new TimeSpan(m.start(), m.end(), m.group(), at, null));
    }

    /** «25-го»: the day of that number nearest the moment in focus (by default the latest up to the day asked), never after it. */
    private static Optional<TimeSpan> dayOfMonth(String lower, ZonedDateTime askedAt, ZonedDateTime focus) {
        var m = DAY_OF_MONTH.matcher(lower);
        if (!m.find()) {
            return Optional.empty();
        }
        int day = Integer.parseInt(m.group(1));
        LocalDate near = focus.toLocalDate();
        LocalDate today = askedAt.toLocalDate();
        Optional<LocalDate> date = Stream.of(near.minusMonths(1), near, near.plusMonths(1))
                .filter(month -> day <= month.lengthOfMonth()).map(month -> month.withDayOfMonth(day))
                .filter(d -> !d.isAfter(today))
                .min(Comparator.comparingLong(d -> Math.abs(d.toEpochDay() - near.toEpochDay())));
        return date.map(d -> new TimeSpan(m.start(), m.end(), m.group(), d.atStartOfDay(askedAt.getZone()).toInstant(),
                d.plusDays(1).atStartOfDay(askedAt.getZone()).toInstant()));
    }

    /** Whether the words a moment was said in give a day by its number alone («24го», «к полпятого 24-го»), no month. */
    static boolean dayByNumberOnly(String said) {
        if (said == null) {
            return false;
        }
        String lower = said.toLowerCase(Locale.ROOT);
        return DAY_OF_MONTH.matcher(lower).find() && !MONTH.matcher(lower).find();
    }

    /**
     * A day given by its number alone («28-го»): the situation model reads it in the month of the question, but in a
     * dialogue about 27 September it is the 28th of September — it is read here, near the moment in focus.
     */
    private static boolean numberOnly(TimeSpan day) {
        String text = day.text().toLowerCase(Locale.ROOT);
        return DAY_OF_MONTH.matcher(text).find() && !MONTH.matcher(text).find();
    }

    /** «к 21:00 27 сентября» is read as two expressions: a clock time (on the day asked) and a day. */
    private static boolean isPoint(TimeSpan s) {
        return s.to() == null || !s.to().isAfter(s.from().plus(Duration.ofMinutes(1)));
    }

    private static boolean isDay(TimeSpan s) {
        return s.to() != null && Duration.between(s.from(), s.to()).toHours() >= 20 && Duration.between(s.from(), s.to()).toHours() <= 24;
    }

    private static Instant at(Instant day, ZonedDateTime askedAt, LocalTime time) {
        return day.atZone(askedAt.getZone()).toLocalDate().atTime(time).atZone(askedAt.getZone()).toInstant();
    }

    /** Shifts change at 08:00 and 20:00. */
    /** The morning (06–12) or the evening (18–24) of a day, as the situation model reads a part of a day; up to the question. */
    private static Moment.Within partOfDay(Instant day, boolean morning, ZonedDateTime askedAt, String said) {
        ZonedDateTime midnight = day.atZone(askedAt.getZone());
        Instant start = midnight.with(morning ? LocalTime.of(6, 0) : LocalTime.of(18, 0)).toInstant();
        Instant end = (morning ? midnight.with(LocalTime.NOON) : midnight.plusDays(1)).toInstant();
        return new Moment.Within(start, end.isAfter(askedAt.toInstant()) ? askedAt.toInstant() : end, said);
    }

    /** The night before {@code now}: 20:00 of the day before to 08:00, or to {@code now} when it is not yet 08:00. */
    private static Moment.Within lastNight(ZonedDateTime now, String said) {
        ZonedDateTime evening = now.minusDays(1).with(EVENING_REPORT);
        Instant morning = evening.plusDays(1).with(MORNING_REPORT).toInstant();
        return new Moment.Within(evening.toInstant(), morning.isAfter(now.toInstant()) ? now.toInstant() : morning, said);
    }

    static Instant shiftStart(ZonedDateTime now) {
        LocalTime t = now.toLocalTime();
        if (!t.isBefore(EVENING_REPORT)) {
            return now.with(EVENING_REPORT).toInstant();
        }
        if (!t.isBefore(MORNING_REPORT)) {
            return now.with(MORNING_REPORT).toInstant();
        }
        return now.minusDays(1).with(EVENING_REPORT).toInstant();
    }
}
