package ru.sppr.chat.storage;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import ru.sppr.chat.audit.AuditEventType;
import ru.sppr.chat.feedback.FeedbackEntry;
import ru.sppr.chat.feedback.FeedbackStats;
import ru.sppr.chat.feedback.FeedbackStore;
import ru.sppr.chat.feedback.RatedTurn;
import ru.sppr.chat.session.Citation;
import ru.sppr.chat.user.Caller;

/** Feedback in {@code chat_feedback}, unique per user and turn. */
public final class JdbiFeedbackStore implements FeedbackStore {
    private final Jdbi jdbi;

    public JdbiFeedbackStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<RatedTurn> findTurn(long turnId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT t.id, t.session_id, s.user_id, t.role FROM chat_turns t
                        JOIN chat_sessions s ON s.id = t.session_id WHERE t.id = :id""")
                .bind("id", turnId)
                .map((rs, ctx) -> new RatedTurn(rs.getLong(1), rs.getLong(2), rs.getLong(3), "assistant".equals(rs.getString(4))))
                .findOne());
    }

    @Override
    public boolean save(FeedbackEntry entry, Caller actor) {
        return jdbi.inTransaction(h -> {
            var turn = h.createQuery("SELECT session_id, citations FROM chat_turns WHERE id = :id")
                    .bind("id", entry.turnId())
                    .map((rs, ctx) -> new CitingTurn(rs.getLong("session_id"),
                            AnswerColumns.readCitations(rs.getString("citations"))))
                    .one();
            var previous = h.createQuery("SELECT normalized FROM chat_feedback WHERE turn_id = :turn AND user_id = :user")
                    .bind("turn", entry.turnId()).bind("user", entry.userId()).mapTo(Double.class).findOne();
            List<String> sources = turn.citations().stream().map(Citation::sourceId).distinct().toList();
            previous.ifPresent(old -> adjustReputation(h, sources, old < 0.5, -1));
            adjustReputation(h, sources, entry.score().negative(), 1);
            int replaced = h.createUpdate("""
                    UPDATE chat_feedback SET score = :score, scale = :scale, normalized = :normalized,
                           comment = :comment, updated_at = :at
                    WHERE turn_id = :turn AND user_id = :user""")
                    .bindMap(values(entry)).execute();
            if (replaced == 0) {
                h.createUpdate("""
                        INSERT INTO chat_feedback (turn_id, user_id, score, scale, normalized, comment, created_at, updated_at)
                        VALUES (:turn, :user, :score, :scale, :normalized, :comment, :at, :at)""")
                        .bindMap(values(entry)).execute();
            }
            var details = new HashMap<String, String>();
            details.put("turn_id", Long.toString(entry.turnId()));
            details.put("score", Integer.toString(entry.score().value()));
            details.put("scale", entry.score().scale().name().toLowerCase());
            if (entry.comment() != null) {
                details.put("comment", entry.comment());
            }
            if (!sources.isEmpty()) {
                details.put("sources", String.join(",", sources));
            }
            AuditAppender.append(h, replaced == 0 ? AuditEventType.FEEDBACK_GIVEN : AuditEventType.FEEDBACK_REPLACED,
                    actor, turn.sessionId(), details, entry.at());
            return replaced > 0;
        });
    }

    private static void adjustReputation(Handle h, List<String> sources, boolean negative, int delta) {
        String column = negative ? "negative" : "positive";
        for (String source : sources) {
            int updated = h.createUpdate("UPDATE kb_source_feedback SET " + column + " = " + column + " + :delta WHERE source_id = :id")
                    .bind("delta", delta).bind("id", source).execute();
            if (updated == 0 && delta > 0) {
                h.createUpdate("INSERT INTO kb_source_feedback (source_id, negative, positive) VALUES (:id, :neg, :pos)")
                        .bind("id", source).bind("neg", negative ? 1 : 0).bind("pos", negative ? 0 : 1).execute();
            }
        }
    }

    /**
     * Net negative ratings (negative minus positive) of every source whose ratings do not cancel out; what
     * {@link ru.sppr.chat.feedback.ReputationSnapshot} keeps.
     */
    public Map<String, Integer> netNegativeOfRatedSources() {
        return jdbi.withHandle(h -> h.createQuery("SELECT source_id, negative - positive AS net FROM kb_source_feedback"
                        + " WHERE negative <> positive")
                .map((rs, ctx) -> Map.entry(rs.getString("source_id"), rs.getInt("net")))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    private static Map<String, Object> values(FeedbackEntry entry) {
        var values = new HashMap<String, Object>();
        values.put("turn", entry.turnId());
        values.put("user", entry.userId());
        values.put("score", entry.score().value());
        values.put("scale", entry.score().scale().name().toLowerCase());
        values.put("normalized", entry.score().normalized());
        values.put("comment", entry.comment());
        values.put("at", Times.bind(entry.at()));
        return values;
    }

    @Override
    public FeedbackStats stats(Instant since) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) AS n, COALESCE(SUM(CASE WHEN normalized < 0.5 THEN 1 ELSE 0 END), 0) AS neg,
                               AVG(normalized) AS mean
                        FROM chat_feedback WHERE updated_at >= :since""")
                .bind("since", Times.bind(since))
                .map((rs, ctx) -> {
                    long count = rs.getLong("n");
                    long negative = rs.getLong("neg");
                    double mean = rs.getDouble("mean");
                    return new FeedbackStats(count, negative, rs.wasNull() ? null : mean);
                })
                .one());
    }

    /** The rated turn's session and the sources its answer cited. */
    private record CitingTurn(long sessionId, List<Citation> citations) {}
}
