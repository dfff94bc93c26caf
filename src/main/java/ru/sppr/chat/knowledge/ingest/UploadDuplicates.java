package ru.sppr.chat.knowledge.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import ru.sppr.chat.knowledge.source.KnowledgeStore;
import ru.sppr.chat.knowledge.source.Source;
import ru.sppr.chat.knowledge.source.SourceDocument;

/**
 * Finds an earlier upload with exactly the same bytes as a new one (a renamed copy), whose source is still in the
 * base. Same-size files only are compared, byte by byte.
 */
public final class UploadDuplicates {
    private UploadDuplicates() {
    }

    public static Optional<Source> of(Path upload, Path uploads, KnowledgeStore store) {
        try (Stream<Path> files = Files.isDirectory(uploads) ? Files.walk(uploads, 2) : Stream.empty()) {
            long size = Files.size(upload);
            return files.filter(f -> !f.equals(upload) && Files.isRegularFile(f) && sameSize(f, size) && sameBytes(f, upload))
                    .map(f -> Ingestion.UPLOAD_PREFIX + uploads.relativize(f).toString().replace('\\', '/'))
                    .map(origin -> store.load(SourceAssembler.id(null, origin)))
                    .flatMap(Optional::stream).map(SourceDocument::source).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean sameSize(Path file, long size) {
        try {
            return Files.size(file) == size;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean sameBytes(Path a, Path b) {
        try {
            return Files.mismatch(a, b) == -1;
        } catch (IOException e) {
            return false;
        }
    }
}
