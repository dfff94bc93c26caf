package ru.sppr.chat.api;

import io.javalin.http.Context;
import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where Jetty writes the parts of one upload larger than 1 MiB while the form is read: a directory of its own under
 * the node's spill directory (not the system's {@code /tmp}), removed with everything in it when the upload ends,
 * however it ends — accepted, refused, 413 mid-stream, a malformed or aborted body, a failed ingest. Jetty itself
 * leaves its {@code MultiPart…} files behind when the handler fails or the process dies; what a killed node left is
 * removed by {@link #sweep} at its next start.
 */
public final class UploadSpill implements AutoCloseable {
    /** Jetty's request attribute for the multipart settings; Javalin sets its own only when this is absent. */
    private static final String MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";
    private static final Logger LOG = LoggerFactory.getLogger(UploadSpill.class);
    private final Path dir;

    private UploadSpill(Path dir) {
        this.dir = dir;
    }

    /** A fresh directory for this request's parts, set as its multipart location before the form is read. */
    static UploadSpill open(Context ctx, Path root) {
        try {
            Path dir = Files.createDirectories(root).resolve(UUID.randomUUID().toString());
            Files.createDirectory(dir);
            ctx.attribute(MULTIPART_CONFIG, new MultipartConfigElement(dir.toString(), UploadForm.MAX_FILE_BYTES,
                    UploadForm.MAX_REQUEST_BYTES, UploadForm.MAX_IN_MEMORY_BYTES));
            return new UploadSpill(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("не удалось создать каталог для загрузки в " + root, e);
        }
    }

    @Override
    public void close() {
        delete(dir);
    }

    /** Removes what uploads of a previous run of this node left in {@code root}; call before the node serves. */
    public static void sweep(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> left = Files.list(root)) {
            left.forEach(UploadSpill::delete);
        } catch (IOException e) {
            LOG.warn("Could not clean the upload spill directory {}: {}", root, e.toString());
        }
    }

    private static void delete(Path path) {
        try (Stream<Path> tree = Files.walk(path)) {
            tree.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("Could not delete the upload part {}: {}", p, e.toString());
                }
            });
        } catch (IOException e) {
            if (Files.exists(path)) {
                LOG.warn("Could not delete the upload parts in {}: {}", path, e.toString());
            }
        }
    }
}
