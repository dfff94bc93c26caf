package ru.sppr.chat.feedback;

import java.time.Instant;
import java.util.Optional;
import ru.sppr.chat.user.Caller;

/** Persistence of feedback; a second entry by the same user on the same turn replaces the first (audited). */
public interface FeedbackStore {
    Optional<RatedTurn> findTurn(long turnId);

    /** Stores the entry; returns true when it replaced an earlier one. */
    boolean save(FeedbackEntry entry, Caller actor);

    FeedbackStats stats(Instant since);
}
