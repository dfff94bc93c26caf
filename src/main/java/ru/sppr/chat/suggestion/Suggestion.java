package ru.sppr.chat.suggestion;

/** A next action offered to the operator; {@code kind} identifies it for the cooldown, {@code text} is shown. */
public record Suggestion(String kind, String text) {}
