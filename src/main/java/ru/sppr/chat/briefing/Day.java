package ru.sppr.chat.briefing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a document or a claim asked of was issued: from {@code from} (null for any time before) until {@code to}, not
 * included.
 */
record Day(Instant from, Instant to) {
    /** The day of an instant asked («на 08:00 11.04» — the 11th), or the period asked («11 апреля», «за сутки»); none for the latest. */
    static Optional<Day> asked(Moment moment, ZoneId zone) {
        return switch (moment) {
            case Moment.Latest l -> Optional.empty();
            case Moment.AsOf a -> {
                ZonedDateTime start = a.at().atZone(zone).toLocalDate().atStartOfDay(zone);
                yield Optional.of(new Day(start.toInstant(), start.plusDays(1).toInstant()));
            }
            case Moment.Within w -> Optional.of(new Day(w.from(), w.to()));
        };
    }

    boolean holds(Instant at) {
        return at != null && (from == null || !at.isBefore(from)) && at.isBefore(to);
    }
}
