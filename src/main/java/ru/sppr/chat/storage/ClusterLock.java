package ru.sppr.chat.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which node of a cluster runs the cluster-wide periodic jobs. On PostgreSQL it is the node holding a
 * session-level advisory lock on its own connection: when that node dies, PostgreSQL drops the connection and the
 * lock, and the next node to ask takes it over. The embedded database has one node only, which always leads.
 */
public final class ClusterLock implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterLock.class);
    /** The advisory lock key: "chatsppr" as an integer, so other applications sharing the database do not collide. */
    private static final long KEY = 0x63686174_73707072L;

    private final DatabaseSettings settings;
    private Connection held;
    private boolean closed;
    private volatile boolean leading;

    private ClusterLock(DatabaseSettings settings) {
        this.settings = settings;
        this.leading = !settings.postgres();
    }

    public static ClusterLock of(DatabaseSettings settings) {
        return new ClusterLock(settings);
    }

    /** The outcome of the last {@link #refresh()}: whether this node leads (no database round trip). */
    public boolean leading() {
        return leading;
    }

    /**
     * Checks that the lead is still held, or takes it when it is free; call it periodically. Never throws: a
     * database that is away means "not leading now".
     */
    public synchronized boolean refresh() {
        leading = !closed && (!settings.postgres() || holdOrTake());
        return leading;
    }

    private boolean holdOrTake() {
        if (held != null && valid(held)) {
            return true;
        }
        release();
        try {
            Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
            if (tryLock(connection)) {
                held = connection;
                LOG.info("This node now runs the cluster-wide jobs (advisory lock {})", KEY);
                return true;
            }
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Cluster lock not available: {}", e.getMessage());
        }
        return false;
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, KEY);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static boolean valid(Connection connection) {
        try {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private void release() {
        if (held != null) {
            try {
                held.close();
            } catch (SQLException e) {
                LOG.debug("Closing the lost cluster-lock connection: {}", e.getMessage());
            }
            held = null;
        }
    }

    /** Gives the lead up (closing the connection releases the lock). */
    @Override
    public synchronized void close() {
        closed = true;
        leading = false;
        release();
    }
}
