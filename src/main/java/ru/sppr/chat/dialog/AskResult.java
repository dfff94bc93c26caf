package ru.sppr.chat.dialog;

import java.util.List;
import ru.sppr.chat.session.Exchange;

/** What one turn produced: the stored question and answer, the intent and suggested next actions. */
public record AskResult(Exchange exchange, String intent, double intentConfidence, List<String> suggestions) {
    public AskResult {
        suggestions = List.copyOf(suggestions);
    }
}
