package ru.sppr.chat.user;

import java.util.Arrays;
import java.util.Locale;
import ru.sppr.chat.failure.InvalidRequestException;

/** Access level of a user and of a source, ordered: public &lt; internal &lt; confidential &lt; secret. */
public enum Clearance {
    PUBLIC, INTERNAL, CONFIDENTIAL, SECRET;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean covers(Clearance level) {
        return compareTo(level) >= 0;
    }

    public static Clearance parse(String field, String value) {
        return Arrays.stream(values())
                .filter(c -> c.code().equals(value == null ? null : value.trim().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException(field,
                        "неизвестный уровень допуска «" + value + "»; допустимы public, internal, confidential, secret"));
    }
}
