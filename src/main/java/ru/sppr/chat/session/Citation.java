package ru.sppr.chat.session;

/** A source an answer cites as {@code [ordinal]}, as stored with the turn. */
public record Citation(int ordinal, String sourceId, String title, String location, String snippet, double score) {}
