package ru.sppr.chat.failure;

/** The object does not exist or the caller may not see it (the two are indistinguishable on purpose). */
public final class NotFoundException extends ChatException {
    public NotFoundException(String message) {
        super(message);
    }
}
