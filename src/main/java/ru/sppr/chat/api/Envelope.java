package ru.sppr.chat.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** The prototype's response envelope: {@code {"ok", "payload", "error", "timestamp"}}. */
record Envelope(boolean ok, Object payload, String error, String timestamp) {
    static Envelope success(Object payload) {
        return new Envelope(true, payload, null, now());
    }

    static Envelope failure(String message, Map<String, ?> details) {
        return new Envelope(false, details, message, now());
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
