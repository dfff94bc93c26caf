package ru.sppr.chat.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A throwaway data directory for one measuring run, deleted with everything in it when the run ends. */
public final class TempHome implements AutoCloseable {
    private final Path path;

    private TempHome(Path path) {
        this.path = path;
    }

    /** A new empty directory under the system's temporary directory, its name starting with {@code prefix}. */
    public static TempHome create(String prefix) throws IOException {
        return new TempHome(Files.createTempDirectory(prefix));
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> tree = Files.walk(path)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
