package ru.sppr.chat.knowledge.search;

import java.time.Instant;
import java.util.List;
import ru.sppr.chat.knowledge.source.SourceType;

/**
 * One fragment found: its source, where it sits, when it was observed, its score, the full text and an excerpt —
 * its best sentence with the character ranges of matched words ({@code highlights}, [start, end) pairs into it).
 */
public record SearchHit(String fragmentId, String sourceId, String title, SourceType type, String location,
                        String heading, Instant observedAt, double score, String text, Excerpt excerpt) {
    public SearchHit withScore(double newScore) {
        return new SearchHit(fragmentId, sourceId, title, type, location, heading, observedAt, newScore, text, excerpt);
    }

    /** The fragment's best sentence for the query. */
    public String snippet() {
        return excerpt.text();
    }

    public List<int[]> highlights() {
        return excerpt.highlights();
    }
}
