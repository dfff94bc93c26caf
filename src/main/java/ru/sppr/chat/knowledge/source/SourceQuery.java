package ru.sppr.chat.knowledge.source;

import java.time.Instant;
import ru.sppr.chat.failure.InvalidRequestException;
import ru.sppr.chat.user.Clearance;

/** Listing sources: only those within {@code clearance}; optional type, tag, observed range, title words; paging. */
public record SourceQuery(Clearance clearance, SourceType type, String tag, Instant from, Instant to, String titleContains,
                          int limit, int offset) {
    public static final int MAX_LIMIT = 500;

    public SourceQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit", "от 1 до " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new InvalidRequestException("offset", "не может быть отрицательным");
        }
    }
}
