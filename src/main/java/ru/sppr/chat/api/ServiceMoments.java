package ru.sppr.chat.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * A moment as people give it to the API and the CLI: an instant («2026-04-16T05:00:00Z»), a time with an offset
 * («2026-04-16T08:00+03:00») or the service zone's wall time without one («2026-04-16T08:00», as the console's
 * date-time field sends it and an operator types it), read in {@code CHAT_TIMEZONE}.
 */
public final class ServiceMoments {
    /** What a moment should look like, for error messages. */
    public static final String EXPECTED = "время в формате ISO-8601, например 2026-04-16T08:00 (время сервиса) "
            + "или 2026-04-16T05:00:00Z";

    private ServiceMoments() {
    }

    /** The moment {@code text} names; zone-less times are read in {@code zone}. */
    public static Instant parse(String text, ZoneId zone) {
        String trimmed = text.trim();
        try {
            return OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            return LocalDateTime.parse(trimmed).atZone(zone).toInstant();
        }
    }
}
