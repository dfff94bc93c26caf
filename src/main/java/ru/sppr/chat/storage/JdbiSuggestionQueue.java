package ru.sppr.chat.storage;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import org.jdbi.v3.core.Jdbi;
import ru.sppr.chat.suggestion.Suggestion;
import ru.sppr.chat.suggestion.SuggestionKind;
import ru.sppr.chat.suggestion.SuggestionQueue;

/**
 * Reads the suggestions kept with each answer ({@link AnswerColumns}); they are written with the answer (see
 * {@link JdbiSessionStore}). A session holds a bounded number of turns, so both reads scan one session's rows.
 */
public final class JdbiSuggestionQueue implements SuggestionQueue {
    private static final BinaryOperator<Instant> LATER = BinaryOperator.maxBy(Comparator.naturalOrder());
    private final Jdbi jdbi;

    public JdbiSuggestionQueue(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Map<SuggestionKind, Instant> lastOffered(long sessionId, Instant since) {
        var offered = new HashMap<SuggestionKind, Instant>();
        jdbi.useHandle(h -> h.createQuery("SELECT suggestions, created_at FROM chat_turns WHERE session_id = :session"
                        + " AND suggestions IS NOT NULL AND created_at >= :at")
                .bind("session", sessionId).bind("at", Times.bind(since))
                .map((rs, ctx) -> new Offer(AnswerColumns.readSuggestions(rs.getString("suggestions")), Times.read(rs, "created_at")))
                .forEach(offer -> offer.suggestions().forEach(s -> offered.merge(s.kind(), offer.at(), LATER))));
        return offered;
    }

    @Override
    public List<Suggestion> pending(long sessionId, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("SELECT suggestions FROM chat_turns WHERE session_id = :session"
                        + " AND suggestions IS NOT NULL AND suggestions_expire_at > :at ORDER BY position")
                .bind("session", sessionId).bind("at", Times.bind(now)).mapTo(String.class).list())
                .stream().flatMap(json -> AnswerColumns.readSuggestions(json).stream()).toList();
    }

    /** The suggestions of one answer and when it was given. */
    private record Offer(List<Suggestion> suggestions, Instant at) {}
}
