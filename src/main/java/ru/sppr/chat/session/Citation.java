package ru.sppr.chat.session;

import java.time.Instant;

/** A source an answer cites as {@code [ordinal]}, as stored with the turn. */
public record Citation(int ordinal, String sourceId, String title, String type, String location, Instant observedAt,
                       String snippet, double score) {}
