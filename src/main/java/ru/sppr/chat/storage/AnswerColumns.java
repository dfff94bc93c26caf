package ru.sppr.chat.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ru.sppr.chat.session.Citation;
import ru.sppr.chat.suggestion.Suggestion;

/**
 * The citations and the suggestions of an answer, kept as JSON arrays in the answer's own row of {@code chat_turns}.
 * They are written once with the answer, never changed, and always read with it; as rows of tables of their own
 * they cost every ask two more tables and three more indexes to update. The keys are spelled out here, so a
 * renamed field of {@link Citation} cannot silently change what is stored. Long texts are clipped to the bounds
 * their columns had.
 */
final class AnswerColumns {
    static final int MAX_TITLE = 512;
    static final int MAX_LOCATION = 256;
    static final int MAX_SNIPPET = 4000;
    static final int MAX_SUGGESTION = 512;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnswerColumns() {
    }

    /** The citations as a JSON array; null when there are none. */
    static String writeCitations(List<Citation> citations) {
        if (citations.isEmpty()) {
            return null;
        }
        ArrayNode array = MAPPER.createArrayNode();
        for (Citation c : citations) {
            ObjectNode node = array.addObject()
                    .put("ordinal", c.ordinal())
                    .put("source_id", c.sourceId())
                    .put("title", clip(c.title(), MAX_TITLE))
                    .put("type", c.type())
                    .put("location", clip(c.location(), MAX_LOCATION))
                    .put("snippet", clip(c.snippet(), MAX_SNIPPET))
                    .put("score", c.score());
            if (c.observedAt() != null) {
                node.put("observed_at", c.observedAt().toString());
            }
        }
        return array.toString();
    }

    static List<Citation> readCitations(String json) {
        var citations = new ArrayList<Citation>();
        for (JsonNode c : parse(json)) {
            citations.add(new Citation(c.path("ordinal").asInt(), text(c, "source_id"), text(c, "title"), text(c, "type"),
                    text(c, "location"), c.hasNonNull("observed_at") ? Instant.parse(c.get("observed_at").asText()) : null,
                    text(c, "snippet"), c.path("score").asDouble()));
        }
        return citations;
    }

    /** The suggestions as a JSON array; null when there are none. */
    static String writeSuggestions(List<Suggestion> suggestions) {
        if (suggestions.isEmpty()) {
            return null;
        }
        ArrayNode array = MAPPER.createArrayNode();
        for (Suggestion s : suggestions) {
            array.addObject().put("kind", s.kind()).put("text", clip(s.text(), MAX_SUGGESTION));
        }
        return array.toString();
    }

    static List<Suggestion> readSuggestions(String json) {
        var suggestions = new ArrayList<Suggestion>();
        for (JsonNode s : parse(json)) {
            suggestions.add(new Suggestion(text(s, "kind"), text(s, "text")));
        }
        return suggestions;
    }

    static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    private static JsonNode parse(String json) {
        if (json == null) {
            return MAPPER.createArrayNode();
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt JSON column: " + json, e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
