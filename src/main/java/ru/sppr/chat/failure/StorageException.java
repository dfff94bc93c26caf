package ru.sppr.chat.failure;

/** The database could not complete an operation that should have worked. */
public final class StorageException extends ChatException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
