package ru.sppr.chat.failure;

/** Too many requests from one user or address; {@link #retryAfterSeconds()} says when to try again. */
public final class RateLimitedException extends ChatException implements RetryLater {
    private final long retryAfterSeconds;

    public RateLimitedException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
