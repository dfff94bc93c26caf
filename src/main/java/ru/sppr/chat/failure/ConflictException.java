package ru.sppr.chat.failure;

/** The object exists but its state forbids the operation (closed session, turn limit reached). */
public final class ConflictException extends ChatException {
    public ConflictException(String message) {
        super(message);
    }
}
