package ru.sppr.chat.storage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;
import ru.sppr.chat.session.TurnRole;

/**
 * The whole exchange as one auto-committed statement: data-modifying CTEs advance the counter, insert both turns
 * and their audit records, each audit record getting its turn's id and position from the turns just inserted. One
 * round trip instead of four (update, turns, audit records, commit): on PostgreSQL the statements themselves are a
 * small part of an ask's cost, each round trip and each wake-up of the backend process is not.
 */
final class PostgresExchangeWriter implements ExchangeWriter {
    /** The statement by number of audit records (2, or 3 with the sources shown); one VALUES row per record. */
    private static final Map<Integer, String> STATEMENTS = Map.of(2, statement(2), 3, statement(3));

    private final Jdbi jdbi;

    private record InsertedTurn(long id, int position) {}

    PostgresExchangeWriter(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Stored> write(NewExchange exchange) {
        var events = exchange.events();
        var answer = exchange.answer();
        List<InsertedTurn> turns = jdbi.withHandle(h -> {
            var query = h.createQuery(STATEMENTS.get(events.size()))
                    .bind("session", exchange.sessionId()).bind("now", Times.bind(exchange.now()))
                    .bind("maxTurns", exchange.maxTurns()).bind("question", exchange.question())
                    .bind("answer", answer.text()).bind("confidence", answer.confidence()).bind("intent", answer.intent().code())
                    .bind("intentConfidence", exchange.intentConfidence()).bind("fallback", answer.intentFallback())
                    .bind("citations", exchange.citations()).bind("links", exchange.links()).bind("suggestions", exchange.suggestions())
                    .bind("suggestionsExpire", exchange.suggestionsExpire())
                    .bind("actor", exchange.actor().name()).bind("userId", exchange.actor().auditUserId())
                    .bind("auditedAt", Times.bind(Times.stored(exchange.now())));
            for (int i = 0; i < events.size(); i++) {
                var event = events.get(i);
                query.bind("type" + i, event.type().code()).bind("details" + i, Json.write(event.details()))
                        .bind("role" + i, event.turn().code());
            }
            return query.map((rs, ctx) -> new InsertedTurn(rs.getLong("id"), rs.getInt("position"))).list();
        });
        if (turns.isEmpty()) {
            return Optional.empty();
        }
        if (turns.size() != 2) {
            throw new IllegalStateException("expected 2 turns, got " + turns.size());
        }
        return Optional.of(new Stored(turns.get(0).id(), turns.get(1).id(), turns.get(1).position()));
    }

    private static String statement(int events) {
        String records = IntStream.range(0, events)
                .mapToObj(i -> "(%d, :type%d, CAST(:details%d AS jsonb), :role%d)".formatted(i, i, i, i))
                .collect(Collectors.joining(", "));
        return """
                WITH counter AS (
                    UPDATE chat_sessions SET turn_count = turn_count + 2, last_activity_at = :now
                    WHERE id = :session AND status = 'active' AND turn_count < :maxTurns
                    RETURNING turn_count
                ), turns AS (
                    INSERT INTO chat_turns (session_id, position, role, content, confidence, intent, intent_confidence,
                                            intent_fallback, citations, links, suggestions, suggestions_expire_at, created_at)
                    SELECT :session, turn_count - 1, '%s', :question, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, :now
                    FROM counter
                    UNION ALL
                    SELECT :session, turn_count, '%s', :answer, :confidence, CAST(:intent AS VARCHAR),
                           CAST(:intentConfidence AS DOUBLE PRECISION), :fallback, CAST(:citations AS VARCHAR), CAST(:links AS VARCHAR),
                           CAST(:suggestions AS VARCHAR), CAST(:suggestionsExpire AS TIMESTAMP WITH TIME ZONE), :now
                    FROM counter
                    RETURNING id, position, role
                ), audited AS (
                    INSERT INTO chat_audit_pending (event_type, actor, user_id, session_id, details, created_at)
                    SELECT e.type, :actor, :userId, :session,
                           (e.details || jsonb_build_object('turn_id', t.id::text, 'position', t.position::text))::text,
                           :auditedAt
                    FROM (VALUES %s) AS e (ord, type, details, role) JOIN turns t ON t.role = e.role
                    ORDER BY e.ord
                )
                SELECT id, position FROM turns ORDER BY position""".formatted(TurnRole.USER.code(), TurnRole.ASSISTANT.code(), records);
    }
}
