package ru.sppr.chat.situation;

import java.util.Objects;

/**
 * A span of a fragment's text that names something: {@code key} identifies the referent whatever the form (lemmas,
 * lower case, «ё» as «е», prefixed by the kind of entity), {@code name} is how to show it, {@code subtype} the kind of
 * object (мост, гидропост, ПВР), the event type, or the time's interval.
 */
public record Mention(int start, int end, String text, MentionKind kind, String subtype, String key, String name) {
    public Mention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span " + start + ".." + end);
        }
    }

    /** Whether the two spans share a character. */
    public boolean overlaps(Mention other) {
        return start < other.end && other.start < end;
    }

    int length() {
        return end - start;
    }
}
