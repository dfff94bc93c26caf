package ru.sppr.chat.knowledge.search;

/**
 * Freshness decay of time-stamped fragments:
 * {@code factor = FLOOR + (1 − FLOOR) · decay ^ (age_hours / window_hours)}, where decay is
 * {@code CHAT_RETRIEVAL_DECAY} and the window {@code CHAT_RETRIEVAL_FRESHNESS_H}; age is measured from the
 * request's reference time and never negative. The floor keeps relevance in charge: old material loses at most
 * half its score, so freshness decides between comparably relevant fragments. Fragments without a time keep 1.
 */
public record Freshness(double decay, double windowHours) {
    public static final double FLOOR = 0.5;
    private static final double MILLIS_PER_HOUR = 3_600_000.0;

    public double factor(long observedMillis, long referenceMillis) {
        double ageHours = Math.max(0, referenceMillis - observedMillis) / MILLIS_PER_HOUR;
        return FLOOR + (1 - FLOOR) * Math.pow(decay, ageHours / windowHours);
    }
}
