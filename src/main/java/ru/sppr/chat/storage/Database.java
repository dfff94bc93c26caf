package ru.sppr.chat.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.Jdbi;

/** A pooled, migrated database with its JDBI handle factory. */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final DatabaseSettings settings;

    private Database(HikariDataSource dataSource, DatabaseSettings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.jdbi = Jdbi.create(dataSource);
    }

    /**
     * Opens the pool and applies pending migrations. A request waits at most 3 s for a connection, so while the
     * database is away requests fail fast (503); the pool reconnects by itself when it is back.
     */
    public static Database open(DatabaseSettings settings, int poolSize) {
        var config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("chat-sppr");
        config.setConnectionTimeout(3_000);
        config.setInitializationFailTimeout(15_000);
        var dataSource = new HikariDataSource(config);
        try {
            migrations().dataSource(dataSource).load().migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource, settings);
    }

    /** The schema's migrations: the SQL scripts under {@code db/migration} and the ones written in Java. */
    static FluentConfiguration migrations() {
        return Flyway.configure().locations("classpath:db/migration").javaMigrations(new AnswerDocumentsMigration(),
                EmbeddedIdCacheMigration.dialogTables(), EmbeddedIdCacheMigration.situationTables(),
                new UploadOriginalsMigration());
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Whether a connection can be had and answers within 2 s (for the health check). */
    public boolean reachable() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    public DatabaseSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
