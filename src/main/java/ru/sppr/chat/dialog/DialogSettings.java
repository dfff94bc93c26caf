package ru.sppr.chat.dialog;

import java.time.Duration;

/**
 * Tunables of a turn: the question limit per session, the intent threshold, how many fragments to retrieve,
 * how many suggestions and their cooldown, the freshness window for status answers, and the confidence below
 * which an answer says it is unsure.
 */
public record DialogSettings(int maxQuestions, double intentThreshold, int retrieve, int suggestions,
                             Duration cooldown, Duration freshness, double unsureBelow) {}
