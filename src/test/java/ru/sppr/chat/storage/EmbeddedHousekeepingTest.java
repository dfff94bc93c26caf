package ru.sppr.chat.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.sppr.chat.intent.Intent;
import ru.sppr.chat.session.AnswerDraft;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.NewUser;
import ru.sppr.chat.user.Role;

/**
 * Housekeeping reaches into H2's store through its internal API; this guards that path against an H2 upgrade. That
 * it keeps the file small under load is measured with {@code bench load}.
 */
class EmbeddedHousekeepingTest {
    @TempDir
    Path dir;

    @Test
    void should_reach_the_store_of_an_embedded_file_database_and_compact_it_while_it_is_written() {
        try (Database database = Database.open(DatabaseSettings.embedded(dir), 4)) {
            var housekeeping = new EmbeddedHousekeeping(database);
            var store = new JdbiSessionStore(database);
            long owner = new JdbiUserDirectory(database.jdbi(), Clock.fixed(StorageTest.T0, ZoneOffset.UTC))
                    .ensure(new NewUser("ivan", null, Role.OPERATOR, Clearance.INTERNAL), Caller.LOCAL_ADMIN).user().id();
            for (int i = 0; i < 20; i++) {
                long session = store.create(owner, "s" + i, StorageTest.T0, Caller.LOCAL_ADMIN).id();
                store.appendExchange(session, "вопрос " + i, AnswerDraft.plain("ответ", 0.5, Intent.GENERAL_QUERY), 5,
                        StorageTest.T0, Caller.LOCAL_ADMIN);
                housekeeping.run();
            }

            assertThat(housekeeping.fillRate()).isBetween(1, 100);
            assertThat(new JdbiAuditLog(database.jdbi()).verify().intact()).isTrue();
        }
    }

    @Test
    void should_let_h2_reuse_dead_chunks_after_a_few_seconds_not_45() {
        try (Database database = Database.open(DatabaseSettings.embedded(dir), 2)) {
            String retention = database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT setting_value FROM information_schema.settings WHERE setting_name = 'RETENTION_TIME'")
                    .mapTo(String.class).one());
            assertThat(Integer.parseInt(retention)).isEqualTo(EmbeddedHousekeeping.RETENTION_MS)
                    .isGreaterThan(2 * (int) EmbeddedHousekeeping.PERIOD.toMillis());
        }
    }

    @Test
    void should_leave_a_database_in_memory_alone() {
        try (Database memory = TestDatabases.open(TestDatabases.Backend.H2)) {
            assertThat(new EmbeddedHousekeeping(memory).run()).isFalse();
            assertThat(new EmbeddedHousekeeping(memory).fillRate()).isEqualTo(100);
        }
    }
}
