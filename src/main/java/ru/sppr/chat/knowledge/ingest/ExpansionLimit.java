package ru.sppr.chat.knowledge.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Refuses a ZIP-based document (DOCX, XLSX, PPTX, ODF, EPUB) that expands too far before any parser builds it in
 * memory: every entry is inflated through a counting read, with the declared sizes ignored (they can lie), and the
 * read stops as soon as the total passes {@value #MAX_EXPANDED_BYTES} bytes or {@value #MAX_RATIO} times the file.
 * Memory stays at one buffer; time at most one pass over the limit.
 */
final class ExpansionLimit {
    static final long MAX_EXPANDED_BYTES = 256L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    /** Below this much expanded content the ratio does not matter (small files of repetitive XML compress well). */
    private static final long RATIO_GRACE_BYTES = 16L * 1024 * 1024;
    private static final int MAX_ENTRIES = 20_000;
    static final String BOMB = "похоже на архив-бомбу: содержимое распаковывается во много раз больше файла; файл не загружен";

    private ExpansionLimit() {
    }

    /** How far a file of {@code size} bytes may expand: 100 times, at least 16 MiB, at most 256 MiB. */
    static long limitFor(long size) {
        return Math.min(MAX_EXPANDED_BYTES, Math.max(RATIO_GRACE_BYTES, MAX_RATIO * size));
    }

    static void check(Path file) throws IOException {
        long limit = limitFor(Files.size(file));
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw new UnreadableSourceException(file.getFileName() + ": в архиве больше " + MAX_ENTRIES + " частей");
            }
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        total += n;
                        if (total > limit) {
                            throw new UnreadableSourceException(file.getFileName() + ": " + BOMB);
                        }
                    }
                }
            }
        } catch (ZipException e) {
            throw new UnreadableSourceException(file.getFileName() + ": повреждённый архив документа", e);
        }
    }
}
