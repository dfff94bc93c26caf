package ru.sppr.chat.answer;

import java.util.List;

/** What the assistant replies; one type per kind of reply, so every consumer handles each explicitly. */
public sealed interface Answer permits Answer.Grounded, Answer.NoEvidence, Answer.Conversational {
    String text();

    /** Built from the knowledge base: every sentence carries a citation mark that resolves to {@code citations}. */
    record Grounded(String text, List<Cited> citations, Evidence evidence) implements Answer {
        public Grounded {
            citations = List.copyOf(citations);
        }
    }

    /** The knowledge base holds nothing relevant enough; said plainly, with nothing made up. */
    record NoEvidence(String text) implements Answer {}

    /** Small talk or help, no retrieval. */
    record Conversational(String text) implements Answer {}
}
