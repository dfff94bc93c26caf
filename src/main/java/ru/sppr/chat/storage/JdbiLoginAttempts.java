package ru.sppr.chat.storage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import ru.sppr.chat.user.LoginAttempts;

/** Failure counters in {@code auth_failures}: a fixed one-minute window per key, old rows swept on insert. */
public final class JdbiLoginAttempts implements LoginAttempts {
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final Duration KEEP = Duration.ofMinutes(10);
    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiLoginAttempts(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public int failed(String key) {
        Instant now = clock.instant();
        try {
            return jdbi.inTransaction(h -> count(h, key, now));
        } catch (UnableToExecuteStatementException raced) {
            return jdbi.inTransaction(h -> count(h, key, now));  // another node inserted the same key first
        }
    }

    private static int count(Handle h, String key, Instant now) {
        int updated = h.createUpdate("""
                        UPDATE auth_failures
                        SET failures = CASE WHEN window_start > :since THEN failures + 1 ELSE 1 END,
                            window_start = CASE WHEN window_start > :since THEN window_start ELSE :now END
                        WHERE counter_key = :key""")
                .bind("key", key).bind("since", Times.bind(now.minus(WINDOW))).bind("now", Times.bind(now)).execute();
        if (updated == 0) {
            h.createUpdate("DELETE FROM auth_failures WHERE window_start < :old")
                    .bind("old", Times.bind(now.minus(KEEP))).execute();
            h.createUpdate("INSERT INTO auth_failures (counter_key, window_start, failures) VALUES (:key, :now, 1)")
                    .bind("key", key).bind("now", Times.bind(now)).execute();
            return 1;
        }
        return h.createQuery("SELECT failures FROM auth_failures WHERE counter_key = :key").bind("key", key)
                .mapTo(Integer.class).one();
    }
}
