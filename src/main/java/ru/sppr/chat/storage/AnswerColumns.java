package ru.sppr.chat.storage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import ru.sppr.chat.session.AnswerLink;
import ru.sppr.chat.session.Citation;
import ru.sppr.chat.suggestion.Suggestion;
import ru.sppr.chat.suggestion.SuggestionKind;

/**
 * The citations, the suggestions and the linked cards of an answer, kept as JSON arrays in the answer's own row of {@code chat_turns}.
 * They are written once with the answer, never changed, and always read with it; as rows of tables of their own
 * they cost every ask two more tables and three more indexes to update. The keys are spelled out here, so a
 * renamed field of {@link Citation} cannot silently change what is stored. Long texts are clipped to the bounds
 * their columns had.
 */
final class AnswerColumns {
    private static final int MAX_TITLE = 512;
    private static final int MAX_LOCATION = 256;
    private static final int MAX_SNIPPET = 4000;
    private static final int MAX_SUGGESTION = 512;
    private static final int MAX_LINK_TITLE = 512;

    private static final JsonFactory JSON = new JsonFactory();

    private AnswerColumns() {
    }

    /** The citations as a JSON array; null when there are none. {@code observed_at_us}: microseconds since 1970. */
    static String writeCitations(List<Citation> citations) {
        return writeArray(citations, (json, c) -> {
            json.writeNumberField("ordinal", c.ordinal());
            json.writeStringField("source_id", c.sourceId());
            json.writeStringField("title", clip(c.title(), MAX_TITLE));
            json.writeStringField("type", c.type());
            json.writeStringField("location", clip(c.location(), MAX_LOCATION));
            if (c.observedAt() != null) {
                json.writeNumberField("observed_at_us", ChronoUnit.MICROS.between(Instant.EPOCH, c.observedAt()));
            }
            json.writeStringField("snippet", clip(c.snippet(), MAX_SNIPPET));
            json.writeNumberField("score", c.score());
        });
    }

    /** Read with a streaming parser: an ask reads the citations of its recent answers, so this is on the hot path. */
    static List<Citation> readCitations(String column) {
        var citations = new ArrayList<Citation>();
        read(column, json -> {
            int ordinal = 0;
            String sourceId = null, title = null, type = null, location = null, snippet = null;
            Instant observedAt = null;
            double score = 0;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "ordinal" -> ordinal = json.getIntValue();
                    case "source_id" -> sourceId = text(json, value);
                    case "title" -> title = text(json, value);
                    case "type" -> type = text(json, value);
                    case "location" -> location = text(json, value);
                    case "observed_at_us" -> observedAt = Instant.EPOCH.plus(json.getLongValue(), ChronoUnit.MICROS);
                    case "snippet" -> snippet = text(json, value);
                    case "score" -> score = json.getDoubleValue();
                    default -> json.skipChildren();
                }
            }
            citations.add(new Citation(ordinal, sourceId, title, type, location, observedAt, snippet, score));
        });
        return citations;
    }

    /** The suggestions as a JSON array; null when there are none. */
    static String writeSuggestions(List<Suggestion> suggestions) {
        return writeArray(suggestions, (json, s) -> {
            json.writeStringField("kind", s.kind().code());
            json.writeStringField("text", clip(s.text(), MAX_SUGGESTION));
        });
    }

    /** The suggestions of an answer; one of a kind this version does not know (none so far) is left out. */
    static List<Suggestion> readSuggestions(String column) {
        var suggestions = new ArrayList<Suggestion>();
        read(column, json -> {
            String kind = null, text = null;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "kind" -> kind = text(json, value);
                    case "text" -> text = text(json, value);
                    default -> json.skipChildren();
                }
            }
            String shown = text;
            SuggestionKind.fromCode(kind).ifPresent(k -> suggestions.add(new Suggestion(k, shown)));
        });
        return suggestions;
    }

    /** The linked cards as a JSON array; null when there are none. */
    static String writeLinks(List<AnswerLink> links) {
        return writeArray(links, (json, l) -> {
            json.writeStringField("kind", l.kind());
            json.writeStringField("id", l.id());
            json.writeStringField("title", clip(l.title(), MAX_LINK_TITLE));
        });
    }

    /** The linked cards of an answer; one of a kind this version does not know is left out. */
    static List<AnswerLink> readLinks(String column) {
        var links = new ArrayList<AnswerLink>();
        read(column, json -> {
            String kind = null, id = null, title = null;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "kind" -> kind = text(json, value);
                    case "id" -> id = text(json, value);
                    case "title" -> title = text(json, value);
                    default -> json.skipChildren();
                }
            }
            if ((AnswerLink.ENTITY.equals(kind) || AnswerLink.INCIDENT.equals(kind)) && id != null && title != null) {
                links.add(new AnswerLink(kind, id, title));
            }
        });
        return links;
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    private interface Fields<T> {
        /** Writes one item's fields into the object the generator has open. */
        void write(JsonGenerator json, T item) throws IOException;
    }

    /** The items as a JSON array with an object per item; null when there are none. */
    private static <T> String writeArray(List<T> items, Fields<T> fields) {
        if (items.isEmpty()) {
            return null;
        }
        var out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            for (T item : items) {
                json.writeStartObject();
                fields.write(json, item);
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string", e);
        }
        return out.toString();
    }

    private interface Element {
        /** Reads one object's fields; the parser stands on its START_OBJECT and is left on its END_OBJECT. */
        void read(JsonParser json) throws IOException;
    }

    /** Calls {@code element} for each object of the array in {@code column}; a null column is an empty array. */
    private static void read(String column, Element element) {
        if (column == null) {
            return;
        }
        try (JsonParser json = JSON.createParser(column)) {
            if (json.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalStateException("corrupt JSON column, not an array: " + column);
            }
            while (json.nextToken() == JsonToken.START_OBJECT) {
                element.read(json);
            }
        } catch (IOException e) {
            throw new IllegalStateException("corrupt JSON column: " + column, e);
        }
    }

    private static String text(JsonParser json, JsonToken value) throws IOException {
        return value == JsonToken.VALUE_NULL ? null : json.getText();
    }
}
