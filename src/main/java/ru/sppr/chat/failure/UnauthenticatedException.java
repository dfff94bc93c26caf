package ru.sppr.chat.failure;

/** No valid credentials came with the request. */
public final class UnauthenticatedException extends ChatException {
    public UnauthenticatedException(String message) {
        super(message);
    }
}
