package ru.sppr.chat.storage;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A schema migration written in Java, named by its version and description and run in a transaction. The checksum
 * is fixed by hand: Flyway compares it with the one recorded when the migration ran, so it must never change.
 */
abstract class JavaSchemaMigration implements JavaMigration {
    private final MigrationVersion version;
    private final String description;
    private final int checksum;

    JavaSchemaMigration(String version, String description, int checksum) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
        this.checksum = checksum;
    }

    @Override
    public final MigrationVersion getVersion() {
        return version;
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final Integer getChecksum() {
        return checksum;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }
}
