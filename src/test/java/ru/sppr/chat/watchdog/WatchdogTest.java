package ru.sppr.chat.watchdog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.sppr.chat.app.AppConfig;
import ru.sppr.chat.app.Application;
import ru.sppr.chat.audit.ChainStatus;
import ru.sppr.chat.storage.Database;
import ru.sppr.chat.storage.TestDatabases;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.NewUser;
import ru.sppr.chat.user.Role;

class WatchdogTest {
    @TempDir
    Path home;

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-05-01T08:00:00Z");

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void should_check_only_new_audit_records_between_full_walks_of_the_chain() {
        var clock = new ManualClock();
        Database database = TestDatabases.open(TestDatabases.Backend.H2);
        try (var app = Application.wire(AppConfig.load(Map.of(), home), database, clock)) {
            Caller ivan = app.users().ensure(new NewUser("ivan", null, Role.OPERATOR, Clearance.INTERNAL), Caller.LOCAL_ADMIN)
                    .user().asCaller();
            app.sessions().start(ivan.userId(), "первая", ivan);
            ChainStatus first = app.watchdog().checkAuditChain();

            database.jdbi().useHandle(h -> h.execute("UPDATE chat_audit SET actor = 'подмена' WHERE seq = 1"));
            app.sessions().start(ivan.userId(), "вторая", ivan);
            clock.now = clock.now.plus(Duration.ofMinutes(10));
            ChainStatus next = app.watchdog().checkAuditChain();
            clock.now = clock.now.plus(Watchdog.FULL_CHECK_EVERY);
            ChainStatus full = app.watchdog().checkAuditChain();

            assertThat(first.intact()).isTrue();
            assertThat(next.intact()).as("the old record is not walked again").isTrue();
            assertThat(next.checked()).isEqualTo(1);
            assertThat(full.intact()).isFalse();
            assertThat(full.firstBrokenSeq()).isEqualTo(1);
        }
    }
}
