package ru.sppr.chat.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.audit.AuditEventType;
import ru.sppr.chat.audit.AuditQuery;
import ru.sppr.chat.feedback.FeedbackEntry;
import ru.sppr.chat.feedback.FeedbackStats;
import ru.sppr.chat.feedback.Score;
import ru.sppr.chat.feedback.SourceReputation;
import ru.sppr.chat.intent.Intent;
import ru.sppr.chat.session.AnswerDraft;
import ru.sppr.chat.session.Citation;
import ru.sppr.chat.session.Exchange;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Role;

@OnEachBackend
class JdbiFeedbackStoreTest extends StorageTest {
    JdbiFeedbackStore store;
    Caller ivan;
    Exchange exchange;

    JdbiFeedbackStoreTest(Backend backend) {
        super(backend);
    }

    @BeforeEach
    void setUp() {
        store = new JdbiFeedbackStore(database.jdbi());
        ivan = user("ivan", Role.OPERATOR).asCaller();
        var sessions = new JdbiSessionStore(database);
        long sessionId = sessions.create(ivan.userId(), "s", T0, ivan).id();
        exchange = sessions.appendExchange(sessionId, "вопрос", AnswerDraft.plain("ответ", 0.1, Intent.GENERAL_QUERY), 5, T0, ivan);
    }

    @Test
    void should_describe_the_turn_being_rated() {
        var turn = store.findTurn(exchange.answer().id()).orElseThrow();

        assertThat(turn.ownerId()).isEqualTo(ivan.userId());
        assertThat(turn.byAssistant()).isTrue();
        assertThat(store.findTurn(exchange.question().id()).orElseThrow().byAssistant()).isFalse();
        assertThat(store.findTurn(123_456)).isEmpty();
    }

    @Test
    void should_keep_one_feedback_per_user_and_turn_replacing_the_first() {
        long turn = exchange.answer().id();
        boolean replacedFirst = store.save(new FeedbackEntry(turn, ivan.userId(), Score.of(-1, null), "неверно", T0), ivan);
        boolean replacedSecond = store.save(new FeedbackEntry(turn, ivan.userId(), Score.of(5, null), null, T0.plusSeconds(9)), ivan);

        assertThat(replacedFirst).isFalse();
        assertThat(replacedSecond).isTrue();
        FeedbackStats stats = store.stats(Instant.EPOCH);
        assertThat(stats.count()).isEqualTo(1);
        assertThat(stats.mean()).isEqualTo(1.0);
        assertThat(stats.negative()).isZero();
        var log = new JdbiAuditLog(database.jdbi());
        assertThat(log.find(new AuditQuery(null, null, AuditEventType.FEEDBACK_GIVEN, null, null, null, 10))).hasSize(1);
        assertThat(log.find(new AuditQuery(null, null, AuditEventType.FEEDBACK_REPLACED, null, null, null, 10))).hasSize(1);
    }

    @Test
    void should_count_ratings_against_the_cited_sources_reversibly_and_audit_them() {
        var sessions = new JdbiSessionStore(database);
        long sessionId = sessions.create(ivan.userId(), "s2", T0, ivan).id();
        var cited = new AnswerDraft("ответ [1]", 0.8, Intent.GENERAL_QUERY, 0.9, false,
                List.of(new Citation(1, "doc-7", "Сводка", "document", null, null, "…", 1.0)),
                List.of(), T0);
        long turn = sessions.appendExchange(sessionId, "вопрос", cited, 5, T0, ivan).answer().id();

        store.save(new FeedbackEntry(turn, ivan.userId(), Score.of(-1, null), "неверно", T0), ivan);
        assertThat(store.netNegativeOfRatedSources()).containsExactly(Map.entry("doc-7", 1));
        assertThat(SourceReputation.factor(1)).isEqualTo(0.9);

        store.save(new FeedbackEntry(turn, ivan.userId(), Score.of(5, null), null, T0), ivan);
        assertThat(store.netNegativeOfRatedSources()).containsExactly(Map.entry("doc-7", -1));
        assertThat(SourceReputation.factor(-1)).isEqualTo(1.0);
        assertThat(SourceReputation.factor(10)).isEqualTo(SourceReputation.FLOOR);
        var audit = new JdbiAuditLog(database.jdbi()).find(new AuditQuery(null, sessionId, AuditEventType.FEEDBACK_GIVEN, null, null, null, 5));
        assertThat(audit.getFirst().details()).containsEntry("sources", "doc-7");
    }

    @Test
    void should_report_no_mean_without_feedback() {
        assertThat(store.stats(Instant.EPOCH)).isEqualTo(new FeedbackStats(0, 0, null));
    }
}
