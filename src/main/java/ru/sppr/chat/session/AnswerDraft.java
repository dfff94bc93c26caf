package ru.sppr.chat.session;

import java.util.List;
import java.util.Objects;

/** The assistant's reply as it will be stored: text, confidence in [0,1], intent and citations. */
public record AnswerDraft(String text, double confidence, String intent, double intentConfidence, List<Citation> citations) {
    public AnswerDraft {
        Objects.requireNonNull(text, "text");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
        }
        citations = List.copyOf(citations);
    }
}
