package ru.sppr.chat.dialog;

import java.util.List;
import ru.sppr.chat.answer.Evidence;
import ru.sppr.chat.intent.IntentPrediction;
import ru.sppr.chat.session.Exchange;
import ru.sppr.chat.suggestion.Suggestion;

/**
 * What one turn produced: the stored question and answer, the intent it was handled as, next actions, and the
 * evidence signals the confidence was computed from ({@link Evidence#NONE} when the answer is not grounded), and the
 * places and objects a grounded answer is about (best match first; empty when it names none the model knows).
 */
public record AskResult(Exchange exchange, IntentPrediction intent, List<Suggestion> suggestions, Evidence evidence,
                        List<Subject> subjects) {
    public AskResult {
        suggestions = List.copyOf(suggestions);
        subjects = List.copyOf(subjects);
    }

    public AskResult(Exchange exchange, IntentPrediction intent, List<Suggestion> suggestions, Evidence evidence) {
        this(exchange, intent, suggestions, evidence, List.of());
    }

    public boolean abstained() {
        return exchange.answer().citations().isEmpty() && evidence == Evidence.NONE
                && exchange.answer().confidence() == 0.0;
    }
}
