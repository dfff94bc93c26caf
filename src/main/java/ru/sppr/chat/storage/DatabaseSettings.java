package ru.sppr.chat.storage;

import java.nio.file.Path;
import java.util.Objects;

/** Where the database is: a JDBC URL with optional credentials. */
public record DatabaseSettings(String url, String user, String password) {
    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
    }

    /**
     * The embedded default: an H2 file that the server and the CLI can open at the same time (AUTO_SERVER).
     * Commits are written at once (WRITE_DELAY=0). Each connection keeps 64 parsed statements (H2's default 8 is
     * fewer than one ask runs). The space of dead chunks is reused after {@link EmbeddedHousekeeping#RETENTION_MS}
     * instead of H2's 45 s, so the file does not grow with chunks waiting out that time; the housekeeping job's
     * flushes keep the shorter wait safe. Measurements behind these values: README, «Встроенная H2».
     */
    public static DatabaseSettings embedded(Path dataDir) {
        String file = dataDir.toAbsolutePath().resolve("chat").toString();
        return new DatabaseSettings("jdbc:h2:file:" + file
                + ";AUTO_SERVER=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=20000;WRITE_DELAY=0;QUERY_CACHE_SIZE=64;RETENTION_TIME=" + EmbeddedHousekeeping.RETENTION_MS,
                "sa", "");
    }

    /**
     * A throwaway H2 file in {@code dir} with the embedded default's settings, except that no other process may open
     * it (no AUTO_SERVER): the start-up warm-up writes there what the node's own file would get.
     */
    public static DatabaseSettings embeddedScratch(Path dir) {
        DatabaseSettings embedded = embedded(dir);
        return new DatabaseSettings(embedded.url().replace(";AUTO_SERVER=TRUE", ""), embedded.user(), embedded.password());
    }

    public boolean postgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The URL without credentials or options, safe to print. */
    public String describe() {
        int cut = url.indexOf(postgres() ? '?' : ';');
        return cut < 0 ? url : url.substring(0, cut);
    }
}
