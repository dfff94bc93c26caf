package ru.sppr.chat.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.sppr.chat.audit.AuditQuery;
import ru.sppr.chat.audit.AuditRecord;
import ru.sppr.chat.failure.ConflictException;
import ru.sppr.chat.session.ChatSession;
import ru.sppr.chat.session.Exchange;
import ru.sppr.chat.session.Turn;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.NewUser;
import ru.sppr.chat.user.Role;

/**
 * An exchange that {@code appendExchange} returned is stored for good, however many were written together: after
 * the database goes away without a clean shutdown (H2: {@code SHUTDOWN IMMEDIATELY}, as after a killed process;
 * PostgreSQL: every connection of the pool terminated) and is opened again, each accepted exchange is there with
 * its turns and audit records, a refused one left nothing, and a failing one took no other exchange with it. On the
 * embedded database the store writes exchanges that arrive together in one transaction (group commit).
 */
@OnEachBackend
class ExchangeDurabilityTest {
    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
    private static final int ASKS = 40;

    private final Backend backend;
    @TempDir
    Path dir;

    ExchangeDurabilityTest(Backend backend) {
        this.backend = backend;
    }

    @Test
    void should_keep_every_accepted_exchange_after_a_crash_and_lose_only_the_failing_one() throws Exception {
        DatabaseSettings settings = backend == Backend.H2 ? DatabaseSettings.embedded(dir) : TestDatabases.settings(backend);
        List<Exchange> accepted = new ArrayList<>();
        int refused = 0;
        int failed = 0;
        long[] sessions = new long[4];
        try (Database database = Database.open(settings, 30)) {
            var store = new JdbiSessionStore(database);
            Caller owner = new JdbiUserDirectory(database.jdbi(), Clock.fixed(T0, ZoneOffset.UTC))
                    .ensure(new NewUser("ivan", null, Role.OPERATOR, Clearance.INTERNAL), Caller.LOCAL_ADMIN).user().asCaller();
            for (int s = 0; s < sessions.length; s++) {
                sessions[s] = store.create(owner.userId(), "сессия " + s, T0, owner).id();
            }
            // Session 3 takes at most 5 questions: the rest of its asks are refused. Ask 6 (session 2) fails: it has
            // no question text.
            List<Future<Exchange>> asks = new ArrayList<>();
            try (var pool = Executors.newFixedThreadPool(16)) {
                for (int i = 0; i < ASKS; i++) {
                    int n = i;
                    long session = sessions[i % sessions.length];
                    int limit = i % sessions.length == 3 ? 5 : 50;
                    asks.add(pool.submit(() -> store.appendExchange(session, n == 6 ? null : "вопрос " + n,
                            JdbiSessionStoreTest.ANSWER, limit, T0.plusMillis(n), owner)));
                }
                for (var ask : asks) {
                    try {
                        accepted.add(ask.get());
                    } catch (ExecutionException e) {
                        if (e.getCause() instanceof ConflictException) {
                            refused++;
                        } else {
                            failed++;
                        }
                    }
                }
            }
            crash(database, settings);
        }

        assertThat(failed).isEqualTo(1);
        assertThat(refused).isEqualTo(ASKS / sessions.length - 5);
        assertThat(accepted).hasSize(ASKS - 1 - refused);
        try (Database reopened = Database.open(settings, 4)) {
            var store = new JdbiSessionStore(reopened);
            int turns = 0;
            for (long session : sessions) {
                List<Turn> stored = store.history(session, 200, null).turns();
                ChatSession row = store.find(session).orElseThrow();
                assertThat(row.turnCount()).isEqualTo(stored.size());
                assertThat(stored).extracting(Turn::position)
                        .containsExactlyElementsOf(IntStream.rangeClosed(1, stored.size()).boxed().toList());
                turns += stored.size();
            }
            assertThat(turns).isEqualTo(2 * accepted.size());
            for (Exchange e : accepted) {
                List<Turn> stored = store.history(e.question().sessionId(), 200, null).turns();
                assertThat(stored).filteredOn(t -> t.id() == e.question().id()).singleElement()
                        .satisfies(t -> assertThat(t.content()).isEqualTo(e.question().content()))
                        .satisfies(t -> assertThat(t.position()).isEqualTo(e.question().position()));
                assertThat(stored).filteredOn(t -> t.id() == e.answer().id()).singleElement()
                        .satisfies(t -> assertThat(t.position()).isEqualTo(e.answer().position()));
            }
            var log = new JdbiAuditLog(reopened.jdbi());
            List<AuditRecord> records = log.find(new AuditQuery(null, null, null, null, null, null, AuditQuery.MAX_LIMIT));
            // Each accepted exchange: question asked, sources shown, answer given; plus the sessions' starts.
            assertThat(records).filteredOn(r -> r.eventType().equals("question_asked")).hasSize(accepted.size());
            assertThat(records).filteredOn(r -> r.eventType().equals("answer_given")).hasSize(accepted.size());
            assertThat(log.verify().intact()).isTrue();
        }
    }

    /** Goes away without a clean shutdown: nothing more is written than what was committed. */
    private void crash(Database database, DatabaseSettings settings) throws SQLException {
        if (backend == Backend.H2) {
            try (Connection c = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
                 Statement s = c.createStatement()) {
                s.execute("SHUTDOWN IMMEDIATELY");
            } catch (SQLException expected) {
                // the connection goes with the database
            }
        } else {
            try (Connection c = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
                 Statement s = c.createStatement()) {
                s.execute("""
                        SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                        WHERE datname = current_database() AND pid <> pg_backend_pid()""");
            }
        }
    }
}
