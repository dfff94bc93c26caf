package ru.sppr.chat.session;

import java.util.Locale;

/** Who spoke a turn. */
public enum TurnRole {
    USER, ASSISTANT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TurnRole fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
