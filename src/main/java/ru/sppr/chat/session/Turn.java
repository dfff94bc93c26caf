package ru.sppr.chat.session;

import java.time.Instant;
import java.util.List;

/** One utterance in a session; assistant turns carry confidence, intent and citations. */
public record Turn(long id, long sessionId, int position, TurnRole role, String content, Double confidence,
                   String intent, Instant createdAt, List<Citation> citations) {
    public Turn {
        citations = List.copyOf(citations);
    }
}
