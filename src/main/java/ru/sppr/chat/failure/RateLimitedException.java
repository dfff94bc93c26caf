package ru.sppr.chat.failure;

/** Too many requests from one user or address; {@link #retryAfterSeconds()} says when to try again. */
public final class RateLimitedException extends RetryLaterException {
    public RateLimitedException(String message, long retryAfterSeconds) {
        super(message, retryAfterSeconds);
    }
}
