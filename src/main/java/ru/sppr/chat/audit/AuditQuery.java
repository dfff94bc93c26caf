package ru.sppr.chat.audit;

import java.time.Instant;
import ru.sppr.chat.failure.InvalidRequestException;

/** Filters and paging for reading the trail, newest first; every filter is optional. */
public record AuditQuery(Long userId, Long sessionId, AuditEventType eventType, Instant from, Instant to,
                         Long beforeSeq, int limit) {
    public static final int MAX_LIMIT = 500;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit", "от 1 до " + MAX_LIMIT);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidRequestException("from", "начало периода позже конца");
        }
    }
}
