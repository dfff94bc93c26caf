package ru.sppr.chat.session;

import java.time.Instant;

/** A conversation owned by one user; {@code turnCount} counts both questions and answers. */
public record ChatSession(long id, long ownerId, String title, SessionStatus status, int turnCount,
                          Instant createdAt, Instant lastActivityAt) {
    public int questionCount() {
        return turnCount / 2;
    }
}
