package ru.sppr.chat.knowledge.source;

import java.time.Instant;

/**
 * A searchable piece of a source, with where it sits (page, section, table row, image) and, when known,
 * when what it says was observed.
 */
public record Fragment(String sourceId, int ordinal, String text, String location, String heading, Instant observedAt) {
    public String id() {
        return sourceId + "#" + ordinal;
    }
}
