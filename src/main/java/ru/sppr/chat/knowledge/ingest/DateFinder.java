package ru.sppr.chat.knowledge.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.sppr.chat.knowledge.analysis.RussianMonths;

/**
 * Finds the observed time a text states: ISO-8601 ({@code 2026-04-10T08:00+03:00}), Russian numeric
 * ({@code 08:00 10.04.2026}, {@code 10.04.2026 08:00}, {@code 11.04.2026, 11:00}) or with a month name ({@code 10 апреля 2026 г.}).
 * Times without an offset are read in the situation centre's zone ({@code CHAT_TIMEZONE}).
 */
final class DateFinder {
    private static final Pattern ISO = Pattern.compile(
            "\\b(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)(Z|[+-]\\d{2}:?\\d{2})?)?\\b");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?:\\b(\\d{1,2})[:.](\\d{2})\\s+)?\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b(?:\\s*(?:г\\.?)?\\s*,?\\s*(?:в\\s+)?(\\d{1,2})[:.](\\d{2})\\b)?");
    private static final Pattern WORDS = Pattern.compile(
            "\\b(\\d{1,2})\\s+(" + RussianMonths.ALTERNATION + ")\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final ZoneId zone;

    DateFinder(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    ZoneId zone() {
        return zone;
    }

    /** Parses a value that is meant to be a time (a JSON field, a table cell, a sidecar). */
    Optional<Instant> parseValue(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(v).toInstant());
        } catch (DateTimeParseException ignored) {
            // try the other forms
        }
        try {
            return Optional.of(Instant.parse(v));
        } catch (DateTimeParseException ignored) {
            // try the other forms
        }
        return find(v);
    }

    /** The first date (with its time, if given) stated in the text. */
    Optional<Instant> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher iso = ISO.matcher(text);
        Matcher num = NUMERIC.matcher(text);
        Matcher words = WORDS.matcher(text);
        int isoAt = iso.find() ? iso.start() : Integer.MAX_VALUE;
        int numAt = num.find() ? num.start() : Integer.MAX_VALUE;
        int wordsAt = words.find() ? words.start() : Integer.MAX_VALUE;
        try {
            if (isoAt <= numAt && isoAt <= wordsAt && isoAt != Integer.MAX_VALUE) {
                return Optional.of(fromIso(iso));
            }
            if (numAt <= wordsAt && numAt != Integer.MAX_VALUE) {
                LocalDate date = LocalDate.of(Integer.parseInt(num.group(5)), Integer.parseInt(num.group(4)), Integer.parseInt(num.group(3)));
                String h = num.group(1) != null ? num.group(1) : num.group(6);
                String m = num.group(1) != null ? num.group(2) : num.group(7);
                LocalTime time = h == null ? LocalTime.MIDNIGHT : LocalTime.of(Integer.parseInt(h), Integer.parseInt(m));
                return Optional.of(LocalDateTime.of(date, time).atZone(zone).toInstant());
            }
            if (wordsAt != Integer.MAX_VALUE) {
                LocalDate date = LocalDate.of(Integer.parseInt(words.group(3)),
                        RussianMonths.number(words.group(2)), Integer.parseInt(words.group(1)));
                return Optional.of(date.atStartOfDay(zone).toInstant());
            }
        } catch (DateTimeException | NumberFormatException invalid) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private Instant fromIso(Matcher iso) {
        LocalDate date = LocalDate.parse(iso.group(1));
        LocalTime time = iso.group(2) == null ? LocalTime.MIDNIGHT : LocalTime.parse(iso.group(2));
        String offset = iso.group(3);
        LocalDateTime local = LocalDateTime.of(date, time);
        if (offset == null) {
            return local.atZone(zone).toInstant();
        }
        String normalized = offset.equals("Z") ? "Z" : offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset;
        return OffsetDateTime.of(local, ZoneOffset.of(normalized)).toInstant();
    }
}
