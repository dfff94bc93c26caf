package ru.sppr.chat.answer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.sppr.chat.intent.Intent;
import ru.sppr.chat.knowledge.search.SearchHit;

/**
 * Everything the composer needs for one answer; no clock or store behind it. {@code focus} is what the answer
 * must be about: the question, or for a follow-up the question with the topic of the previous one; {@code weights}
 * tell how informative each of its words is in the knowledge base; {@code words} is the length budget of the answer
 * (lists and reports are allowed more, see the composer).
 */
public record Request(Intent intent, String question, String focus, List<SearchHit> hits, Map<String, Double> weights,
                      Instant now, Duration freshness, Optional<Prior> prior, int words, boolean subjectCarried) {
    /** An answer is at most this many words ({@link Words}) unless it is a list or a report. */
    public static final int MAX_WORDS = 60;

    public Request {
        hits = List.copyOf(hits);
        weights = Map.copyOf(weights);
        if (words < 10) {
            throw new IllegalArgumentException("an answer needs a budget of at least 10 words, got " + words);
        }
    }

    public Request(Intent intent, String question, String focus, List<SearchHit> hits, Map<String, Double> weights,
                   Instant now, Duration freshness, Optional<Prior> prior) {
        this(intent, question, focus, hits, weights, now, freshness, prior, MAX_WORDS, false);
    }

    /**
     * The same request for a follow-up that names nothing of its own («а объезд?», «а детей?»): its words add to what
     * the questions before were about, which {@code focus} holds.
     */
    public Request withSubjectCarried() {
        return new Request(intent, question, focus, hits, weights, now, freshness, prior, words, true);
    }

    Language language() {
        return Language.of(question);
    }

    /** The same request handled as another intent. */
    public Request as(Intent other) {
        return new Request(other, question, focus, hits, weights, now, freshness, prior, words, subjectCarried);
    }

    /** The same request answered from {@code others} of the fragments found. */
    public Request from(List<SearchHit> others) {
        return new Request(intent, question, focus, others, weights, now, freshness, prior, words, subjectCarried);
    }

    /** The same request with room for {@code fewer} words less (for a note the dialogue puts in front). */
    public Request shorterBy(int fewer) {
        return new Request(intent, question, focus, hits, weights, now, freshness, prior, words - fewer, subjectCarried);
    }
}
