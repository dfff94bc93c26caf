package ru.sppr.chat.storage;

import java.time.Instant;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import ru.sppr.chat.audit.AuditChain;
import ru.sppr.chat.audit.AuditEventType;
import ru.sppr.chat.user.Caller;

/**
 * Appends one record to the hash-chained trail inside the caller's transaction. Locking the head row
 * serialises appends, so every record links to its true predecessor and a rollback leaves no trace.
 */
final class AuditAppender {
    private AuditAppender() {
    }

    static void append(Handle handle, AuditEventType type, Caller actor, Long sessionId,
                       Map<String, String> details, Instant at) {
        var head = handle.createQuery("SELECT seq, hash FROM chat_audit_head WHERE id = 1 FOR UPDATE")
                .map((rs, ctx) -> new Object[] {rs.getLong("seq"), rs.getString("hash")})
                .one();
        long seq = (Long) head[0] + 1;
        String prevHash = (String) head[1];
        Instant createdAt = Times.stored(at);
        String hash = AuditChain.hash(prevHash, seq, type.code(), actor.name(), actor.auditUserId(), sessionId, details, createdAt);
        handle.createUpdate("""
                INSERT INTO chat_audit (seq, event_type, actor, user_id, session_id, details, created_at, prev_hash, hash)
                VALUES (:seq, :type, :actor, :userId, :sessionId, :details, :createdAt, :prevHash, :hash)""")
                .bind("seq", seq).bind("type", type.code()).bind("actor", actor.name())
                .bind("userId", actor.auditUserId()).bind("sessionId", sessionId)
                .bind("details", Json.write(details)).bind("createdAt", Times.bind(createdAt))
                .bind("prevHash", prevHash).bind("hash", hash)
                .execute();
        handle.createUpdate("UPDATE chat_audit_head SET seq = :seq, hash = :hash WHERE id = 1")
                .bind("seq", seq).bind("hash", hash).execute();
    }
}
