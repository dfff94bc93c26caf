package ru.sppr.chat.session;

import java.util.List;

/** Up to {@code limit} turns before a position, oldest first; {@code hasMore} tells whether older turns exist. */
public record HistoryPage(List<Turn> turns, boolean hasMore) {
    public HistoryPage {
        turns = List.copyOf(turns);
    }
}
