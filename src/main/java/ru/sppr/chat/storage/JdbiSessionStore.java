package ru.sppr.chat.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import ru.sppr.chat.audit.AuditEventType;
import ru.sppr.chat.failure.ConflictException;
import ru.sppr.chat.failure.NotFoundException;
import ru.sppr.chat.session.AnswerDraft;
import ru.sppr.chat.session.ChatSession;
import ru.sppr.chat.session.Exchange;
import ru.sppr.chat.session.HistoryPage;
import ru.sppr.chat.session.SessionStatus;
import ru.sppr.chat.session.SessionStore;
import ru.sppr.chat.session.Turn;
import ru.sppr.chat.session.TurnRole;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.Role;

/**
 * Sessions and turns; an answer's row also holds its citations, suggestions and linked cards ({@link AnswerColumns}). Turn positions
 * come from a locked per-session counter; an exchange is written by the database's {@link ExchangeWriter}.
 */
public final class JdbiSessionStore implements SessionStore {
    static final Caller WATCHDOG = new Caller(0, "watchdog", Role.ADMIN, Clearance.SECRET);
    private static final String SESSION_COLUMNS = "id, user_id, title, status, turn_count, created_at, last_activity_at";
    private static final String TURN_COLUMNS = "id, session_id, position, role, content, confidence, intent, citations, links, created_at";

    private final Jdbi jdbi;
    private final ExchangeWriter writer;

    /**
     * Over the database, writing each exchange in as few round trips as it allows; on the embedded database,
     * exchanges that arrive together share a commit ({@link GroupCommitExchangeWriter}).
     */
    public JdbiSessionStore(Database database) {
        this.jdbi = database.jdbi();
        this.writer = database.settings().postgres() ? new PostgresExchangeWriter(jdbi) : new GroupCommitExchangeWriter(jdbi);
    }

    @Override
    public ChatSession create(long ownerId, String title, Instant now, Caller actor) {
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("""
                    INSERT INTO chat_sessions (user_id, title, status, turn_count, created_at, last_activity_at)
                    VALUES (:owner, :title, 'active', 0, :now, :now)""")
                    .bind("owner", ownerId).bind("title", title).bind("now", Times.bind(now))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            AuditAppender.append(h, AuditEventType.SESSION_STARTED, actor, id,
                    Map.of("owner_id", Long.toString(ownerId), "title", title), now);
            return find(h, id).orElseThrow();
        });
    }

    @Override
    public Optional<ChatSession> find(long sessionId) {
        return jdbi.withHandle(h -> find(h, sessionId));
    }

    private static Optional<ChatSession> find(Handle h, long sessionId) {
        return h.createQuery("SELECT " + SESSION_COLUMNS + " FROM chat_sessions WHERE id = :id")
                .bind("id", sessionId).map(JdbiSessionStore::mapSession).findOne();
    }

    @Override
    public List<ChatSession> listByOwner(long ownerId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + SESSION_COLUMNS
                        + " FROM chat_sessions WHERE user_id = :owner ORDER BY last_activity_at DESC, id DESC LIMIT :limit")
                .bind("owner", ownerId).bind("limit", limit).map(JdbiSessionStore::mapSession).list());
    }

    @Override
    public ChatSession close(long sessionId, Instant now, Caller actor) {
        return jdbi.inTransaction(h -> {
            int updated = h.createUpdate("UPDATE chat_sessions SET status = 'closed', closed_at = :now"
                            + " WHERE id = :id AND status = 'active'")
                    .bind("now", Times.bind(now)).bind("id", sessionId).execute();
            if (updated == 1) {
                AuditAppender.append(h, AuditEventType.SESSION_CLOSED, actor, sessionId, Map.of(), now);
            }
            return find(h, sessionId).orElseThrow(() -> new NotFoundException("сессия " + sessionId + " не найдена"));
        });
    }

    @Override
    public Exchange appendExchange(long sessionId, String question, AnswerDraft answer, int maxQuestions,
                                   Instant now, Caller actor) {
        var exchange = new ExchangeWriter.NewExchange(sessionId, question, answer, maxQuestions, now, actor);
        ExchangeWriter.Stored stored = writer.write(exchange)
                .orElseThrow(() -> jdbi.withHandle(h -> refusal(h, sessionId, maxQuestions)));
        Instant at = Times.stored(now);
        return new Exchange(
                new Turn(stored.questionId(), sessionId, stored.questionPosition(), TurnRole.USER, question, null, null, at,
                        List.of()),
                new Turn(stored.answerId(), sessionId, stored.answerPosition(), TurnRole.ASSISTANT, answer.text(),
                        answer.confidence(), answer.intent().code(), at, answer.citations(), answer.links()));
    }

    private static RuntimeException refusal(Handle h, long sessionId, int maxQuestions) {
        return find(h, sessionId).<RuntimeException>map(s -> s.status() != SessionStatus.ACTIVE
                        ? new ConflictException("сессия " + sessionId + " " + s.status().word() + ": новые вопросы не принимаются")
                        : new ConflictException("в сессии " + sessionId + " достигнут предел вопросов (" + maxQuestions + "); начните новую сессию"))
                .orElseGet(() -> new NotFoundException("сессия " + sessionId + " не найдена"));
    }

    @Override
    public HistoryPage history(long sessionId, int limit, Integer beforePosition) {
        return jdbi.withHandle(h -> {
            List<Turn> newestFirst = h.createQuery("SELECT " + TURN_COLUMNS + " FROM chat_turns"
                            + " WHERE session_id = :session AND position < :before ORDER BY position DESC LIMIT :limit")
                    .bind("session", sessionId).bind("before", beforePosition == null ? Integer.MAX_VALUE : beforePosition)
                    .bind("limit", limit + 1).map(JdbiSessionStore::mapTurn).list();
            boolean hasMore = newestFirst.size() > limit;
            List<Turn> page = new ArrayList<>(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
            Collections.reverse(page);
            return new HistoryPage(page, hasMore, List.of());
        });
    }

    @Override
    public List<Long> expireIdle(Instant cutoff, Instant now) {
        return findIdle(cutoff).stream().filter(id -> expireIfIdle(id, cutoff, now)).toList();
    }

    @Override
    public boolean expireIfIdle(long sessionId, Instant cutoff, Instant now) {
        return jdbi.inTransaction(h -> {
            int updated = h.createUpdate("UPDATE chat_sessions SET status = 'expired', closed_at = :now"
                            + " WHERE id = :id AND status = 'active' AND last_activity_at < :cutoff")
                    .bind("now", Times.bind(now)).bind("id", sessionId).bind("cutoff", Times.bind(cutoff)).execute();
            if (updated == 1) {
                AuditAppender.append(h, AuditEventType.SESSION_EXPIRED, WATCHDOG, sessionId,
                        Map.of("idle_since_before", cutoff.toString()), now);
            }
            return updated == 1;
        });
    }

    private List<Long> findIdle(Instant cutoff) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM chat_sessions"
                        + " WHERE status = 'active' AND last_activity_at < :cutoff ORDER BY id")
                .bind("cutoff", Times.bind(cutoff)).mapTo(Long.class).list());
    }

    @Override
    public long countUnansweredQuestions() {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT COUNT(*) FROM chat_turns q WHERE q.role = 'user' AND NOT EXISTS (
                    SELECT 1 FROM chat_turns a
                    WHERE a.session_id = q.session_id AND a.position = q.position + 1 AND a.role = 'assistant')""")
                .mapTo(Long.class).one());
    }

    private static ChatSession mapSession(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ChatSession(rs.getLong("id"), rs.getLong("user_id"), rs.getString("title"),
                SessionStatus.fromCode(rs.getString("status")), rs.getInt("turn_count"),
                Times.read(rs, "created_at"), Times.read(rs, "last_activity_at"));
    }

    private static Turn mapTurn(ResultSet rs, StatementContext ctx) throws SQLException {
        double confidence = rs.getDouble("confidence");
        Double boxed = rs.wasNull() ? null : confidence;
        return new Turn(rs.getLong("id"), rs.getLong("session_id"), rs.getInt("position"),
                TurnRole.fromCode(rs.getString("role")), rs.getString("content"), boxed,
                rs.getString("intent"), Times.read(rs, "created_at"), AnswerColumns.readCitations(rs.getString("citations")),
                AnswerColumns.readLinks(rs.getString("links")));
    }
}
