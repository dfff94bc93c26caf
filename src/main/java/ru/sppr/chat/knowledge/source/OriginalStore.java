package ru.sppr.chat.knowledge.source;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Uploaded files as they came, kept in the database under the origin of the sources made from them: every node serves
 * them, and a copy of the database holds them.
 */
public interface OriginalStore {
    /** Keeps {@code file} under {@code origin}, unless something is kept there already. */
    void keep(String origin, String fileName, Path file, String sha256);

    /** The file kept under {@code origin}. */
    Optional<Original> find(String origin);

    /** A source still in the base that came from a file with exactly these bytes (its SHA-256 and size). */
    Optional<String> sourceWithSameContent(String sha256, long size);

    /** Whether some source in the base comes from {@code origin}. */
    boolean referenced(String origin);

    /** Removes the file kept under {@code origin} unless a source comes from it (an upload that added nothing). */
    void remove(String origin);

    /**
     * Removes the files kept before {@code storedBefore} that no source comes from any more (removed, or replaced by a
     * later upload); a file kept since may belong to an upload still being ingested. Returns how many.
     */
    int removeUnreferenced(Instant storedBefore);

    /** An uploaded file: its name and bytes. */
    record Original(String fileName, byte[] content) {
    }
}
