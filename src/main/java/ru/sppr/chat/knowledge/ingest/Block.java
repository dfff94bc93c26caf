package ru.sppr.chat.knowledge.ingest;

import java.time.Instant;

/**
 * A structural piece of parsed content: a paragraph under a heading, a table row with its header, an event.
 * {@code standalone} blocks (rows, events, records) always become fragments of their own.
 */
record Block(String text, String location, String heading, Instant observedAt, boolean standalone) {
    static Block paragraph(String text, String location, String heading) {
        return new Block(text, location, heading, null, false);
    }
}
