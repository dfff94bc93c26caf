package ru.sppr.chat.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import ru.sppr.chat.audit.AuditChain;
import ru.sppr.chat.audit.AuditEventType;
import ru.sppr.chat.audit.ChainPoint;
import ru.sppr.chat.user.Caller;

/**
 * Writes audit records in two steps. {@link #appendAll} adds them to {@code chat_audit_pending} inside the
 * transaction of the change they record, so a record exists exactly when its change does and no transaction
 * waits for another. {@link #chainPending} later links pending records into the hash chain ({@code chat_audit}),
 * oldest first: it locks the chain's head row, so chainers on several nodes take turns and each record links to
 * its true predecessor.
 */
final class AuditAppender {
    /** One record to append: its event type and details. */
    record Event(AuditEventType type, Map<String, String> details) {}

    private record Pending(long id, String type, String actor, Long userId, Long sessionId, String details,
                           Instant createdAt) {}

    private AuditAppender() {
    }

    static void append(Handle handle, AuditEventType type, Caller actor, Long sessionId,
                       Map<String, String> details, Instant at) {
        appendAll(handle, actor, sessionId, at, List.of(new Event(type, details)));
    }

    static void appendAll(Handle handle, Caller actor, Long sessionId, Instant at, List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        var batch = handle.prepareBatch("""
                INSERT INTO chat_audit_pending (event_type, actor, user_id, session_id, details, created_at)
                VALUES (:type, :actor, :userId, :sessionId, :details, :createdAt)""");
        for (Event event : events) {
            batch.bind("type", event.type().code()).bind("actor", actor.name()).bind("userId", actor.auditUserId())
                    .bind("sessionId", sessionId).bind("details", Json.write(event.details()))
                    .bind("createdAt", Times.bind(Times.stored(at))).add();
        }
        batch.execute();
    }

    /** Whether records wait to be chained; no lock taken. */
    static boolean anyPending(Handle handle) {
        return handle.createQuery("SELECT id FROM chat_audit_pending ORDER BY id LIMIT 1").mapTo(Long.class).findOne()
                .isPresent();
    }

    /** Links up to {@code limit} of the oldest pending records into the chain; how many it linked. */
    static int chainPending(Handle handle, int limit) {
        ChainPoint head = head(handle, " FOR UPDATE");
        List<Pending> pending = handle.createQuery("""
                        SELECT id, event_type, actor, user_id, session_id, details, created_at
                        FROM chat_audit_pending ORDER BY id LIMIT :limit""")
                .bind("limit", limit).map(AuditAppender::pending).list();
        if (pending.isEmpty()) {
            return 0;
        }
        long seq = head.seq();
        String hash = head.hash();
        var batch = handle.prepareBatch("""
                INSERT INTO chat_audit (seq, event_type, actor, user_id, session_id, details, created_at, prev_hash, hash)
                VALUES (:seq, :type, :actor, :userId, :sessionId, :details, :createdAt, :prevHash, :hash)""");
        for (Pending p : pending) {
            String prevHash = hash;
            seq++;
            hash = AuditChain.hash(prevHash, seq, p.type(), p.actor(), p.userId(), p.sessionId(),
                    Json.readStrings(p.details()), p.createdAt());
            batch.bind("seq", seq).bind("type", p.type()).bind("actor", p.actor())
                    .bind("userId", p.userId()).bind("sessionId", p.sessionId())
                    .bind("details", p.details()).bind("createdAt", Times.bind(p.createdAt()))
                    .bind("prevHash", prevHash).bind("hash", hash)
                    .add();
        }
        batch.execute();
        handle.createUpdate("DELETE FROM chat_audit_pending WHERE id IN (<ids>)")
                .bindList("ids", pending.stream().map(Pending::id).toList()).execute();
        handle.createUpdate("UPDATE chat_audit_head SET seq = :seq, hash = :hash WHERE id = 1")
                .bind("seq", seq).bind("hash", hash).execute();
        return pending.size();
    }

    /** The chain's last record as the head row names it. */
    static ChainPoint head(Handle handle) {
        return head(handle, "");
    }

    private static ChainPoint head(Handle handle, String lock) {
        return handle.createQuery("SELECT seq, hash FROM chat_audit_head WHERE id = 1" + lock)
                .map((rs, ctx) -> new ChainPoint(rs.getLong("seq"), rs.getString("hash"))).one();
    }

    private static Pending pending(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Pending(rs.getLong("id"), rs.getString("event_type"), rs.getString("actor"),
                rs.getObject("user_id", Long.class), rs.getObject("session_id", Long.class),
                rs.getString("details"), Times.read(rs, "created_at"));
    }
}
