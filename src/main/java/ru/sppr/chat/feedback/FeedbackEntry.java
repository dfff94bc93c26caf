package ru.sppr.chat.feedback;

import java.time.Instant;
import ru.sppr.chat.failure.InvalidRequestException;

/** A user's feedback on one assistant turn. */
public record FeedbackEntry(long turnId, long userId, Score score, String comment, Instant at) {
    public static final int MAX_COMMENT = 2000;

    public FeedbackEntry {
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new InvalidRequestException("comment", "не длиннее " + MAX_COMMENT + " символов");
        }
        if (comment != null && comment.isBlank()) {
            comment = null;
        }
    }
}
