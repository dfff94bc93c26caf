package ru.sppr.chat.user;

import java.util.regex.Pattern;
import ru.sppr.chat.failure.InvalidRequestException;

/** A validated request to register a user. */
public record NewUser(String username, String displayName, Role role, Clearance clearance) {
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");

    public NewUser {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidRequestException("username",
                    "имя пользователя обязательно: 1–64 символа, буквы, цифры, . _ @ -");
        }
        if (displayName == null || displayName.isBlank()) {
            displayName = username;
        }
        if (displayName.length() > 128) {
            throw new InvalidRequestException("display_name", "не длиннее 128 символов");
        }
        role = role == null ? Role.OPERATOR : role;
        clearance = clearance == null ? (role == Role.GUEST ? Clearance.PUBLIC : Clearance.INTERNAL) : clearance;
    }
}
