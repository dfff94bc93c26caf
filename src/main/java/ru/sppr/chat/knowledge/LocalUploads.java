package ru.sppr.chat.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;
import ru.sppr.chat.knowledge.ingest.Ingestion;
import ru.sppr.chat.knowledge.source.OriginalStore;

/** Uploaded files on this node's disk: the working copy of an upload, and originals left from before version 12. */
final class LocalUploads {
    private LocalUploads() {
    }

    /** Copies {@code content} to {@code target} (or only reads it, if null); returns the SHA-256 of its bytes. */
    static String copy(InputStream content, Path target) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (var in = new DigestInputStream(content, digest)) {
            if (target == null) {
                in.transferTo(OutputStream.nullOutputStream());
            } else {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Moves the originals lying in {@code uploads} ({@code UUID/name}, as uploads were kept before schema 12, or as an
     * older backup's {@code uploads.tar} restores them) into {@code originals}; a file no source comes from stays.
     */
    static int adopt(Path uploads, OriginalStore originals) {
        if (!Files.isDirectory(uploads)) {
            return 0;
        }
        int adopted = 0;
        try (Stream<Path> files = Files.walk(uploads, 2)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String origin = Ingestion.UPLOAD_PREFIX + uploads.relativize(file).toString().replace('\\', '/');
                if (originals.referenced(origin)) {
                    originals.keep(origin, file.getFileName().toString(), file, copy(Files.newInputStream(file), null));
                    KnowledgeBase.discard(file);
                    adopted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("не удалось перенести загруженные файлы из " + uploads + " в базу", e);
        }
        if (adopted > 0) {
            LoggerFactory.getLogger(LocalUploads.class).info("Moved {} uploaded originals from {} into the database", adopted, uploads);
        }
        return adopted;
    }
}
