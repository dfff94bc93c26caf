package ru.sppr.chat.knowledge.ingest;

/** A file could not be read as the kind of source it claims to be; the message says why, in Russian. */
public final class UnreadableSourceException extends RuntimeException {
    public UnreadableSourceException(String message) {
        super(message);
    }

    public UnreadableSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
