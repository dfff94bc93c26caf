package ru.sppr.chat.session;

import java.util.Locale;

/** Lifecycle of a session: only an active session accepts questions. */
public enum SessionStatus {
    ACTIVE, CLOSED, EXPIRED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** «активна», «закрыта», «закрыта по простою»: as a sentence about the session says it. */
    public String word() {
        return switch (this) {
            case ACTIVE -> "активна";
            case CLOSED -> "закрыта";
            case EXPIRED -> "закрыта по простою";
        };
    }

    public static SessionStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
