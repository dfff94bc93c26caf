package ru.sppr.chat.answer;

import java.util.List;

/** The session's previous answer, which a "why?" question asks to justify. */
public record Prior(String question, String answer, List<Source> sources) {
    public Prior {
        sources = List.copyOf(sources);
    }

    /** One source the previous answer cited. */
    public record Source(int ordinal, String sourceId, String title, String location, String snippet) {}
}
