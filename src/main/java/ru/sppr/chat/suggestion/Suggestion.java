package ru.sppr.chat.suggestion;

import java.util.Objects;

/** A next action offered to the operator; {@code kind} identifies it for the cooldown, {@code text} is shown. */
public record Suggestion(SuggestionKind kind, String text) {
    public Suggestion {
        Objects.requireNonNull(kind, "kind");
    }
}
