package ru.sppr.chat.feedback;

/** Feedback counts and the mean normalised score (0 = all negative, 1 = all positive); mean is null without data. */
public record FeedbackStats(long count, long negative, Double mean) {}
