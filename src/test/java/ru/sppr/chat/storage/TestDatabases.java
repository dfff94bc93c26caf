package ru.sppr.chat.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh, migrated databases for tests: H2 in memory, or a new database on the PostgreSQL server named by
 * {@code CHAT_TEST_DATABASE_URL} ({@code bin/test} starts one). With {@code CHAT_TEST_REQUIRE_POSTGRES} set,
 * a missing server fails the test instead of skipping it. The PostgreSQL databases are dropped when the test JVM
 * exits, so a developer's own server named by that variable does not collect them.
 */
public final class TestDatabases {
    public enum Backend { H2, POSTGRES }

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();
    private static final AtomicBoolean DROP_AT_EXIT = new AtomicBoolean();

    private TestDatabases() {
    }

    public static Database open(Backend backend) {
        return Database.open(settings(backend), 30);
    }

    public static DatabaseSettings settings(Backend backend) {
        return switch (backend) {
            case H2 -> new DatabaseSettings("jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=20000", "sa", "");
            case POSTGRES -> freshPostgres();
        };
    }

    private static DatabaseSettings freshPostgres() {
        String url = System.getenv("CHAT_TEST_DATABASE_URL");
        if (url == null || url.isBlank()) {
            if (System.getenv("CHAT_TEST_REQUIRE_POSTGRES") != null) {
                throw new IllegalStateException("CHAT_TEST_REQUIRE_POSTGRES is set but CHAT_TEST_DATABASE_URL is not");
            }
            Assumptions.abort("PostgreSQL not configured (CHAT_TEST_DATABASE_URL); bin/test provides one");
        }
        String user = System.getenv("CHAT_TEST_DATABASE_USER");
        String password = System.getenv("CHAT_TEST_DATABASE_PASSWORD");
        String name = "chat_t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
            if (DROP_AT_EXIT.compareAndSet(false, true)) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> dropCreated(url, user, password)));
            }
            CREATED.add(name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + url, e);
        }
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String fresh = base.substring(0, base.lastIndexOf('/') + 1) + name + (query < 0 ? "" : url.substring(query));
        return new DatabaseSettings(fresh, user, password);
    }

    /** Drops the databases this JVM created, closing whatever connections are still open to them. */
    private static void dropCreated(String url, String user, String password) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            for (String name : CREATED) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.err.println("TestDatabases: could not drop the test databases on " + url + ": " + e.getMessage());
        }
    }
}
