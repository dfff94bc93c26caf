package ru.sppr.chat.suggestion;

import ru.sppr.chat.intent.Intent;

/** What the suggestions are chosen from: whether the answer has evidence, how sure it is and what the evidence looks like. */
public sealed interface AnswerState {
    /** Whether the suggestions are worded in Russian (else English). */
    boolean russian();

    /** The intent the question was handled as. */
    Intent intent();

    /**
     * An answer from the knowledge base: its calibrated {@code confidence}, whether that is below the unsure threshold,
     * how many distinct sources it cites, whether any is dated, whether a status answer is out of date, and whether
     * the sources disagree.
     */
    record Grounded(boolean russian, Intent intent, double confidence, boolean unsure, int sources, boolean dated,
                    boolean stale, boolean conflict) implements AnswerState {}

    /** The knowledge base held nothing to answer from. */
    record NoEvidence(boolean russian, Intent intent) implements AnswerState {}

    /** Small talk, answered without the knowledge base. */
    record Conversational(boolean russian, Intent intent) implements AnswerState {}
}
