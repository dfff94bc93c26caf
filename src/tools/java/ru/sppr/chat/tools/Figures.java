package ru.sppr.chat.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import ru.sppr.chat.api.Api;

/** Measured figures: printed as JSON on stdout and, when a file is named, written there too. */
public final class Figures {
    /** The API's JSON ({@link Api#mapper()}), indented, as the rest of the CLI prints it. */
    public static final ObjectMapper JSON = Api.mapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Figures() {
    }

    public static void print(Object figures, Path file) throws IOException {
        String json = JSON.writeValueAsString(figures);
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
    public static Path benchFile(Path requested, String name) {
        return requested != null ? requested
                : Path.of("bench-results", name + "-" + Instant.now().toString().replace(':', '-') + ".json");
    }
}
