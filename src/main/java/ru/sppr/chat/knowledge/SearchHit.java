package ru.sppr.chat.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * One fragment found: its source, where it sits, when it was observed, its score, the full text and a short
 * snippet with the character ranges of matched words ({@code highlights}, [start, end) pairs into the snippet).
 */
public record SearchHit(String fragmentId, String sourceId, String title, SourceType type, String location,
                        String heading, Instant observedAt, double score, String text, String snippet,
                        List<int[]> highlights) {
    public SearchHit withScore(double newScore) {
        return new SearchHit(fragmentId, sourceId, title, type, location, heading, observedAt, newScore, text, snippet,
                highlights);
    }
}
