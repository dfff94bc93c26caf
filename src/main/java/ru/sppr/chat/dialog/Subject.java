package ru.sppr.chat.dialog;

import java.util.Objects;

/** A place or object an answer is about, as the situation model knows it: its card's key and how it is named. */
public record Subject(String entityKey, String name) {
    public Subject {
        Objects.requireNonNull(entityKey, "entityKey");
        Objects.requireNonNull(name, "name");
    }
}
