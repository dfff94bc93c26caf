package ru.sppr.chat.storage;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 12: uploaded originals in the database ({@code kb_originals}), a binary large object on H2 (kept out of the row) and
 * {@code bytea} on PostgreSQL, keyed by the origin of the sources made from the file.
 */
final class UploadOriginalsMigration extends JavaSchemaMigration {
    UploadOriginalsMigration() {
        super("12", "uploaded originals in the database", 12_001);
    }

    @Override
    public void migrate(Context context) throws SQLException {
        boolean h2 = "H2".equals(context.getConnection().getMetaData().getDatabaseProductName());
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("""
                    CREATE TABLE kb_originals (
                        origin         VARCHAR(1024) PRIMARY KEY,
                        file_name      VARCHAR(512)  NOT NULL,
                        size_bytes     BIGINT        NOT NULL,
                        content_sha256 CHAR(64)      NOT NULL,
                        content        %s NOT NULL,
                        stored_at      TIMESTAMP WITH TIME ZONE NOT NULL
                    )""".formatted(h2 ? "BINARY LARGE OBJECT" : "BYTEA"));
            s.execute("CREATE INDEX ix_kb_originals_sha ON kb_originals (content_sha256)");
        }
    }
}
