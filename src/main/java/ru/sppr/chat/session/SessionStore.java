package ru.sppr.chat.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ru.sppr.chat.user.Caller;

/** Persistence of sessions and turns. Mutations are audited in the same transaction. */
public interface SessionStore {
    ChatSession create(long ownerId, String title, Instant now, Caller actor);

    Optional<ChatSession> find(long sessionId);

    /** The owner's sessions, most recently active first. */
    List<ChatSession> listByOwner(long ownerId, int limit);

    /** Closes an active session; returns the session as it is afterwards. */
    ChatSession close(long sessionId, Instant now, Caller actor);

    /**
     * Appends a question and its answer at the next two positions, atomically and safely under concurrency.
     * Throws (writing nothing) when the session is missing, not active, or already holds {@code maxQuestions}.
     */
    Exchange appendExchange(long sessionId, String question, AnswerDraft answer, int maxQuestions, Instant now, Caller actor);

    /** The latest {@code limit} turns with position below {@code beforePosition} (null = from the end). */
    HistoryPage history(long sessionId, int limit, Integer beforePosition);

    /** Marks active sessions idle since before {@code cutoff} as expired; returns their ids. */
    List<Long> expireIdle(Instant cutoff, Instant now);

    /** Expires one session if it is active and idle since before {@code cutoff}; true when it did. */
    boolean expireIfIdle(long sessionId, Instant cutoff, Instant now);

    /** Number of user turns with no assistant turn right after them. */
    long countUnansweredQuestions();
}
