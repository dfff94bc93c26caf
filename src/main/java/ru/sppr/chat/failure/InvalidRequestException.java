package ru.sppr.chat.failure;

/** The request is malformed; {@link #field()} names the offending field when there is one. */
public final class InvalidRequestException extends ChatException {
    private final String field;

    public InvalidRequestException(String field, String message) {
        super(field == null ? message : field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
