package ru.sppr.chat.storage;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import ru.sppr.chat.suggestion.Suggestion;
import ru.sppr.chat.suggestion.SuggestionQueue;

/** Reads {@code chat_suggestions}; rows are written with the answer they came with (see {@link JdbiSessionStore}). */
public final class JdbiSuggestionQueue implements SuggestionQueue {
    private final Jdbi jdbi;

    public JdbiSuggestionQueue(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Set<String> kindsOfferedSince(long sessionId, Instant since) {
        return new HashSet<>(jdbi.withHandle(h -> h.createQuery(
                        "SELECT DISTINCT kind FROM chat_suggestions WHERE session_id = :session AND created_at >= :since")
                .bind("session", sessionId).bind("since", Times.bind(since)).mapTo(String.class).list()));
    }

    @Override
    public List<Suggestion> pending(long sessionId, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("SELECT kind, text FROM chat_suggestions"
                        + " WHERE session_id = :session AND expires_at > :now ORDER BY id")
                .bind("session", sessionId).bind("now", Times.bind(now))
                .map((rs, ctx) -> new Suggestion(rs.getString("kind"), rs.getString("text"))).list());
    }
}
