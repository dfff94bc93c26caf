package ru.sppr.chat.storage;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded H2 file from growing without bound and on the disk. H2 writes every commit as a new chunk and
 * reclaims chunks whose pages are mostly dead by rewriting their live pages — but only in its background writer
 * thread, which does not run with {@code WRITE_DELAY=0}, the setting that makes a commit durable before the answer is
 * acknowledged. Without it the file grows with every ask. This job does the same rewriting on a schedule, in every
 * process that opens the file (the server, or a CLI command run without one).
 * <p>
 * A commit reaches the operating system at once but the disk only when the system flushes its buffers (on Linux
 * within ~30 s). H2 reuses the space of dead chunks only {@link #RETENTION_MS} after they died, so that a power loss
 * cannot leave the file header pointing at overwritten data; each round therefore also forces the file to disk,
 * which keeps that wait safe and bounds what a power loss can take to the last {@link #PERIOD}.
 */
public final class EmbeddedHousekeeping {
    /** Chunks are rewritten while they hold less than this share of live data (H2 uses 90 when idle, 30 when busy). */
    static final int TARGET_FILL_RATE = 50;
    /**
     * At most about this many bytes of live pages are rewritten per run. Commits wait while H2 rewrites (it holds its
     * serialisation lock throughout), so the budget is small and the runs frequent (measured: README, «Встроенная H2»).
     */
    static final int WRITE_LIMIT = 1024 * 1024;
    /** How often the process that holds the file runs this job. */
    public static final Duration PERIOD = Duration.ofMillis(500);
    /** How long H2 keeps a dead chunk before reusing its space (its default is 45 s); more than twice {@link #PERIOD}. */
    static final int RETENTION_MS = 5_000;

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedHousekeeping.class);

    private final Database database;

    public EmbeddedHousekeeping(Database database) {
        if (database.settings().postgres()) {
            throw new IllegalArgumentException("housekeeping is for the embedded database only");
        }
        this.database = database;
    }

    /**
     * One round: rewrite sparsely filled chunks, if the chunks hold less live data than the target, then force
     * everything written so far to the disk (fsync); returns whether it rewrote any. Does nothing for a database in
     * memory, or one that another process opened first and serves (AUTO_SERVER): the file is that process's to keep.
     */
    public boolean run() {
        return database.jdbi().withHandle(h -> fileStore(h).map(store -> {
            boolean rewritten = compact(store);
            store.sync();
            return rewritten;
        }).orElse(false));
    }

    private static boolean compact(MVStore store) {
        long started = System.nanoTime();
        boolean rewritten = store.compact(TARGET_FILL_RATE, WRITE_LIMIT);
        LOG.debug("H2 housekeeping: rewritten {} in {} ms, live share of chunks {} %, file {} bytes", rewritten,
                (System.nanoTime() - started) / 1_000_000, store.getFileStore().getChunksFillRate(), store.getFileStore().size());
        return rewritten;
    }

    /** The share of the file that holds live data, in percent (100 when there is no file of ours). */
    public int fillRate() {
        return database.jdbi().withHandle(h -> fileStore(h).map(MVStore::getFillRate).orElse(100));
    }

    private static Optional<MVStore> fileStore(Handle handle) {
        try {
            if (handle.getConnection().unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session) {
                MVStore store = session.getDatabase().getStore().getMvStore();
                return store.getFileStore() == null ? Optional.empty() : Optional.of(store);
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("not an H2 connection", e);
        }
    }
}
