package ru.sppr.chat.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Measured figures: printed as JSON on stdout and, when a file is named, written there too. */
final class Figures {
    private Figures() {
    }

    static void print(Object figures, Path file) throws IOException {
        String json = BackendCommand.JSON.writeValueAsString(figures);
        System.out.println(json);
        if (file != null) {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, json + "\n");
            System.err.println("записано в " + file.toAbsolutePath());
        }
    }

    /** The file a benchmark writes: the one asked for, or {@code bench-results/<name>-<time>.json}. */
    static Path benchFile(Path requested, String name) {
        return requested != null ? requested
                : Path.of("bench-results", name + "-" + Instant.now().toString().replace(':', '-') + ".json");
    }
}
