package ru.sppr.chat.answer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ru.sppr.chat.intent.Intent;
import ru.sppr.chat.knowledge.SearchHit;

/** Everything the composer needs for one answer; no clock or store behind it. */
public record Request(Intent intent, String question, List<SearchHit> hits, Instant now, Duration freshness,
                      Optional<Prior> prior) {
    public Request {
        hits = List.copyOf(hits);
    }

    Language language() {
        return Language.of(question);
    }
}
