package ru.sppr.chat.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Executors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.audit.AuditEventType;
import ru.sppr.chat.audit.AuditQuery;
import ru.sppr.chat.audit.AuditRecord;
import ru.sppr.chat.audit.ChainStatus;
import ru.sppr.chat.intent.Intent;
import ru.sppr.chat.session.AnswerDraft;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Role;

@OnEachBackend
class JdbiAuditLogTest extends StorageTest {
    JdbiAuditLog log;
    JdbiSessionStore store;
    Caller ivan;
    long sessionId;

    JdbiAuditLogTest(Backend backend) {
        super(backend);
    }

    @BeforeEach
    void setUp() {
        log = new JdbiAuditLog(database.jdbi());
        ivan = user("ivan", Role.OPERATOR).asCaller();
        store = new JdbiSessionStore(database);
        sessionId = store.create(ivan.userId(), "s", T0, ivan).id();
        store.appendExchange(sessionId, "вопрос", AnswerDraft.plain("ответ", 0.1, Intent.GENERAL_QUERY), 5, T0, ivan);
        log.chainPending();
    }

    /** One more question and answer in the session: three more audit records. */
    private void askAgain() {
        store.appendExchange(sessionId, "ещё вопрос", AnswerDraft.plain("ещё ответ", 0.1, Intent.GENERAL_QUERY), 5, T0, ivan);
    }

    @Test
    void should_write_records_unlinked_with_their_change_and_link_them_oldest_first() {
        askAgain();

        assertThat(chainedCount()).isEqualTo(4);
        assertThat(log.chainPending()).isEqualTo(2);
        assertThat(log.chainPending()).isZero();
        assertThat(chainedCount()).isEqualTo(6);
        assertThat(log.find(new AuditQuery(null, sessionId, null, null, null, null, 2)))
                .extracting(AuditRecord::seq, AuditRecord::eventType)
                .containsExactly(Tuple.tuple(6L, "answer_given"),
                        Tuple.tuple(5L, "question_asked"));
        assertThat(log.verify().checked()).isEqualTo(6);
    }

    @Test
    void should_show_and_verify_records_not_yet_linked() {
        askAgain();

        assertThat(log.find(new AuditQuery(null, sessionId, null, null, null, null, 50))).hasSize(5);
        ChainStatus status = log.verify();
        assertThat(status.intact()).isTrue();
        assertThat(status.checked()).isEqualTo(6);
    }

    @Test
    void should_link_each_record_once_when_several_nodes_chain_at_the_same_time() throws Exception {
        for (int i = 0; i < 30; i++) {
            store.appendExchange(sessionId, "вопрос " + i, AnswerDraft.plain("ответ", 0.1, Intent.GENERAL_QUERY), 100, T0, ivan);
        }
        var otherNode = new JdbiAuditLog(database.jdbi());
        try (var pool = Executors.newFixedThreadPool(2)) {
            var a = pool.submit(log::chainPending);
            var b = pool.submit(otherNode::chainPending);
            assertThat(a.get() + b.get()).isEqualTo(60);
        }

        ChainStatus status = log.verify();
        assertThat(status.intact()).isTrue();
        assertThat(status.checked()).isEqualTo(64);
    }

    long chainedCount() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM chat_audit").mapTo(Long.class).one());
    }

    @Test
    void should_record_every_step_of_a_turn_with_actor_and_session() {
        List<AuditRecord> records = log.find(new AuditQuery(null, sessionId, null, null, null, null, 50));

        assertThat(records).extracting(AuditRecord::eventType)
                .containsExactly("answer_given", "question_asked", "session_started");
        assertThat(records).allSatisfy(r -> assertThat(r.userId()).isEqualTo(ivan.userId()));
        assertThat(log.find(new AuditQuery(ivan.userId(), null, AuditEventType.QUESTION_ASKED, null, null, null, 50))).hasSize(1);
    }

    void editDetails(long seq) {
        database.jdbi().useHandle(h -> h.createUpdate("UPDATE chat_audit SET details = '{\"title\":\"подмена\"}' WHERE seq = :seq")
                .bind("seq", seq).execute());
    }

    void delete(long seq) {
        database.jdbi().useHandle(h -> h.createUpdate("DELETE FROM chat_audit WHERE seq = :seq").bind("seq", seq).execute());
    }

    @Test
    void should_verify_an_untouched_chain() {
        ChainStatus status = log.verify();

        assertThat(status.intact()).isTrue();
        assertThat(status.checked()).isEqualTo(4);
    }

    @Test
    void should_detect_an_edited_record() {
        editDetails(2);

        ChainStatus status = log.verify();

        assertThat(status.intact()).isFalse();
        assertThat(status.firstBrokenSeq()).isEqualTo(2);
    }

    @Test
    void should_detect_a_deleted_record() {
        delete(3);

        assertThat(log.verify().intact()).isFalse();
    }

    @Test
    void should_go_on_from_a_verified_record_and_check_only_the_records_after_it() {
        ChainStatus first = log.verify();
        editDetails(2);
        askAgain();

        ChainStatus next = log.verifyFrom(first.verifiedTo());

        assertThat(first.verifiedTo().seq()).isEqualTo(4);
        assertThat(next.intact()).isTrue();
        assertThat(next.checked()).isEqualTo(2);
        assertThat(next.verifiedTo().seq()).isEqualTo(6);
        assertThat(log.verify().intact()).as("the whole walk still sees the old edit").isFalse();
    }

    @Test
    void should_detect_that_the_newest_records_were_removed() {
        delete(4);

        ChainStatus status = log.verify();

        assertThat(status.intact()).isFalse();
        assertThat(status.firstBrokenSeq()).isEqualTo(4);
    }

    @Test
    void should_page_newest_first() {
        List<AuditRecord> firstPage = log.find(new AuditQuery(null, null, null, null, null, null, 2));
        List<AuditRecord> secondPage = log.find(new AuditQuery(null, null, null, null, null, firstPage.getLast().seq(), 2));

        assertThat(firstPage).extracting(AuditRecord::seq).containsExactly(4L, 3L);
        assertThat(secondPage).extracting(AuditRecord::seq).containsExactly(2L, 1L);
    }
}
