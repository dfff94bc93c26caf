package ru.sppr.chat.session;

import java.util.Objects;

/**
 * A card an answer links, stored with it: {@code kind} {@code entity} (a place or object, {@code id} its key) or
 * {@code incident} ({@code id} its number), and the title shown on the link.
 */
public record AnswerLink(String kind, String id, String title) {
    public static final String ENTITY = "entity";
    public static final String INCIDENT = "incident";

    public AnswerLink {
        if (!ENTITY.equals(kind) && !INCIDENT.equals(kind)) {
            throw new IllegalArgumentException("link kind must be entity or incident: " + kind);
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }

    public static AnswerLink entity(String key, String name) {
        return new AnswerLink(ENTITY, key, name);
    }

    public static AnswerLink incident(long id, String title) {
        return new AnswerLink(INCIDENT, Long.toString(id), title);
    }

    public boolean incident() {
        return INCIDENT.equals(kind);
    }
}
