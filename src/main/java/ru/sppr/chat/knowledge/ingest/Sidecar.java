package ru.sppr.chat.knowledge.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ru.sppr.chat.failure.ChatException;
import ru.sppr.chat.user.Clearance;

/**
 * Optional metadata next to a file, {@code <file>.meta.json}: {@code title}, {@code access}, {@code tags},
 * {@code observed_at}. It overrides what the file itself tells and the ingest command's defaults.
 */
record Sidecar(String title, Clearance access, List<String> tags, Instant observedAt) {
    static final String SUFFIX = ".meta.json";
    private static final Sidecar NONE = new Sidecar(null, null, List.of(), null);

    static boolean isSidecar(Path file) {
        return file.getFileName().toString().endsWith(SUFFIX);
    }

    static Sidecar of(Path file, DateFinder dates) {
        Path meta = file.resolveSibling(file.getFileName() + SUFFIX);
        if (!Files.isRegularFile(meta)) {
            return NONE;
        }
        try {
            JsonNode node = new ObjectMapper().readTree(meta.toFile());
            List<String> tags = new ArrayList<>();
            if (node.has("tags") && node.get("tags").isArray()) {
                node.get("tags").forEach(t -> tags.add(t.asText()));
            }
            return new Sidecar(node.hasNonNull("title") ? node.get("title").asText() : null,
                    node.hasNonNull("access") ? Clearance.parse("access", node.get("access").asText()) : null,
                    Tags.validated(tags),
                    node.hasNonNull("observed_at") ? dates.parseValue(node.get("observed_at").asText()).orElse(null) : null);
        } catch (ChatException e) {
            throw new UnreadableSourceException(meta.getFileName() + ": некорректные метаданные: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new UnreadableSourceException(meta.getFileName() + ": некорректные метаданные (ожидается JSON-объект)", e);
        }
    }
}
