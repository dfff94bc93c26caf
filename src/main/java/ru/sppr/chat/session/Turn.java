package ru.sppr.chat.session;

import java.time.Instant;
import java.util.List;

/** One utterance in a session; assistant turns carry confidence, intent, citations and the cards they link. */
public record Turn(long id, long sessionId, int position, TurnRole role, String content, Double confidence,
                   String intent, Instant createdAt, List<Citation> citations, List<AnswerLink> links) {
    public Turn {
        citations = List.copyOf(citations);
        links = List.copyOf(links);
    }

    /** A turn that links no cards. */
    public Turn(long id, long sessionId, int position, TurnRole role, String content, Double confidence,
                String intent, Instant createdAt, List<Citation> citations) {
        this(id, sessionId, position, role, content, confidence, intent, createdAt, citations, List.of());
    }
}
