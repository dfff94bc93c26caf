package ru.sppr.chat.answer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.sppr.chat.intent.Intent;
import ru.sppr.chat.knowledge.SearchHit;

/**
 * Everything the composer needs for one answer; no clock or store behind it. {@code focus} is what the answer
 * must be about: the question, or for a follow-up the question with the topic of the previous one; {@code weights}
 * tell how informative each of its words is in the knowledge base.
 */
public record Request(Intent intent, String question, String focus, List<SearchHit> hits, Map<String, Double> weights,
                      Instant now, Duration freshness, Optional<Prior> prior) {
    public Request {
        hits = List.copyOf(hits);
        weights = Map.copyOf(weights);
    }

    Language language() {
        return Language.of(question);
    }

    /** The same request handled as another intent. */
    public Request as(Intent other) {
        return new Request(other, question, focus, hits, weights, now, freshness, prior);
    }
}
