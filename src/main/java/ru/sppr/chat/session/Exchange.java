package ru.sppr.chat.session;

/** A question and its answer, written together: both or neither are in the database. */
public record Exchange(Turn question, Turn answer) {}
