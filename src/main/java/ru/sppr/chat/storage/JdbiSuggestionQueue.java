package ru.sppr.chat.storage;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import ru.sppr.chat.suggestion.Suggestion;
import ru.sppr.chat.suggestion.SuggestionQueue;

/**
 * Reads the suggestions kept with each answer ({@link AnswerColumns}); they are written with the answer (see
 * {@link JdbiSessionStore}). A session holds a bounded number of turns, so both reads scan one session's rows.
 */
public final class JdbiSuggestionQueue implements SuggestionQueue {
    private final Jdbi jdbi;

    public JdbiSuggestionQueue(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Set<String> kindsOfferedSince(long sessionId, Instant since) {
        return suggestions("created_at >= :at", sessionId, since).stream().map(Suggestion::kind).collect(Collectors.toSet());
    }

    @Override
    public List<Suggestion> pending(long sessionId, Instant now) {
        return suggestions("suggestions_expire_at > :at", sessionId, now);
    }

    private List<Suggestion> suggestions(String condition, long sessionId, Instant at) {
        return jdbi.withHandle(h -> h.createQuery("SELECT suggestions FROM chat_turns WHERE session_id = :session"
                        + " AND suggestions IS NOT NULL AND " + condition + " ORDER BY position")
                .bind("session", sessionId).bind("at", Times.bind(at)).mapTo(String.class).list())
                .stream().flatMap(json -> AnswerColumns.readSuggestions(json).stream()).toList();
    }
}
