package ru.sppr.chat.answer;

import java.util.Objects;

/** A composed reply: text shown to the user and the probability, in [0,1], that it is correct and supported. */
public record Answer(String text, double confidence) {
    public Answer {
        Objects.requireNonNull(text, "text");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
        }
    }
}
