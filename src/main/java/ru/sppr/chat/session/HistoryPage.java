package ru.sppr.chat.session;

import java.util.List;
import ru.sppr.chat.suggestion.Suggestion;

/**
 * Up to {@code limit} turns before a position, oldest first; {@code hasMore} tells whether older turns exist;
 * {@code suggestions} are the session's offered next actions that have not expired.
 */
public record HistoryPage(List<Turn> turns, boolean hasMore, List<Suggestion> suggestions) {
    public HistoryPage {
        turns = List.copyOf(turns);
        suggestions = List.copyOf(suggestions);
    }

    public HistoryPage withSuggestions(List<Suggestion> pending) {
        return new HistoryPage(turns, hasMore, pending);
    }
}
