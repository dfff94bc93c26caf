package ru.sppr.chat.user;

import java.util.Arrays;
import java.util.Locale;
import ru.sppr.chat.failure.InvalidRequestException;

/** What a user may do: admins manage users and read everything, analysts also load knowledge. */
public enum Role {
    ADMIN, ANALYST, OPERATOR, GUEST;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String field, String value) {
        return Arrays.stream(values())
                .filter(r -> r.code().equals(value == null ? null : value.trim().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException(field,
                        "неизвестная роль «" + value + "»; допустимы admin, analyst, operator, guest"));
    }
}
