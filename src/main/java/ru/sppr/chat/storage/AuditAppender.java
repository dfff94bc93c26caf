package ru.sppr.chat.storage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import ru.sppr.chat.audit.AuditChain;
import ru.sppr.chat.audit.AuditEventType;
import ru.sppr.chat.user.Caller;

/**
 * Appends records to the hash-chained trail inside the caller's transaction. Locking the head row
 * serialises appends, so every record links to its true predecessor and a rollback leaves no trace; the
 * records of one change are chained under a single lock, in one batch.
 */
final class AuditAppender {
    /** One record to append: its event type and details. */
    record Event(AuditEventType type, Map<String, String> details) {}

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
        var head = handle.createQuery("SELECT seq, hash FROM chat_audit_head WHERE id = 1 FOR UPDATE")
                .map((rs, ctx) -> new Object[] {rs.getLong("seq"), rs.getString("hash")})
                .one();
        long seq = (Long) head[0];
        String hash = (String) head[1];
        Instant createdAt = Times.stored(at);
        var batch = handle.prepareBatch("""
                INSERT INTO chat_audit (seq, event_type, actor, user_id, session_id, details, created_at, prev_hash, hash)
                VALUES (:seq, :type, :actor, :userId, :sessionId, :details, :createdAt, :prevHash, :hash)""");
        for (Event event : events) {
            String prevHash = hash;
            seq++;
            hash = AuditChain.hash(prevHash, seq, event.type().code(), actor.name(), actor.auditUserId(), sessionId,
                    event.details(), createdAt);
            batch.bind("seq", seq).bind("type", event.type().code()).bind("actor", actor.name())
                    .bind("userId", actor.auditUserId()).bind("sessionId", sessionId)
                    .bind("details", Json.write(event.details())).bind("createdAt", Times.bind(createdAt))
                    .bind("prevHash", prevHash).bind("hash", hash)
                    .add();
        }
        batch.execute();
        handle.createUpdate("UPDATE chat_audit_head SET seq = :seq, hash = :hash WHERE id = 1")
                .bind("seq", seq).bind("hash", hash).execute();
    }
}
