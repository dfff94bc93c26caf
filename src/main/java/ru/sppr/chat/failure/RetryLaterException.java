package ru.sppr.chat.failure;

/** A failure that passes: the client may repeat the same request after {@link #retryAfterSeconds()}. */
public abstract class RetryLaterException extends ChatException {
    private final long retryAfterSeconds;

    protected RetryLaterException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
