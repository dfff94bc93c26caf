package ru.sppr.chat.session;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import ru.sppr.chat.intent.Intent;
import ru.sppr.chat.suggestion.Suggestion;

/**
 * The assistant's reply as it will be stored: text, confidence in [0,1], the intent it was handled as (and whether
 * that was a fallback), its citations, the suggestions offered with it until {@code suggestionsExpire}, and the cards
 * it links (the place or object it is about first, then the incident it used).
 */
public record AnswerDraft(String text, double confidence, Intent intent, double intentConfidence, boolean intentFallback,
                          List<Citation> citations, List<Suggestion> suggestions, Instant suggestionsExpire,
                          List<AnswerLink> links) {
    public AnswerDraft {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(intent, "intent");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
        }
        citations = List.copyOf(citations);
        suggestions = List.copyOf(suggestions);
        links = List.copyOf(links);
    }

    /** A reply that links no cards. */
    public AnswerDraft(String text, double confidence, Intent intent, double intentConfidence, boolean intentFallback,
                       List<Citation> citations, List<Suggestion> suggestions, Instant suggestionsExpire) {
        this(text, confidence, intent, intentConfidence, intentFallback, citations, suggestions, suggestionsExpire, List.of());
    }

    /** A reply with no citations or suggestions. */
    public static AnswerDraft plain(String text, double confidence, Intent intent) {
        return new AnswerDraft(text, confidence, intent, 0, false, List.of(), List.of(), Instant.EPOCH);
    }
}
