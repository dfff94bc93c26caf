package ru.sppr.chat.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import ru.sppr.chat.audit.AuditEventType;
import ru.sppr.chat.failure.ConflictException;
import ru.sppr.chat.failure.NotFoundException;
import ru.sppr.chat.session.AnswerDraft;
import ru.sppr.chat.session.ChatSession;
import ru.sppr.chat.session.Citation;
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
 * Sessions and turns; an answer's row also holds its citations and suggestions ({@link AnswerColumns}). Turn positions
 * come from a locked per-session counter.
 */
public final class JdbiSessionStore implements SessionStore {
    static final Caller WATCHDOG = new Caller(0, "watchdog", Role.ADMIN, Clearance.SECRET);
    private static final String SESSION_COLUMNS = "id, user_id, title, status, turn_count, created_at, last_activity_at";
    private static final String TURN_COLUMNS = "id, session_id, position, role, content, confidence, intent, citations, created_at";

    private final Jdbi jdbi;

    public JdbiSessionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
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
        return jdbi.inTransaction(h -> {
            int answerPosition = h.createUpdate("""
                    UPDATE chat_sessions SET turn_count = turn_count + 2, last_activity_at = :now
                    WHERE id = :id AND status = 'active' AND turn_count < :maxTurns""")
                    .bind("now", Times.bind(now)).bind("id", sessionId).bind("maxTurns", 2 * maxQuestions)
                    .executeAndReturnGeneratedKeys("turn_count").mapTo(Integer.class).findOne()
                    .orElseThrow(() -> refusal(h, sessionId, maxQuestions));
            var turns = insertTurns(h, sessionId, answerPosition, question, answer, now);
            Turn asked = turns.get(0);
            Turn answered = turns.get(1);
            auditExchange(h, actor, sessionId, asked, answered, answer, now);
            return new Exchange(asked, answered.withCitations(answer.citations()));
        });
    }

    private static RuntimeException refusal(Handle h, long sessionId, int maxQuestions) {
        return find(h, sessionId).<RuntimeException>map(s -> s.status() != SessionStatus.ACTIVE
                        ? new ConflictException("сессия " + sessionId + " не активна (" + s.status().code() + "): новые вопросы не принимаются")
                        : new ConflictException("в сессии " + sessionId + " достигнут предел вопросов (" + maxQuestions + "); начните новую сессию"))
                .orElseGet(() -> new NotFoundException("сессия " + sessionId + " не найдена"));
    }

    /**
     * The question at {@code answerPosition - 1} and its answer at {@code answerPosition}, in one batch; the answer's
     * row carries its citations and suggestions ({@link AnswerColumns}).
     */
    private static List<Turn> insertTurns(Handle h, long sessionId, int answerPosition, String question,
                                          AnswerDraft answer, Instant now) {
        var batch = h.prepareBatch("""
                INSERT INTO chat_turns (session_id, position, role, content, confidence, intent, intent_confidence,
                                        intent_fallback, citations, suggestions, suggestions_expire_at, created_at)
                VALUES (:session, :position, :role, :content, :confidence, :intent, :intentConfidence, :fallback,
                        :citations, :suggestions, :suggestionsExpire, :now)""");
        batch.bind("session", sessionId).bind("position", answerPosition - 1).bind("role", TurnRole.USER.code())
                .bind("content", question).bind("confidence", (Double) null).bind("intent", (String) null)
                .bind("intentConfidence", (Double) null).bind("fallback", (Boolean) null)
                .bind("citations", (String) null).bind("suggestions", (String) null)
                .bind("suggestionsExpire", (OffsetDateTime) null).bind("now", Times.bind(now)).add();
        String suggestions = AnswerColumns.writeSuggestions(answer.suggestions());
        batch.bind("session", sessionId).bind("position", answerPosition).bind("role", TurnRole.ASSISTANT.code())
                .bind("content", answer.text()).bind("confidence", answer.confidence()).bind("intent", answer.intent())
                .bind("intentConfidence", answer.intent() == null ? null : answer.intentConfidence())
                .bind("fallback", answer.intentFallback())
                .bind("citations", AnswerColumns.writeCitations(answer.citations())).bind("suggestions", suggestions)
                .bind("suggestionsExpire", suggestions == null ? null : Times.bind(answer.suggestionsExpire()))
                .bind("now", Times.bind(now)).add();
        List<Long> ids = batch.executePreparedBatch("id").mapTo(Long.class).list();
        if (ids.size() != 2) {
            throw new IllegalStateException("expected 2 turn ids, got " + ids);
        }
        Instant stored = Times.stored(now);
        return List.of(
                new Turn(ids.get(0), sessionId, answerPosition - 1, TurnRole.USER, question, null, null, stored, List.of()),
                new Turn(ids.get(1), sessionId, answerPosition, TurnRole.ASSISTANT, answer.text(), answer.confidence(),
                        answer.intent(), stored, List.of()));
    }

    private static void auditExchange(Handle h, Caller actor, long sessionId, Turn asked, Turn answered,
                                      AnswerDraft answer, Instant now) {
        var events = new ArrayList<AuditAppender.Event>();
        events.add(new AuditAppender.Event(AuditEventType.QUESTION_ASKED,
                Map.of("turn_id", Long.toString(asked.id()), "position", Integer.toString(asked.position()),
                        "length", Integer.toString(asked.content().length()))));
        if (!answer.citations().isEmpty()) {
            events.add(new AuditAppender.Event(AuditEventType.SOURCES_SHOWN,
                    Map.of("turn_id", Long.toString(answered.id()), "sources",
                            answer.citations().stream().map(Citation::sourceId).collect(Collectors.joining(",")))));
        }
        events.add(new AuditAppender.Event(AuditEventType.ANSWER_GIVEN,
                Map.of("turn_id", Long.toString(answered.id()), "position", Integer.toString(answered.position()),
                        "confidence", Double.toString(answer.confidence()), "intent", answer.intent())));
        AuditAppender.appendAll(h, actor, sessionId, now, events);
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
                rs.getString("intent"), Times.read(rs, "created_at"), AnswerColumns.readCitations(rs.getString("citations")));
    }
}
