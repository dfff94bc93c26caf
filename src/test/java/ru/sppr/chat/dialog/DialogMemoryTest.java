package ru.sppr.chat.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.intent.Intent;
import ru.sppr.chat.session.AnswerDraft;
import ru.sppr.chat.session.ChatSession;
import ru.sppr.chat.session.Exchange;
import ru.sppr.chat.session.Turn;
import ru.sppr.chat.storage.Database;
import ru.sppr.chat.storage.JdbiSessionStore;
import ru.sppr.chat.storage.JdbiSuggestionQueue;
import ru.sppr.chat.storage.JdbiUserDirectory;
import ru.sppr.chat.storage.TestDatabases;
import ru.sppr.chat.suggestion.Suggestion;
import ru.sppr.chat.suggestion.SuggestionKind;
import ru.sppr.chat.suggestion.SuggestionQueue;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.NewUser;
import ru.sppr.chat.user.Role;

class DialogMemoryTest {
    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
    private static final Duration COOLDOWN = Duration.ofSeconds(30);
    private static final List<Suggestion> TIMELINE = List.of(new Suggestion(SuggestionKind.TIMELINE, "Хронология"));

    private final Database database = TestDatabases.open(TestDatabases.Backend.H2);
    private final JdbiSessionStore store = new JdbiSessionStore(database);
    private final CountingQueue queue = new CountingQueue(new JdbiSuggestionQueue(database.jdbi()));
    private final DialogMemory memory = new DialogMemory(store, queue, 4, COOLDOWN);
    private final Caller ivan = new JdbiUserDirectory(database.jdbi(), Clock.systemUTC())
            .ensure(new NewUser("ivan", null, Role.OPERATOR, Clearance.INTERNAL), Caller.LOCAL_ADMIN).user().asCaller();
    private final long sessionId = store.create(ivan.userId(), "s", T0, ivan).id();

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void should_read_the_database_once_and_then_follow_the_exchanges_it_is_told_about() {
        assertThat(memory.recall(session(), T0).turns()).isEmpty();
        Exchange first = append("q1", TIMELINE, T0);
        memory.remember(first, TIMELINE, T0);
        Exchange second = append("q2", List.of(), T0.plusSeconds(1));
        memory.remember(second, List.of(), T0.plusSeconds(1));
        Exchange third = append("q3", List.of(), T0.plusSeconds(2));
        memory.remember(third, List.of(), T0.plusSeconds(2));

        DialogMemory.Recall recall = memory.recall(session(), T0.plusSeconds(3));

        assertThat(queue.reads).isEqualTo(1);
        assertThat(recall.turns()).extracting(Turn::content).containsExactly("q2", "ответ на q2", "q3", "ответ на q3");
        assertThat(recall.turns()).isEqualTo(store.history(sessionId, 4, null).turns());
        assertThat(recall.recentKinds()).containsExactly(SuggestionKind.TIMELINE);
        assertThat(memory.recall(session(), T0.plusSeconds(31)).recentKinds()).isEmpty();
    }

    @Test
    void should_read_again_after_an_exchange_it_was_not_told_about() {
        memory.recall(session(), T0);
        append("на другом узле", TIMELINE, T0);

        DialogMemory.Recall recall = memory.recall(session(), T0.plusSeconds(1));

        assertThat(queue.reads).isEqualTo(2);
        assertThat(recall.turns()).extracting(Turn::content).containsExactly("на другом узле", "ответ на на другом узле");
        assertThat(recall.recentKinds()).containsExactly(SuggestionKind.TIMELINE);
    }

    @Test
    void should_forget_a_session_told_about_exchanges_out_of_order() {
        memory.recall(session(), T0);
        Exchange first = append("q1", List.of(), T0);
        Exchange second = append("q2", TIMELINE, T0);
        memory.remember(second, TIMELINE, T0);
        memory.remember(first, List.of(), T0);

        DialogMemory.Recall recall = memory.recall(session(), T0);

        assertThat(queue.reads).isEqualTo(2);
        assertThat(recall.turns()).extracting(Turn::content).containsExactly("q1", "ответ на q1", "q2", "ответ на q2");
    }

    private ChatSession session() {
        return store.find(sessionId).orElseThrow();
    }

    private Exchange append(String question, List<Suggestion> offered, Instant at) {
        var draft = new AnswerDraft("ответ на " + question, 0.5, Intent.GENERAL_QUERY, 0.9, false, List.of(), offered,
                at.plus(COOLDOWN));
        return store.appendExchange(sessionId, question, draft, 10, at, ivan);
    }

    /** Counts the reads that reach the database. */
    private static final class CountingQueue implements SuggestionQueue {
        private final SuggestionQueue queue;
        int reads;

        CountingQueue(SuggestionQueue queue) {
            this.queue = queue;
        }

        @Override
        public Map<SuggestionKind, Instant> lastOffered(long sessionId, Instant since) {
            reads++;
            return queue.lastOffered(sessionId, since);
        }

        @Override
        public List<Suggestion> pending(long sessionId, Instant now) {
            return queue.pending(sessionId, now);
        }
    }
}
