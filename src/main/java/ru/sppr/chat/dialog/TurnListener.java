package ru.sppr.chat.dialog;

import java.time.Duration;

/** Observes completed turns (metrics, logs); must not throw. */
public interface TurnListener {
    void turnAnswered(AskResult result, Duration took);

    TurnListener NONE = (result, took) -> { };
}
