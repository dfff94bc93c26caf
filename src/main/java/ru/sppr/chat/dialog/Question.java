package ru.sppr.chat.dialog;

import ru.sppr.chat.failure.InvalidRequestException;

/** A user's message, validated: not empty, at most {@link #MAX_LENGTH} characters, whitespace normalised. */
public record Question(String text) {
    public static final int MAX_LENGTH = 4000;

    public Question {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("user_message", "вопрос не может быть пустым");
        }
        text = text.replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip();
        if (text.isEmpty()) {
            throw new InvalidRequestException("user_message", "вопрос не может быть пустым");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidRequestException("user_message", "вопрос длиннее " + MAX_LENGTH + " символов");
        }
    }
}
