package ru.sppr.chat.suggestion;

/** What the suggestions are chosen from: how sure the answer is and what its evidence looks like. */
public record AnswerState(boolean russian, boolean grounded, double confidence, boolean unsure, int sources,
                          boolean dated, boolean stale, boolean conflict, String intent) {}
