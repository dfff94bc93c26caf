package ru.sppr.chat.storage;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import ru.sppr.chat.session.TurnRole;

/**
 * One transaction of three statements: the counter update, both turns in one batch, the audit records in another.
 * Portable; used with the embedded database, where a statement costs no round trip.
 */
final class TransactionalExchangeWriter implements ExchangeWriter {
    private final Jdbi jdbi;

    TransactionalExchangeWriter(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Stored> write(NewExchange exchange) {
        return jdbi.inTransaction(h -> write(h, exchange));
    }

    /** The exchange's statements in the caller's transaction (one of several, see {@link GroupCommitExchangeWriter}). */
    static Optional<Stored> write(Handle h, NewExchange exchange) {
        return advanceCounter(h, exchange).map(answerPosition -> {
            var ids = insertTurns(h, exchange, answerPosition);
            var stored = new Stored(ids.get(0), ids.get(1), answerPosition);
            auditTurns(h, exchange, stored);
            return stored;
        });
    }

    /** The answer's position: the session's turn count after adding two; empty when the session refuses. */
    private static Optional<Integer> advanceCounter(Handle h, NewExchange exchange) {
        return h.createUpdate("""
                        UPDATE chat_sessions SET turn_count = turn_count + 2, last_activity_at = :now
                        WHERE id = :id AND status = 'active' AND turn_count < :maxTurns""")
                .bind("now", Times.bind(exchange.now())).bind("id", exchange.sessionId())
                .bind("maxTurns", exchange.maxTurns())
                .executeAndReturnGeneratedKeys("turn_count").mapTo(Integer.class).findOne();
    }

    private static List<Long> insertTurns(Handle h, NewExchange exchange, int answerPosition) {
        var batch = h.prepareBatch("""
                INSERT INTO chat_turns (session_id, position, role, content, confidence, intent, intent_confidence,
                                        intent_fallback, citations, links, suggestions, suggestions_expire_at, created_at)
                VALUES (:session, :position, :role, :content, :confidence, :intent, :intentConfidence, :fallback,
                        :citations, :links, :suggestions, :suggestionsExpire, :now)""");
        batch.bind("session", exchange.sessionId()).bind("position", answerPosition - 1).bind("role", TurnRole.USER.code())
                .bind("content", exchange.question()).bind("confidence", (Double) null).bind("intent", (String) null)
                .bind("intentConfidence", (Double) null).bind("fallback", (Boolean) null)
                .bind("citations", (String) null).bind("links", (String) null).bind("suggestions", (String) null)
                .bind("suggestionsExpire", (OffsetDateTime) null).bind("now", Times.bind(exchange.now())).add();
        var answer = exchange.answer();
        batch.bind("session", exchange.sessionId()).bind("position", answerPosition).bind("role", TurnRole.ASSISTANT.code())
                .bind("content", answer.text()).bind("confidence", answer.confidence()).bind("intent", answer.intent().code())
                .bind("intentConfidence", exchange.intentConfidence()).bind("fallback", answer.intentFallback())
                .bind("citations", exchange.citations()).bind("links", exchange.links()).bind("suggestions", exchange.suggestions())
                .bind("suggestionsExpire", exchange.suggestionsExpire()).bind("now", Times.bind(exchange.now())).add();
        List<Long> ids = batch.executePreparedBatch("id").mapTo(Long.class).list();
        if (ids.size() != 2) {
            throw new IllegalStateException("expected 2 turn ids, got " + ids);
        }
        return ids;
    }

    private static void auditTurns(Handle h, NewExchange exchange, Stored stored) {
        var events = exchange.events().stream().map(e -> e.turn() == TurnRole.USER
                        ? new AuditAppender.Event(e.type(), e.detailsFor(stored.questionId(), stored.questionPosition()))
                        : new AuditAppender.Event(e.type(), e.detailsFor(stored.answerId(), stored.answerPosition())))
                .toList();
        AuditAppender.appendAll(h, exchange.actor(), exchange.sessionId(), exchange.now(), events);
    }
}
