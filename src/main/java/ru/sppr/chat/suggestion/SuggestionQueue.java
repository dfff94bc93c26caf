package ru.sppr.chat.suggestion;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The per-session queue of offered suggestions: what was shown recently (cooldown) and what is still pending. */
public interface SuggestionQueue {
    /** When each kind offered in the session at or after {@code since} was offered last. */
    Map<SuggestionKind, Instant> lastOffered(long sessionId, Instant since);

    /** Suggestions of the session that have not expired at {@code now}, oldest first. */
    List<Suggestion> pending(long sessionId, Instant now);
}
