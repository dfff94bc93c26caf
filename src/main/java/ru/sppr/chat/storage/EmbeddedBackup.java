package ru.sppr.chat.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Backup and restore of the embedded store. H2's online {@code BACKUP TO} writes a consistent copy while the
 * server keeps working; the search index is not copied — it is derived and is rebuilt from the database when the
 * restored home is opened.
 */
public final class EmbeddedBackup {
    public static final String ARCHIVE = "chat-db.zip";

    private EmbeddedBackup() {
    }

    /** Writes {@code dir/chat-db.zip}; refuses for PostgreSQL (use pg_dump there). */
    public static Path backup(Database database, Path dir) {
        if (database.settings().postgres()) {
            throw new IllegalStateException("резервная копия средствами сервиса — только для встроенной базы; для PostgreSQL используйте pg_dump");
        }
        try {
            Files.createDirectories(dir);
            Path archive = dir.toAbsolutePath().resolve(ARCHIVE);
            Files.deleteIfExists(archive);
            database.jdbi().useHandle(h -> h.execute("BACKUP TO '" + archive.toString().replace("'", "''") + "'"));
            return archive;
        } catch (IOException e) {
            throw new UncheckedIOException("не удалось создать каталог копии " + dir, e);
        }
    }

    /** Replaces the database files of {@code dataDir} with the archive's and drops the index; the service must be stopped. */
    public static void restore(Path dataDir, Path dir) {
        Path archive = dir.resolve(ARCHIVE);
        if (!Files.isRegularFile(archive)) {
            throw new IllegalArgumentException("в " + dir + " нет " + ARCHIVE);
        }
        if (Files.exists(dataDir.resolve("chat.lock.db"))) {
            throw new IllegalStateException("база в " + dataDir + " открыта (работает сервер?) — остановите его перед восстановлением");
        }
        try {
            Files.createDirectories(dataDir);
            try (InputStream in = Files.newInputStream(archive); var zip = new ZipInputStream(in)) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    Path target = dataDir.resolve(entry.getName()).normalize();
                    if (!target.startsWith(dataDir) || entry.isDirectory()) {
                        continue;
                    }
                    Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            deleteRecursively(dataDir.resolve("index"));
        } catch (IOException e) {
            throw new UncheckedIOException("не удалось восстановить из " + archive, e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
