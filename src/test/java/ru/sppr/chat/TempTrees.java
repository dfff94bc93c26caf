package ru.sppr.chat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes a directory a test made outside JUnit's {@code @TempDir} (a static service home, a browser profile). */
public final class TempTrees {
    private static final int ATTEMPTS = 5;

    private TempTrees() {
    }

    /**
     * Deletes the directory and everything under it. A process that has just stopped (a browser) may still be writing
     * there, so a tree that is not gone is tried again a few times, 200 ms apart; what is left after that is reported
     * on stderr, not failed on (the test itself has passed or failed by then).
     */
    public static void delete(Path dir) {
        IOException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS && Files.exists(dir); attempt++) {
            try (Stream<Path> tree = Files.walk(dir)) {
                for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException | UncheckedIOException e) {
                last = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                pause();
            }
        }
        if (Files.exists(dir)) {
            System.err.println("TempTrees: could not delete " + dir + ": " + last);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
