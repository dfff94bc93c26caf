package ru.sppr.chat.suggestion;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a suggested next action does; the cooldown counts per kind. Stored and sent by {@link #code()}. */
public enum SuggestionKind {
    LIST_SOURCES, REPHRASE, REQUEST_UPDATE, COMPARE_SOURCES, SHOW_SOURCES, TIMELINE, REPORT, JUSTIFY;

    /** The kind as stored with an answer and sent to clients: {@code list_sources}, {@code timeline}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SuggestionKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
