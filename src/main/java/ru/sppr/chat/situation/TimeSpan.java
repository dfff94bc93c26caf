package ru.sppr.chat.situation;

import java.time.Instant;

/**
 * A time expression found in text ({@code start}..{@code end}) and, when the text gave enough to anchor it, the
 * interval it means: {@code from} inclusive, {@code to} exclusive; a moment has {@code from == to}.
 */
public record TimeSpan(int start, int end, String text, Instant from, Instant to) {}
