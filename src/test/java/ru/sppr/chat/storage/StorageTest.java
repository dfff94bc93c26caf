package ru.sppr.chat.storage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.NewUser;
import ru.sppr.chat.user.Role;
import ru.sppr.chat.user.User;

/** Base of storage tests that run on each backend: a fresh migrated database per test. */
public abstract class StorageTest {
    protected static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
    protected final Backend backend;
    protected Database database;

    protected StorageTest(Backend backend) {
        this.backend = backend;
    }

    @BeforeEach
    void openDatabase() {
        database = TestDatabases.open(backend);
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    protected User user(String username, Role role) {
        var users = new JdbiUserDirectory(database.jdbi(), Clock.fixed(T0, ZoneOffset.UTC));
        return users.ensure(new NewUser(username, null, role, Clearance.INTERNAL), Caller.LOCAL_ADMIN).user();
    }
}
