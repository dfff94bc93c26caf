package ru.sppr.chat.answer;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.sppr.chat.knowledge.analysis.RussianMonths;

/**
 * The day a sentence of a report says its event happened, when it names one before the report's own: «24 ноября
 * 59-летний Николай решил срезать путь…» in a post of 27.11 — so a timeline of a story told in one report lists what
 * the report narrates, day by day. Only a day and month spelled out («24 ноября», «в ночь на 12 апреля») within
 * {@value #NARRATED_DAYS} days before the report count: a year ago is history, not the story.
 */
final class NarratedDays {
    private static final int NARRATED_DAYS = 60;
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})\\s+(" + RussianMonths.ALTERNATION
            + ")(?!\\s+\\d{4})(?![\\p{L}\\d])");

    private NarratedDays() {
    }

    /** The day before the report's that the sentence names first, if any. */
    static Optional<LocalDate> of(String sentence, Instant reported, ZoneId zone) {
        LocalDate report = reported.atZone(zone).toLocalDate();
        Matcher m = DAY_MONTH.matcher(sentence.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return Optional.empty();
        }
        int month = RussianMonths.number(m.group(2));
        int day = Integer.parseInt(m.group(1));
        LocalDate date;
        try {
            date = LocalDate.of(report.getYear(), month, day);
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
        if (date.isAfter(report)) {
            date = date.minusYears(1);
        }
        return date.isBefore(report) && !date.isBefore(report.minusDays(NARRATED_DAYS)) ? Optional.of(date) : Optional.empty();
    }
}
