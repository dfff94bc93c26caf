package ru.sppr.chat.knowledge.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import ru.sppr.chat.knowledge.analysis.Sentences;
import ru.sppr.chat.knowledge.source.EventLine;
import ru.sppr.chat.knowledge.source.SourceType;

/**
 * JSON Lines (and JSON arrays): lines with an {@code id} or {@code title} are sources of their own (records);
 * otherwise lines with a time field are events of one event log, each a time-stamped fragment.
 */
final class JsonLinesParser implements SourceParser {
    static final List<String> TIME_FIELDS = List.of("time", "timestamp", "date", "datetime", "observed_at", "ts", "at");
    /** A fragment's location holds 256 characters. */
    private static final int MAX_ORIGIN = 200;
    private static final List<String> ORIGIN_FIELDS = List.of("source", "publisher", "channel", "author", "origin");
    private static final List<String> TEXT_FIELDS = List.of("text", "content", "message", "description", "body", "event");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DateFinder dates;

    JsonLinesParser(DateFinder dates) {
        this.dates = dates;
    }

    @Override
    public void parse(Path file, Consumer<ParsedSource> out) throws IOException {
        var collector = new Collector(out);
        if (file.getFileName().toString().toLowerCase().endsWith(".json")) {
            JsonNode root = readWhole(file);
            int position = 0;
            for (JsonNode node : root.isArray() ? root : List.of(root)) {
                collector.add(node, ++position);
            }
        } else {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int lineNumber = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lineNumber++;
                    if (!line.isBlank()) {
                        collector.add(read(line, file, lineNumber), lineNumber);
                    }
                }
            }
        }
        collector.finish(file);
    }

    /** Emits records as they come and gathers events into one event-log source. */
    private final class Collector {
        private final Consumer<ParsedSource> out;
        private final List<Block> events = new ArrayList<>();
        private Instant latest;
        private int records;

        Collector(Consumer<ParsedSource> out) {
            this.out = out;
        }

        void add(JsonNode node, int position) {
            if (isRecord(node)) {
                out.accept(record(node));
                records++;
                return;
            }
            Block event = event(node, position);
            events.add(event);
            if (event.observedAt() != null && (latest == null || event.observedAt().isAfter(latest))) {
                latest = event.observedAt();
            }
        }

        void finish(Path file) {
            if (!events.isEmpty()) {
                out.accept(new ParsedSource(records == 0 ? null : "events", "Журнал событий: " + file.getFileName(),
                        SourceType.EVENTS, latest, events));
            }
        }
    }

    private static JsonNode readWhole(Path file) throws IOException {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null) {
                throw new UnreadableSourceException(file.getFileName() + ": пустой JSON");
            }
            return root;
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new UnreadableSourceException(file.getFileName() + ": некорректный JSON"
                    + (at == null ? "" : " (строка " + at.getLineNr() + ", позиция " + at.getColumnNr() + ")"));
        }
    }

    private static JsonNode read(String line, Path file, int lineNumber) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                throw new UnreadableSourceException(file.getFileName() + ", строка " + lineNumber + ": ожидается JSON-объект");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new UnreadableSourceException(file.getFileName() + ", строка " + lineNumber + ": некорректный JSON");
        }
    }

    private static boolean isRecord(JsonNode node) {
        return node.isObject() && (node.hasNonNull("id") || node.hasNonNull("title")) && text(node) != null;
    }

    private ParsedSource record(JsonNode node) {
        String text = text(node);
        String title = node.hasNonNull("title") ? node.get("title").asText() : Sentences.split(text).getFirst();
        String key = node.hasNonNull("id") ? node.get("id").asText() : null;
        return new ParsedSource(key, title, SourceType.RECORD, time(node), List.of(Block.paragraph(text, origin(node), null)));
    }

    /**
     * An event as a person reads it: «17:30 09.04.2026 МСК — переправа, мост у с. Ключи: Движение закрыто…» — its time
     * in the service's zone, labelled ({@link EventLine}), whatever offset the log wrote it with; its other fields'
     * values without their names, then its text.
     */
    private Block event(JsonNode node, int lineNumber) {
        Instant at = time(node);
        List<String> fields = new ArrayList<>();
        node.fields().forEachRemaining(e -> {
            if (!TIME_FIELDS.contains(e.getKey()) && !TEXT_FIELDS.contains(e.getKey()) && e.getValue().isValueNode()
                    && !e.getValue().asText().isBlank()) {
                fields.add(e.getValue().asText().strip());
            }
        });
        String body = text(node);
        String head = String.join(", ", fields);
        String text = (body == null ? head : head.isEmpty() ? body : head + ": " + body).strip();
        return new Block(at == null ? text : EventLine.of(at, dates.zone(), text), "событие " + lineNumber, null, at, true);
    }

    /**
     * Who published a record — «Telegram channel «112» (id …), message 18629», an agency, an author — kept as the place the
     * record is found at, so that «откуда данные?» names the channel; null when the record does not say.
     */
    private static String origin(JsonNode node) {
        return ORIGIN_FIELDS.stream().filter(f -> node.hasNonNull(f) && node.get(f).isValueNode() && !node.get(f).asText().isBlank())
                .map(f -> node.get(f).asText().strip()).map(o -> o.length() <= MAX_ORIGIN ? o : o.substring(0, MAX_ORIGIN - 1) + "…")
                .findFirst().orElse(null);
    }

    private static String text(JsonNode node) {
        for (String field : TEXT_FIELDS) {
            if (node.hasNonNull(field) && !node.get(field).asText().isBlank()) {
                return node.get(field).asText();
            }
        }
        return null;
    }

    private Instant time(JsonNode node) {
        for (String field : TIME_FIELDS) {
            if (node.hasNonNull(field)) {
                var parsed = dates.parseValue(node.get(field).asText());
                if (parsed.isPresent()) {
                    return parsed.get();
                }
            }
        }
        return null;
    }
}
