package ru.sppr.chat.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema versions 8 (the tables of version 1–6) and 10 (the situation model's), for the embedded H2 database only:
 * every generated id reserves {@value #IDS_RESERVED} values at a time instead of H2's default 32. Each time a reserve
 * runs out H2 records the new one in its own committed transaction, i.e. one more write of the file next to the ask
 * that happened to draw the id. The cost is a gap of up to that many ids after a crash; ids are never reused.
 * <p>
 * PostgreSQL is left as it is: its sequences are cheap to advance, and a cache there is per connection, so ids
 * would no longer follow the order of inserts (pending audit events are chained in id order).
 */
final class EmbeddedIdCacheMigration extends JavaSchemaMigration {
    static final int IDS_RESERVED = 1_000;
    private final List<String> tables;

    private EmbeddedIdCacheMigration(String version, String description, int checksum, List<String> tables) {
        super(version, description, checksum);
        this.tables = List.copyOf(tables);
    }

    static EmbeddedIdCacheMigration dialogTables() {
        return new EmbeddedIdCacheMigration("8", "embedded ids reserved in larger blocks", 8_001, List.of("chat_users",
                "chat_tokens", "chat_sessions", "chat_turns", "chat_feedback", "chat_telemetry", "chat_audit_pending"));
    }

    static EmbeddedIdCacheMigration situationTables() {
        return new EmbeddedIdCacheMigration("10", "embedded situation ids reserved in larger blocks", 10_001,
                List.of("sit_observations", "sit_incidents"));
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            for (String table : tables) {
                s.execute("ALTER TABLE " + table + " ALTER COLUMN id SET CACHE " + IDS_RESERVED);
            }
        }
    }
}
