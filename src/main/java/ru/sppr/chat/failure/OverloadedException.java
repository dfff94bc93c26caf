package ru.sppr.chat.failure;

/** The service has more work queued than it can start in time; nothing was done, the request may be repeated. */
public final class OverloadedException extends RetryLaterException {
    public OverloadedException(String message, long retryAfterSeconds) {
        super(message, retryAfterSeconds);
    }
}
