package ru.sppr.chat.situation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Russian time expressions — «в 14:00», «08:00 11.04», «12 апреля 2026 г.», «вчера вечером», «в ночь на 12-е»,
 * «в понедельник», «в 2009 году», «за сутки» — found in text and anchored to the moment the text was written: a time
 * without a date is its latest occurrence no later than an hour after the anchor, a date without a year is in the
 * anchor's year unless that puts it more than half a year after the anchor. Pure: the anchor is passed in.
 */
final class TimeExpressions {
    /** Patterns are written in lower case and matched against the lower-cased text (much faster than ignoring case). */
    private static final int FLAGS = 0;
    private static final String MONTH = "(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
            + "|январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)";
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("январ", 1), Map.entry("феврал", 2),
            Map.entry("март", 3), Map.entry("апрел", 4), Map.entry("ма", 5), Map.entry("июн", 6), Map.entry("июл", 7),
            Map.entry("август", 8), Map.entry("сентябр", 9), Map.entry("октябр", 10), Map.entry("ноябр", 11),
            Map.entry("декабр", 12));
    private static final String CLOCK = "([01]?\\d|2[0-3])[:.]([0-5]\\d)";
    private static final Pattern CLOCK_THEN_DATE = Pattern.compile(
            "(?<![\\d.:])(?:в\\s+|с\\s+|до\\s+|к\\s+|на\\s+)?" + CLOCK + "\\s+(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{4}|\\d{2}))?(?![\\d])", FLAGS);
    private static final Pattern DATE_NUMERIC = Pattern.compile(
            "(?<![\\d.:])(?:(?:на|с|по|до|к)\\s+)?(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{4}|\\d{2}))?(?![\\d.]\\d)"
                    + "(?:\\s*(?:г\\.)?\\s*(?:в\\s+|,\\s*)?" + CLOCK + ")?", FLAGS);
    private static final Pattern DATE_WORDS = Pattern.compile(
            "(?<!\\d)(?:(?:на|с|по|до|к|в ночь на|ночью|утром|вечером|днём|днем)\\s+)?(\\d{1,2})(?:-?(?:го|е))?\\s+" + MONTH
                    + "(?:\\s+(\\d{4})(?:\\s*(?:г\\.|года?))?)?(?:\\s*(?:,\\s*)?(?:в\\s+)?" + CLOCK + ")?", FLAGS);
    /** «вечером 11-го», «на 14-е», «12-го числа утром»: a day of the anchor's month (of the month before when still ahead). */
    private static final Pattern DAY_ORDINAL = Pattern.compile(
            "(?<![\\p{L}\\d])(?:(утром|днём|днем|вечером|ночью|на|к|с|до|за)\\s+)?(\\d{1,2})(?:-(?:го|е|ое|ого)|го)"
                    + "(?:\\s+числа)?(?:\\s+(утром|днём|днем|вечером|ночью))?(?![\\p{L}\\d-])"
                    + "(?!\\s+(?:сут|мест|этаж|квартал|класс|полугод|подъезд|раз|групп|ряд|лини|микрорайон|корпус|дом|год))", FLAGS);
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(?:в\\s+|с\\s+|до\\s+)?" + MONTH + "(?:\\s+(\\d{4})(?:\\s*(?:г\\.|года?))?)?(?!\\p{L})", FLAGS);
    private static final Pattern CLOCK_ALONE = Pattern.compile(
            "(?<![\\d.:])(?:(?:в|с|до|к|около|после|примерно в|на)\\s+)?" + CLOCK + "(?:\\s*(?:мск|по московскому времени|по местному времени))?(?![\\d:])", FLAGS);
    private static final Pattern HOURS_WORDS = Pattern.compile(
            "(?<![\\p{L}\\d])(?:в|около|после|к)\\s+(\\d{1,2})\\s+час(?:а|ов)?(?:\\s+(утра|дня|вечера|ночи))?(?!\\p{L})", FLAGS);
    /** «на 11 утра», «к 7 вечера», «в 3 дня»: an hour with the part of the day and no «час» («на 2 дня», «на 3 ночи» are spans). */
    private static final Pattern HOUR_OF_DAY = Pattern.compile("(?<![\\p{L}\\d])(?:(?:в|около|после|к|на|до|с)\\s+(\\d{1,2})\\s+(утра|вечера)"
            + "|(?:в|около|после|к)\\s+(\\d{1,2})\\s+(дня|ночи))(?!\\p{L})", FLAGS);
    private static final Pattern NIGHT_TO = Pattern.compile("(?<!\\p{L})в ночь на (\\d{1,2})(?:-?(?:е|го))?(?![\\d\\p{L}])", FLAGS);
    private static final Pattern RELATIVE = Pattern.compile(
            "(?<!\\p{L})(?:(позавчера|вчера|сегодня|завтра|накануне)(?:\\s+(утром|днём|днем|вечером|ночью))?"
                    + "|(утром|днём|днем|вечером|ночью)(?:\\s+(позавчера|вчера|сегодня|завтра))?"
                    + "|(?:в|во)\\s+(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?:\\s+(утром|днём|днем|вечером|ночью))?"
                    + "|за\\s+(?:последние\\s+)?(сутки)"
                    + "|(?:в|во)\\s+(прошлом|этом|текущем|позапрошлом)\\s+году"
                    + "|(?:в\\s+)?(\\d{4})\\s+(?:году|года|год))(?!\\p{L})", FLAGS);

    private static final Pattern LOOSE = Pattern.compile("(?<![\\p{L}\\d])(?:(?:в|с|до|к|после|на)\\s+)?(?:(?:конце|начале|середине)\\s+)?"
            + "(?:(?<=(?:в|с|до|к|после|конце|начале|середине)\\s)(?:19|20)\\d\\d(?![\\d.,])(?:-(?:х|е|м|ом|ых))?"
            + "|(?:19|20)\\d\\d(?:-(?:х|е|м|ом|ых)|\\s*(?:—|–)\\s*(?:19|20)\\d\\d|\\s+(?:годах|годов|годы|гг\\.|г\\.))"
            + "|(?:прошлой|этой|следующей|минувшей)\\s+неделе|(?:прошлом|этом|следующем|минувшем)\\s+месяце|(?:минувшие|эти|прошлые)\\s+выходные"
            + "|(?:\\d+|несколько|пару|два|три|пять|десять)\\s+(?:лет|года|год|дней|дня|месяцев|месяца|недель|недели|часов|часа)\\s+назад)(?![\\p{L}\\d])", FLAGS);

    /** «одиннадцать» … «девятнадцать»: the stems before «надцат» spelled out, so no word is scanned back for it. */
    private static final String TEENS = "(?:один|две|три|четыр|пят|шест|сем|восем|осьм|девят)надцат";
    private static final String COUNT = "(?:\\d+(?:[.,]\\d+)?|одн[аиоу]\\p{L}*|один|дв[аеу]\\p{L}*|тр[иеё]\\p{L}*|четыр\\p{L}+|пят\\p{L}+|шест\\p{L}+|сем[иь]\\p{L}*"
            + "|вос[еь]м\\p{L}*|девят\\p{L}+|десят\\p{L}+|" + TEENS + "\\p{L}+|двадцат\\p{L}+|тридцат\\p{L}+|сорок\\p{L}*|пятьдесят|шестьдесят"
            + "|семьдесят|сто|полтор\\p{L}+|полутора|пар[уы]|нескольк\\p{L}+|мног\\p{L}+|долг\\p{L}+|считанн\\p{L}+)";
    private static final String YEARS = "(?:лет|год[а-я]*)(?!\\s+жизни)";
    private static final String UNIT = "(?:месяц[а-я]*|недел[а-я]+|дн[еяю][а-я]*|день|сут[а-я]+|час(?:а|ов|ам|ами)?|минут[а-я]*|секунд[а-я]*"
            + "|десятилети[а-я]+|век(?:а|ов|ам)?)";
    private static final String BEFORE = "(?:в течение|на протяжении|за|на|через|спустя|до|около|почти|более|больше|менее|свыше|уже|всего"
            + "|примерно|последн\\p{L}+|ближайш\\p{L}+|прошедш\\p{L}+|следующ\\p{L}+|перв\\p{L}+)";
    /** Years need a word that makes them a span: «50 лет» alone is an age far more often («ему 50 лет», «детей до 3 лет»). */
    private static final String YEARS_BEFORE = "(?:в течение|на протяжении|за|на|через|спустя|к|почти|более|больше|свыше"
            + "|последн\\p{L}+|ближайш\\p{L}+|прошедш\\p{L}+|следующ\\p{L}+|перв\\p{L}+)";
    private static final String LATER = "(?:\\s+(?:назад|спустя|ранее|раньше|позже|позднее))";
    private static final String AFTER = LATER + "?";
    /**
     * Spans of time that name no moment: «в течение пяти лет», «через несколько часов», «год назад», «трёхдневный» (not «15-летний», «пятилетний»: an age),
     * «в тот же день», «в последние годы», «ежегодно», «(2006)», «Олимпиада-2016». They anchor nothing; a figure inside
     * one is no count of anything («погиб 15-летний подросток»).
     */
    private static final Pattern SPANS = Pattern.compile("(?<![\\p{L}\\d])(?:"
            + "(?:" + BEFORE + "\\s+)*" + COUNT + "(?:\\s+с\\s+половиной)?\\s+" + UNIT + AFTER
            + "|(?:" + YEARS_BEFORE + "\\s+)+" + COUNT + "(?:\\s+с\\s+половиной)?\\s+" + YEARS + AFTER
            + "|" + COUNT + "(?:\\s+с\\s+половиной)?\\s+" + YEARS + LATER
            + "|(?:" + BEFORE + "\\s+)+(?:год|года|месяц|месяца|неделю|недели|сутки|суток|дня|минуту|минуты|час|часа)" + AFTER
            + "|(?:" + BEFORE + "\\s+)*пол(?:года|часа|века|минуты)" + AFTER
            + "|(?:год|месяц|неделю|день|час)(?:ом|ами)?\\s+(?:назад|спустя|ранее|раньше|позже|позднее)"
            + "|(?:в|на)\\s+(?:тот же|этот же|тот|этот|следующий|предыдущий|тот самый|такой же)\\s+(?:день|вечер|час|год)"
            + "|(?:в|во)\\s+(?:том же|следующем|прошлом|этом)\\s+(?:году|месяце)|каждый\\s+(?:год|месяц|день)"
            + "|(?:в|во)\\s+(?:минувш|прошл|эт|следующ)\\p{L}+\\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
            + "|на\\s+днях|долгие\\s+годы|ежегодно"
            + "|(?:в\\s+)?(?:последние|ближайшие|прошлые|предыдущие|минувшие)\\s+(?:годы|месяцы|дни|недели|десятилетия|сутки)"
            + "|(?:в\\s+(?:конце|начале|середине)\\s+)?(?:прошлого|следующего|этого|текущего|минувшего|позапрошлого)\\s+(?:года|месяца|века)"
            + "|(?:в\\s+(?:конце|начале|середине)\\s+)?(?:прошлой|следующей|этой|текущей|минувшей)\\s+недели"
            + "|(?:этим|прошлым|минувшим|следующим)\\s+(?:летом|зимой|весной|осенью)"
            + "|(?:летом|зимой|весной|осенью)\\s+(?:(?:прошлого|этого|следующего)\\s+года|(?:19|20)\\d\\d\\s+года)"
            + "|(?:в|около|после|до|к)\\s+(?:полночь|полуночи|полдень|полудня)"
            + "|\\d+-(?:дневн|месячн|часов|минутн|недельн)\\p{L}+"
            + "|(?:одно|двух|трех|трёх|четырех|четырёх|пяти|шести|семи|восьми|девяти|десяти|" + TEENS + "и|двадцати|тридцати|сорока"
            + "|пятидесяти|ста|полу)(?:дневн|месячн|часов|минутн|недельн)\\p{L}+"
            + "|(?:сегодняшн|вчерашн|завтрашн)\\p{L}+"
            + "|(?<=\\()(?:1\\d|20)\\d\\d(?:\\s*(?:—|–|-)\\s*(?:\\d\\d){1,2})?(?=\\))|(?<=\\p{L}-)(?:19|20)\\d\\d(?!\\d))(?![\\p{L}\\d])", FLAGS);

    private final ZoneId zone;

    TimeExpressions(ZoneId zone) {
        this.zone = zone;
    }

    /** Time expressions of the text, longest first where they overlap, anchored to {@code anchor} when it is known. */
    List<TimeSpan> find(String original, ZonedDateTime anchor) {
        String text = Keys.lower(original);
        List<TimeSpan> found = new ArrayList<>();
        scan(CLOCK_THEN_DATE, text, found, m -> at(anchor, date(anchor, m.group(3), m.group(4), m.group(5)), m.group(1), m.group(2)));
        scan(DATE_WORDS, text, found, m -> {
            LocalDate date = date(anchor, m.group(1), String.valueOf(month(m.group(2))), m.group(3));
            return m.group(4) != null ? at(anchor, date, m.group(4), m.group(5)) : day(date);
        });
        scan(DATE_NUMERIC, text, found, m -> {
            LocalDate date = date(anchor, m.group(1), m.group(2), m.group(3));
            return m.group(4) != null ? at(anchor, date, m.group(4), m.group(5)) : day(date);
        });
        scan(NIGHT_TO, text, found, m -> night(anchor, m.group(1)));
        scan(DAY_ORDINAL, text, found, m -> dayOfMonth(anchor, m.group(2), m.group(3) != null ? m.group(3) : m.group(1)));
        scan(MONTH_YEAR, text, found, m -> month(anchor, m.group(1), m.group(2)));
        scan(CLOCK_ALONE, text, found, m -> clock(anchor, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        scan(HOURS_WORDS, text, found, m -> clock(anchor, hours(Integer.parseInt(m.group(1)), m.group(2)), 0));
        scan(HOUR_OF_DAY, text, found, m -> {
            int hour = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
            return hour > 12 ? INVALID : clock(anchor, hours(hour, m.group(1) != null ? m.group(2) : m.group(4)), 0);
        });
        scan(RELATIVE, text, found, m -> relative(anchor, m));
        scan(LOOSE, text, found, m -> null);
        scan(SPANS, text, found, m -> null);
        found.sort(Comparator.comparingInt(TimeSpan::start));
        return found.stream().map(t -> new TimeSpan(t.start(), t.end(), original.substring(t.start(), t.end()), t.from(), t.to())).toList();
    }

    private interface Reader {
        Interval read(MatchResult m);
    }

    private record Interval(LocalDateTime from, LocalDateTime to) {}

    private void scan(Pattern pattern, String text, List<TimeSpan> found, Reader reader) {
        for (MatchResult m : WordStarts.matches(pattern, text)) {
            int start = m.start();
            int end = m.end();
            if (end == start || found.stream().anyMatch(t -> t.start() < end && start < t.end())) {
                continue;
            }
            Interval interval;
            try {
                interval = reader.read(m);
            } catch (RuntimeException invalid) {
                continue;
            }
            if (interval == INVALID) {
                continue;
            }
            found.add(new TimeSpan(start, end, text.substring(start, end),
                    interval == null ? null : interval.from().atZone(zone).toInstant(),
                    interval == null ? null : interval.to().atZone(zone).toInstant()));
        }
    }

    private static final Interval INVALID = new Interval(LocalDateTime.MIN, LocalDateTime.MIN);

    private static int month(String word) {
        String w = Keys.of(word);
        for (var e : MONTHS.entrySet()) {
            if (w.startsWith(e.getKey()) && (e.getValue() != 5 || w.startsWith("мая") || w.startsWith("мае"))) {
                if (e.getValue() == 3 && !w.startsWith("март")) {
                    continue;
                }
                return e.getValue();
            }
        }
        throw new IllegalArgumentException(word);
    }

    private LocalDate date(ZonedDateTime anchor, String day, String month, String year) {
        int d = Integer.parseInt(day);
        int m = Integer.parseInt(month);
        if (year != null) {
            int y = Integer.parseInt(year);
            return LocalDate.of(y < 100 ? 2000 + y : y, m, d);
        }
        if (anchor == null) {
            return null;
        }
        LocalDate local = anchor.withZoneSameInstant(zone).toLocalDate();
        LocalDate candidate = LocalDate.of(local.getYear(), m, d);
        return candidate.isAfter(local.plusMonths(6)) ? candidate.minusYears(1) : candidate;
    }

    private Interval at(ZonedDateTime anchor, LocalDate date, String hour, String minute) {
        if (date == null) {
            return null;
        }
        LocalDateTime t = date.atTime(Integer.parseInt(hour), Integer.parseInt(minute));
        return new Interval(t, t);
    }

    private static Interval day(LocalDate date) {
        return date == null ? null : new Interval(date.atStartOfDay(), date.plusDays(1).atStartOfDay());
    }

    private Interval night(ZonedDateTime anchor, String day) {
        if (anchor == null) {
            return null;
        }
        LocalDate local = anchor.withZoneSameInstant(zone).toLocalDate();
        LocalDate target = local.withDayOfMonth(Integer.parseInt(day));
        if (target.isAfter(local.plusDays(1))) {
            target = target.minusMonths(1);
        }
        return new Interval(target.minusDays(1).atTime(22, 0), target.atTime(6, 0));
    }

    private Interval dayOfMonth(ZonedDateTime anchor, String day, String part) {
        int d = Integer.parseInt(day);
        if (d < 1 || d > 31) {
            return INVALID;
        }
        if (anchor == null) {
            return null;
        }
        LocalDate local = anchor.withZoneSameInstant(zone).toLocalDate();
        LocalDate month = d > local.getDayOfMonth() ? local.minusMonths(1) : local;
        if (d > month.lengthOfMonth()) {
            return INVALID;
        }
        LocalDate date = month.withDayOfMonth(d);
        boolean partOfDay = part != null && Keys.of(part).matches("утром|днем|вечером|ночью");
        return partOfDay ? partOfDay(date, part) : day(date);
    }

    private Interval month(ZonedDateTime anchor, String monthWord, String year) {
        int m = month(monthWord);
        int y;
        if (year != null) {
            y = Integer.parseInt(year);
        } else if (anchor != null) {
            LocalDate local = anchor.withZoneSameInstant(zone).toLocalDate();
            y = m > local.getMonthValue() ? local.getYear() - 1 : local.getYear();
        } else {
            return null;
        }
        LocalDate first = LocalDate.of(y, m, 1);
        return new Interval(first.atStartOfDay(), first.plusMonths(1).atStartOfDay());
    }

    /** A clock time without a date: its latest occurrence no later than an hour after the anchor. */
    private Interval clock(ZonedDateTime anchor, int hour, int minute) {
        if (hour > 23 || minute > 59) {
            return INVALID;
        }
        if (anchor == null) {
            return null;
        }
        ZonedDateTime local = anchor.withZoneSameInstant(zone);
        LocalDateTime t = local.toLocalDate().atTime(hour, minute);
        if (t.isAfter(local.toLocalDateTime().plusHours(1))) {
            t = t.minusDays(1);
        }
        return new Interval(t, t);
    }

    private static int hours(int hour, String part) {
        if (part == null) {
            return hour;
        }
        return switch (Keys.of(part)) {
            case "дня", "вечера" -> hour < 12 ? hour + 12 : hour;
            case "ночи" -> hour == 12 ? 0 : hour;
            default -> hour;
        };
    }

    private Interval relative(ZonedDateTime anchor, MatchResult m) {
        if (m.group(9) != null) {
            int y = Integer.parseInt(m.group(9));
            if (y < 1000 || y > 2100) {
                return INVALID;
            }
            return new Interval(LocalDate.of(y, 1, 1).atStartOfDay(), LocalDate.of(y + 1, 1, 1).atStartOfDay());
        }
        if (anchor == null) {
            return null;
        }
        ZonedDateTime local = anchor.withZoneSameInstant(zone);
        LocalDate today = local.toLocalDate();
        if (m.group(7) != null) {
            return new Interval(local.toLocalDateTime().minusHours(24), local.toLocalDateTime());
        }
        if (m.group(8) != null) {
            int shift = switch (Keys.of(m.group(8))) {
                case "прошлом" -> 1;
                case "позапрошлом" -> 2;
                default -> 0;
            };
            LocalDate first = LocalDate.of(today.getYear() - shift, 1, 1);
            return new Interval(first.atStartOfDay(), first.plusYears(1).atStartOfDay());
        }
        LocalDate date;
        String part;
        if (m.group(5) != null) {
            date = weekday(today, m.group(5));
            part = m.group(6);
        } else if (m.group(1) != null) {
            date = today.plusDays(dayShift(m.group(1)));
            part = m.group(2);
        } else {
            date = m.group(4) == null ? today : today.plusDays(dayShift(m.group(4)));
            part = m.group(3);
            if (m.group(4) == null && Keys.of(part).equals("ночью") && local.getHour() < 12) {
                date = today;
            }
        }
        return part == null ? day(date) : partOfDay(date, part);
    }

    private static int dayShift(String word) {
        return switch (Keys.of(word)) {
            case "позавчера" -> -2;
            case "вчера", "накануне" -> -1;
            case "завтра" -> 1;
            default -> 0;
        };
    }

    private static LocalDate weekday(LocalDate today, String word) {
        DayOfWeek day = switch (Keys.of(word)) {
            case "понедельник" -> DayOfWeek.MONDAY;
            case "вторник" -> DayOfWeek.TUESDAY;
            case "среду" -> DayOfWeek.WEDNESDAY;
            case "четверг" -> DayOfWeek.THURSDAY;
            case "пятницу" -> DayOfWeek.FRIDAY;
            case "субботу" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
        LocalDate date = today;
        while (date.getDayOfWeek() != day) {
            date = date.minusDays(1);
        }
        return date;
    }

    /** утром 06–12, днём 12–18, вечером 18–24, ночью 00–06. */
    private static Interval partOfDay(LocalDate date, String part) {
        return switch (Keys.of(part)) {
            case "утром" -> new Interval(date.atTime(6, 0), date.atTime(12, 0));
            case "днем" -> new Interval(date.atTime(12, 0), date.atTime(18, 0));
            case "вечером" -> new Interval(date.atTime(18, 0), date.plusDays(1).atStartOfDay());
            default -> new Interval(date.atStartOfDay(), date.atTime(6, 0));
        };
    }
}
