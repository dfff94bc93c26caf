package ru.sppr.chat.session;

import java.util.Locale;

/** Lifecycle of a session: only an active session accepts questions. */
public enum SessionStatus {
    ACTIVE, CLOSED, EXPIRED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SessionStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
