package ru.sppr.chat.storage;

import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded H2 file from growing without bound. H2 writes every commit as a new chunk and reclaims
 * chunks whose pages are mostly dead by rewriting their live pages — but only in its background writer thread,
 * which does not run with {@code WRITE_DELAY=0}, the setting that makes a commit durable before the answer is
 * acknowledged. Without this job the file grew by ~15 KB per ask under load (2 GB after 127 000 asks, 237 MB of
 * them live). This job does the same rewriting on a schedule, in the server's background thread.
 */
public final class EmbeddedHousekeeping {
    /** Chunks are rewritten while less than this share of the file is live data (H2 uses 90 when idle, 30 when busy). */
    static final int TARGET_FILL_RATE = 50;
    /** At most about this many bytes of live pages are rewritten per run. */
    static final int WRITE_LIMIT = 4 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedHousekeeping.class);

    private final Database database;

    public EmbeddedHousekeeping(Database database) {
        if (database.settings().postgres()) {
            throw new IllegalArgumentException("housekeeping is for the embedded database only");
        }
        this.database = database;
    }

    /** Rewrites sparsely filled chunks, if the live share of the chunks is below the target; returns whether it did. */
    public boolean compact() {
        return database.jdbi().withHandle(h -> {
            MVStore store = store(h);
            if (store.getFileStore() == null) {
                return false;
            }
            boolean rewritten = store.compact(TARGET_FILL_RATE, WRITE_LIMIT);
            LOG.debug("H2 housekeeping: rewritten {}, live share of chunks {} %, file {} bytes", rewritten,
                    store.getFileStore().getChunksFillRate(), store.getFileStore().size());
            return rewritten;
        });
    }

    /** The share of the file that holds live data, in percent (100 for a database in memory). */
    public int fillRate() {
        return database.jdbi().withHandle(h -> {
            MVStore store = store(h);
            return store.getFileStore() == null ? 100 : store.getFillRate();
        });
    }

    private static MVStore store(Handle handle) {
        try {
            if (!(handle.getConnection().unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
                throw new IllegalStateException("the embedded database is served by another process (AUTO_SERVER)");
            }
            return session.getDatabase().getStore().getMvStore();
        } catch (SQLException e) {
            throw new IllegalStateException("not an H2 connection", e);
        }
    }
}
