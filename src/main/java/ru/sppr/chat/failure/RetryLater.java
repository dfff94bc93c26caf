package ru.sppr.chat.failure;

/** A failure that passes: the client may repeat the same request after {@link #retryAfterSeconds()}. */
public interface RetryLater {
    long retryAfterSeconds();
}
