package ru.sppr.chat.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.audit.AuditEventType;
import ru.sppr.chat.audit.AuditQuery;
import ru.sppr.chat.audit.AuditRecord;
import ru.sppr.chat.failure.ConflictException;
import ru.sppr.chat.failure.NotFoundException;
import ru.sppr.chat.intent.Intent;
import ru.sppr.chat.session.AnswerDraft;
import ru.sppr.chat.session.AnswerLink;
import ru.sppr.chat.session.ChatSession;
import ru.sppr.chat.session.Citation;
import ru.sppr.chat.session.HistoryPage;
import ru.sppr.chat.session.SessionStatus;
import ru.sppr.chat.session.Turn;
import ru.sppr.chat.session.TurnRole;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.suggestion.Suggestion;
import ru.sppr.chat.suggestion.SuggestionKind;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Role;

@OnEachBackend
class JdbiSessionStoreTest extends StorageTest {
    static final AnswerDraft ANSWER = new AnswerDraft("ответ", 0.5, Intent.GENERAL_QUERY, 0.9, false,
            List.of(new Citation(1, "doc-1", "Сводка", "document", "стр. 2", T0, "уровень воды 512 см", 3.2)),
            List.of(new Suggestion(SuggestionKind.TIMELINE, "Хронология")), T0.plusSeconds(30));

    JdbiSessionStore store;
    Caller owner;

    JdbiSessionStoreTest(Backend backend) {
        super(backend);
    }

    @BeforeEach
    void setUp() {
        store = new JdbiSessionStore(database);
        owner = user("ivan", Role.OPERATOR).asCaller();
    }

    @Test
    void should_store_question_and_answer_at_consecutive_positions_with_citations() {
        ChatSession session = store.create(owner.userId(), "Паводок", T0, owner);

        var first = store.appendExchange(session.id(), "Какой уровень воды?", ANSWER, 10, T0, owner);
        var second = store.appendExchange(session.id(), "А вчера?", ANSWER, 10, T0.plusSeconds(5), owner);

        assertThat(first.question().position()).isEqualTo(1);
        assertThat(first.answer().position()).isEqualTo(2);
        assertThat(second.question().position()).isEqualTo(3);
        HistoryPage page = store.history(session.id(), 10, null);
        assertThat(page.turns()).extracting(Turn::position).containsExactly(1, 2, 3, 4);
        assertThat(page.turns()).extracting(Turn::role)
                .containsExactly(TurnRole.USER, TurnRole.ASSISTANT, TurnRole.USER, TurnRole.ASSISTANT);
        assertThat(page.turns().get(1).citations()).containsExactly(ANSWER.citations().getFirst());
        assertThat(page.turns().get(1).confidence()).isEqualTo(0.5);
        assertThat(store.find(session.id()).orElseThrow().lastActivityAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void should_keep_the_cards_an_answer_links_with_it_and_give_them_back_in_history() {
        ChatSession session = store.create(owner.userId(), "Паводок", T0, owner);
        var linked = new AnswerDraft("В ПВР № 3 — 8 человек [1].", 0.8, Intent.STATUS_CHECK, 0.9, false, ANSWER.citations(),
                List.of(), T0, List.of(AnswerLink.entity("object:пвр:3", "ПВР № 3"), AnswerLink.incident(3, "Эвакуация — Нижние Ключи, ПВР")));

        var stored = store.appendExchange(session.id(), "в пвр 3 скока щас народу", linked, 10, T0, owner);
        store.appendExchange(session.id(), "А вчера?", ANSWER, 10, T0.plusSeconds(5), owner);

        assertThat(stored.answer().links()).isEqualTo(linked.links());
        List<Turn> turns = store.history(session.id(), 10, null).turns();
        assertThat(turns.get(1).links()).containsExactly(new AnswerLink("entity", "object:пвр:3", "ПВР № 3"),
                new AnswerLink("incident", "3", "Эвакуация — Нижние Ключи, ПВР"));
        assertThat(turns.get(0).links()).as("вопрос").isEmpty();
        assertThat(turns.get(3).links()).as("ответ без ссылок").isEmpty();
    }

    @Test
    void should_audit_the_question_the_sources_and_the_answer_with_their_turns_in_that_order() {
        ChatSession session = store.create(owner.userId(), "Паводок", T0, owner);
        var uncited = new AnswerDraft("не знаю", 0.1, Intent.GENERAL_QUERY, 0.9, false, List.of(), List.of(), T0);

        var cited = store.appendExchange(session.id(), "Какой уровень воды?", ANSWER, 10, T0, owner);
        var plain = store.appendExchange(session.id(), "А вчера?", uncited, 10, T0.plusSeconds(5), owner);

        var log = new JdbiAuditLog(database.jdbi());
        List<AuditRecord> records = log.find(new AuditQuery(null, session.id(), null, null, null, null, 10)).reversed();
        assertThat(records).extracting(AuditRecord::eventType).containsExactly("session_started",
                "question_asked", "sources_shown", "answer_given", "question_asked", "answer_given");
        assertThat(records.get(1).details()).containsExactlyInAnyOrderEntriesOf(Map.of("turn_id",
                Long.toString(cited.question().id()), "position", "1", "length", "19"));
        assertThat(records.get(2).details()).containsExactlyInAnyOrderEntriesOf(Map.of("turn_id",
                Long.toString(cited.answer().id()), "position", "2", "sources", "doc-1"));
        assertThat(records.get(3).details()).containsExactlyInAnyOrderEntriesOf(Map.of("turn_id",
                Long.toString(cited.answer().id()), "position", "2", "confidence", "0.5", "intent", "general_query"));
        assertThat(records.get(5).details()).containsEntry("turn_id", Long.toString(plain.answer().id()))
                .containsEntry("position", "4").containsEntry("confidence", "0.1");
        assertThat(records).allSatisfy(r -> assertThat(r.actor()).isEqualTo("ivan"));
        assertThat(records).allSatisfy(r -> assertThat(r.createdAt()).isBefore(T0.plusSeconds(6)));
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void should_assign_unique_gapless_positions_under_20_concurrent_questions() throws Exception {
        ChatSession session = store.create(owner.userId(), "Нагрузка", T0, owner);

        try (var pool = Executors.newFixedThreadPool(20)) {
            var futures = IntStream.range(0, 20)
                    .mapToObj(i -> pool.submit(() -> store.appendExchange(session.id(), "вопрос " + i, ANSWER, 50, T0, owner)))
                    .toList();
            for (var f : futures) {
                f.get();
            }
        }

        HistoryPage page = store.history(session.id(), 100, null);
        assertThat(page.turns()).extracting(Turn::position).containsExactlyElementsOf(IntStream.rangeClosed(1, 40).boxed().toList());
        assertThat(page.turns()).allSatisfy(t -> assertThat(t.role())
                .isEqualTo(t.position() % 2 == 1 ? TurnRole.USER : TurnRole.ASSISTANT));
        assertThat(store.find(session.id()).orElseThrow().turnCount()).isEqualTo(40);
        assertThat(new JdbiAuditLog(database.jdbi()).verify().intact()).isTrue();
    }

    @Test
    void should_refuse_and_write_nothing_for_closed_unknown_or_full_sessions() {
        ChatSession closed = store.create(owner.userId(), "закрытая", T0, owner);
        store.close(closed.id(), T0, owner);
        ChatSession full = store.create(owner.userId(), "полная", T0, owner);
        store.appendExchange(full.id(), "единственный вопрос", ANSWER, 1, T0, owner);
        long auditBefore = auditCount();

        assertThatThrownBy(() -> store.appendExchange(closed.id(), "q", ANSWER, 10, T0, owner))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> store.appendExchange(full.id(), "q", ANSWER, 1, T0, owner))
                .isInstanceOf(ConflictException.class).hasMessageContaining("предел");
        assertThatThrownBy(() -> store.appendExchange(999_999, "q", ANSWER, 10, T0, owner))
                .isInstanceOf(NotFoundException.class);

        assertThat(store.history(closed.id(), 10, null).turns()).isEmpty();
        assertThat(store.history(full.id(), 10, null).turns()).hasSize(2);
        assertThat(auditCount()).isEqualTo(auditBefore);
    }

    @Test
    void should_return_latest_turns_in_order_and_page_backwards() {
        ChatSession session = store.create(owner.userId(), "длинная", T0, owner);
        for (int i = 1; i <= 6; i++) {
            store.appendExchange(session.id(), "вопрос " + i, ANSWER, 50, T0.plusSeconds(i), owner);
        }

        HistoryPage latest = store.history(session.id(), 4, null);
        HistoryPage older = store.history(session.id(), 4, latest.turns().getFirst().position());
        HistoryPage oldest = store.history(session.id(), 4, older.turns().getFirst().position());

        assertThat(latest.turns()).extracting(Turn::position).containsExactly(9, 10, 11, 12);
        assertThat(latest.hasMore()).isTrue();
        assertThat(older.turns()).extracting(Turn::position).containsExactly(5, 6, 7, 8);
        assertThat(oldest.turns()).extracting(Turn::position).containsExactly(1, 2, 3, 4);
        assertThat(oldest.hasMore()).isFalse();
    }

    @Test
    void should_expire_only_sessions_idle_past_the_cutoff_and_audit_it() {
        ChatSession idle = store.create(owner.userId(), "забытая", T0, owner);
        ChatSession busy = store.create(owner.userId(), "живая", T0.plus(Duration.ofMinutes(30)), owner);

        List<Long> expired = store.expireIdle(T0.plus(Duration.ofMinutes(20)), T0.plus(Duration.ofMinutes(40)));

        assertThat(expired).containsExactly(idle.id());
        assertThat(store.find(idle.id()).orElseThrow().status()).isEqualTo(SessionStatus.EXPIRED);
        assertThat(store.find(busy.id()).orElseThrow().status()).isEqualTo(SessionStatus.ACTIVE);
        assertThat(new JdbiAuditLog(database.jdbi()).find(new AuditQuery(null, idle.id(),
                AuditEventType.SESSION_EXPIRED, null, null, null, 10))).hasSize(1);
    }

    @Test
    void should_list_only_the_owners_sessions_most_recent_first() {
        var other = user("petr", Role.OPERATOR).asCaller();
        ChatSession older = store.create(owner.userId(), "первая", T0, owner);
        ChatSession newer = store.create(owner.userId(), "вторая", T0.plusSeconds(60), owner);
        store.create(other.userId(), "чужая", T0, other);

        assertThat(store.listByOwner(owner.userId(), 10)).extracting(ChatSession::id).containsExactly(newer.id(), older.id());
    }

    @Test
    void should_count_only_questions_left_without_an_answer() {
        ChatSession session = store.create(owner.userId(), "s", T0, owner);
        store.appendExchange(session.id(), "q", ANSWER, 10, T0, owner);
        assertThat(store.countUnansweredQuestions()).isZero();

        database.jdbi().useHandle(h -> h.execute("INSERT INTO chat_turns (session_id, position, role, content, created_at)"
                + " VALUES (?, 3, 'user', 'оборванный вопрос', CURRENT_TIMESTAMP)", session.id()));

        assertThat(store.countUnansweredQuestions()).isEqualTo(1);
    }

    @Test
    void should_keep_each_answers_suggestions_until_they_expire_in_the_order_offered() {
        var queue = new JdbiSuggestionQueue(database.jdbi());
        ChatSession session = store.create(owner.userId(), "s", T0, owner);
        ChatSession other = store.create(owner.userId(), "другая", T0, owner);
        var later = new AnswerDraft("ответ", 0.5, Intent.GENERAL_QUERY, 0.9, false, List.of(),
                List.of(new Suggestion(SuggestionKind.LIST_SOURCES, "Какие документы есть?"), new Suggestion(SuggestionKind.REPHRASE, "Уточнить")),
                T0.plusSeconds(100));
        store.appendExchange(session.id(), "q1", ANSWER, 10, T0, owner);
        store.appendExchange(session.id(), "q2", later, 10, T0.plusSeconds(10), owner);
        store.appendExchange(other.id(), "q", ANSWER, 10, T0, owner);

        assertThat(queue.pending(session.id(), T0.plusSeconds(20))).containsExactly(ANSWER.suggestions().getFirst(),
                later.suggestions().get(0), later.suggestions().get(1));
        assertThat(queue.pending(session.id(), T0.plusSeconds(30))).containsExactlyElementsOf(later.suggestions());
        assertThat(queue.pending(session.id(), T0.plusSeconds(100))).isEmpty();
        assertThat(queue.lastOffered(session.id(), T0)).containsOnly(Map.entry(SuggestionKind.TIMELINE, T0),
                Map.entry(SuggestionKind.LIST_SOURCES, T0.plusSeconds(10)), Map.entry(SuggestionKind.REPHRASE, T0.plusSeconds(10)));
        assertThat(queue.lastOffered(session.id(), T0.plusSeconds(5))).containsOnlyKeys(SuggestionKind.LIST_SOURCES, SuggestionKind.REPHRASE);
    }

    @Test
    void should_clip_oversizedcitation_texts_to_their_bounds() {
        ChatSession session = store.create(owner.userId(), "s", T0, owner);
        var oversized = new Citation(1, "doc-1", "з".repeat(600), null, "м".repeat(300), null, "т".repeat(5000), 1.0);
        store.appendExchange(session.id(), "q", new AnswerDraft("ответ", 0.5, Intent.GENERAL_QUERY, 0.9, false,
                List.of(oversized), List.of(), T0), 10, T0, owner);

        Citation stored = store.history(session.id(), 10, null).turns().get(1).citations().getFirst();
        assertThat(stored.title()).hasSize(512).endsWith("…");
        assertThat(stored.location()).hasSize(256).endsWith("…");
        assertThat(stored.snippet()).hasSize(4000).endsWith("…");
        assertThat(stored.type()).isNull();
        assertThat(stored.observedAt()).isNull();
    }

    long auditCount() {
        return database.jdbi().withHandle(h -> h.createQuery(
                "SELECT (SELECT COUNT(*) FROM chat_audit) + (SELECT COUNT(*) FROM chat_audit_pending)").mapTo(Long.class).one());
    }
}
