package ru.sppr.chat.failure;

/** Base of every failure the product reports to a user; the message is shown as is, in Russian. */
public abstract class ChatException extends RuntimeException {
    protected ChatException(String message) {
        super(message);
    }

    protected ChatException(String message, Throwable cause) {
        super(message, cause);
    }
}
