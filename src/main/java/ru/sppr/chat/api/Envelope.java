package ru.sppr.chat.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Pattern;

/** The prototype's response envelope: {@code {"ok", "payload", "error", "timestamp"}}. */
record Envelope(boolean ok, Object payload, String error, String timestamp) {
    private static final Pattern RUSSIAN_WORD = Pattern.compile("\\p{IsCyrillic}+(?![\\p{L}\\p{N}._/-])");

    static Envelope success(Object payload) {
        return new Envelope(true, payload, null, now());
    }

    /** A failure: {@code message} is the reason, shown to people {@link #sentence as a sentence}. */
    static Envelope failure(String message, Map<String, ?> details) {
        return new Envelope(false, details, sentence(message), now());
    }

    /**
     * A reason as people read it: a sentence, from a capital letter when it starts with a Russian word («Сессия 12
     * закрыта…»). One that starts with the request field or the file it is about («limit: от 1 до 500», «svodka.txt: …»)
     * keeps that name as written. The reasons themselves are written in lower case, to be put after «ошибка:» or a name.
     */
    static String sentence(String message) {
        if (message == null || !RUSSIAN_WORD.matcher(message).lookingAt() || !Character.isLowerCase(message.charAt(0))) {
            return message;
        }
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
