package ru.sppr.chat.failure;

/** The caller is known but their role does not allow the operation. */
public final class AccessDeniedException extends ChatException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
