package ru.sppr.chat.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import ru.sppr.chat.knowledge.source.OriginalStore;

/** {@link OriginalStore} over {@code kb_originals}; the file is streamed in, read back whole (at most 200 MiB). */
public final class JdbiOriginalStore implements OriginalStore {
    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiOriginalStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public void keep(String origin, String fileName, Path file, String sha256) {
        jdbi.useTransaction(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM kb_originals WHERE origin = :origin").bind("origin", origin)
                    .mapTo(Integer.class).one() > 0) {
                return;
            }
            try (InputStream in = Files.newInputStream(file); PreparedStatement insert = h.getConnection().prepareStatement(
                    "INSERT INTO kb_originals (origin, file_name, size_bytes, content_sha256, content, stored_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?)")) {
                long size = Files.size(file);
                insert.setString(1, origin);
                insert.setString(2, fileName);
                insert.setLong(3, size);
                insert.setString(4, sha256);
                insert.setBinaryStream(5, in, size);
                insert.setObject(6, Times.bind(clock.instant()));
                insert.executeUpdate();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot keep the original of " + origin, e);
            }
        });
    }

    @Override
    public Optional<Original> find(String origin) {
        return jdbi.withHandle(h -> h.createQuery("SELECT file_name, content FROM kb_originals WHERE origin = :origin")
                .bind("origin", origin)
                .map((rs, ctx) -> new Original(rs.getString("file_name"), readAll(rs.getBinaryStream("content"))))
                .findOne());
    }

    @Override
    public Optional<String> sourceWithSameContent(String sha256, long size) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT s.id FROM kb_originals o JOIN kb_sources s ON s.origin = o.origin
                        WHERE o.content_sha256 = :sha AND o.size_bytes = :size ORDER BY s.id LIMIT 1""")
                .bind("sha", sha256).bind("size", size).mapTo(String.class).findOne());
    }

    @Override
    public boolean referenced(String origin) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM kb_sources WHERE origin = :origin")
                .bind("origin", origin).mapTo(Integer.class).one() > 0);
    }

    @Override
    public void remove(String origin) {
        jdbi.useHandle(h -> h.createUpdate("""
                        DELETE FROM kb_originals WHERE origin = :origin
                        AND NOT EXISTS (SELECT 1 FROM kb_sources s WHERE s.origin = kb_originals.origin)""")
                .bind("origin", origin).execute());
    }

    @Override
    public int removeUnreferenced(Instant storedBefore) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        DELETE FROM kb_originals WHERE stored_at < :before
                        AND NOT EXISTS (SELECT 1 FROM kb_sources s WHERE s.origin = kb_originals.origin)""")
                .bind("before", Times.bind(storedBefore)).execute());
    }

    private static byte[] readAll(InputStream in) throws SQLException {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new SQLException("cannot read an original", e);
        }
    }
}
