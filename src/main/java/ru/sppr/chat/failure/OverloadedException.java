package ru.sppr.chat.failure;

/** The service has more work queued than it can start in time; nothing was done, the request may be repeated. */
public final class OverloadedException extends ChatException implements RetryLater {
    private final long retryAfterSeconds;

    public OverloadedException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
