package ru.sppr.chat.dialog;

import java.util.List;
import ru.sppr.chat.answer.Evidence;
import ru.sppr.chat.intent.IntentPrediction;
import ru.sppr.chat.session.Exchange;
import ru.sppr.chat.suggestion.Suggestion;

/**
 * What one turn produced: the stored question and answer, the intent it was handled as, next actions, and the
 * evidence signals the confidence was computed from ({@link Evidence#NONE} when the answer is not grounded).
 */
public record AskResult(Exchange exchange, IntentPrediction intent, List<Suggestion> suggestions, Evidence evidence) {
    public AskResult {
        suggestions = List.copyOf(suggestions);
    }

    public boolean abstained() {
        return exchange.answer().citations().isEmpty() && evidence == Evidence.NONE
                && exchange.answer().confidence() == 0.0;
    }
}
