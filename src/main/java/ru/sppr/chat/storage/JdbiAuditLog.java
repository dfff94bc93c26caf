package ru.sppr.chat.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import ru.sppr.chat.audit.AuditChain;
import ru.sppr.chat.audit.AuditLog;
import ru.sppr.chat.audit.AuditQuery;
import ru.sppr.chat.audit.AuditRecord;
import ru.sppr.chat.audit.ChainPoint;
import ru.sppr.chat.audit.ChainStatus;

/** Links, reads and verifies {@code chat_audit}; reading and verifying link the pending records first. */
public final class JdbiAuditLog implements AuditLog {
    private static final String COLUMNS = "seq, event_type, actor, user_id, session_id, details, created_at, prev_hash, hash";
    private static final int VERIFY_BATCH = 2000;
    private static final int CHAIN_BATCH = 1000;
    private final Jdbi jdbi;

    public JdbiAuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public int chainPending() {
        int chained = 0;
        while (jdbi.withHandle(AuditAppender::anyPending)) {
            int linked = jdbi.inTransaction(h -> AuditAppender.chainPending(h, CHAIN_BATCH));
            chained += linked;
            if (linked < CHAIN_BATCH) {
                break;
            }
        }
        return chained;
    }

    @Override
    public List<AuditRecord> find(AuditQuery q) {
        chainPending();
        var where = new ArrayList<String>();
        where.add("1 = 1");
        if (q.userId() != null) where.add("user_id = :userId");
        if (q.sessionId() != null) where.add("session_id = :sessionId");
        if (q.eventType() != null) where.add("event_type = :type");
        if (q.from() != null) where.add("created_at >= :from");
        if (q.to() != null) where.add("created_at <= :to");
        if (q.beforeSeq() != null) where.add("seq < :before");
        String sql = "SELECT " + COLUMNS + " FROM chat_audit WHERE " + String.join(" AND ", where)
                + " ORDER BY seq DESC LIMIT :limit";
        return jdbi.withHandle(h -> {
            var query = h.createQuery(sql).bind("limit", q.limit());
            if (q.userId() != null) query.bind("userId", q.userId());
            if (q.sessionId() != null) query.bind("sessionId", q.sessionId());
            if (q.eventType() != null) query.bind("type", q.eventType().code());
            if (q.from() != null) query.bind("from", Times.bind(q.from()));
            if (q.to() != null) query.bind("to", Times.bind(q.to()));
            if (q.beforeSeq() != null) query.bind("before", q.beforeSeq());
            return query.map(JdbiAuditLog::map).list();
        });
    }

    @Override
    public ChainStatus verifyFrom(ChainPoint from) {
        chainPending();
        return jdbi.withHandle(h -> {
            ChainPoint head = AuditAppender.head(h);
            ChainPoint last = from;
            long checked = 0;
            while (true) {
                List<AuditRecord> batch = h.createQuery("SELECT " + COLUMNS
                                + " FROM chat_audit WHERE seq > :after AND seq <= :head ORDER BY seq LIMIT :n")
                        .bind("after", last.seq()).bind("head", head.seq()).bind("n", VERIFY_BATCH)
                        .map(JdbiAuditLog::map).list();
                for (AuditRecord r : batch) {
                    if (r.seq() != last.seq() + 1) {
                        return ChainStatus.broken(checked, last.seq() + 1, "запись " + (last.seq() + 1) + " отсутствует", last);
                    }
                    if (!r.prevHash().equals(last.hash())) {
                        return ChainStatus.broken(checked, r.seq(), "ссылка на предыдущую запись не совпадает", last);
                    }
                    if (!AuditChain.hashOf(r).equals(r.hash())) {
                        return ChainStatus.broken(checked, r.seq(), "содержимое записи изменено", last);
                    }
                    last = new ChainPoint(r.seq(), r.hash());
                    checked++;
                }
                if (batch.size() < VERIFY_BATCH) {
                    return last.equals(head) ? ChainStatus.ok(checked, last) : endMismatch(checked, last, head);
                }
            }
        });
    }

    /** The walk ended elsewhere than the chain's head says: the newest records were removed or the head altered. */
    private static ChainStatus endMismatch(long checked, ChainPoint last, ChainPoint head) {
        if (last.seq() < head.seq()) {
            return ChainStatus.broken(checked, last.seq() + 1, last.seq() + 1 == head.seq()
                    ? "запись " + head.seq() + " отсутствует"
                    : "записи " + (last.seq() + 1) + "–" + head.seq() + " отсутствуют", last);
        }
        return ChainStatus.broken(checked, head.seq(), "заголовок цепочки не совпадает с последней записью", last);
    }

    private static AuditRecord map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new AuditRecord(rs.getLong("seq"), rs.getString("event_type"), rs.getString("actor"),
                rs.getObject("user_id", Long.class), rs.getObject("session_id", Long.class),
                Json.readStrings(rs.getString("details")), Times.read(rs, "created_at"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
