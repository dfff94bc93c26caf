package ru.sppr.chat.audit;

import java.util.Arrays;
import java.util.Locale;
import ru.sppr.chat.failure.InvalidRequestException;

/** Every kind of event the trail records. */
public enum AuditEventType {
    USER_CREATED, TOKEN_ISSUED, TOKEN_REVOKED, SESSION_STARTED, SESSION_CLOSED, SESSION_EXPIRED,
    QUESTION_ASKED, SOURCES_SHOWN, ANSWER_GIVEN, FEEDBACK_GIVEN, FEEDBACK_REPLACED, INGEST, SOURCE_DELETED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AuditEventType parse(String field, String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidRequestException(field, "неизвестный тип события «" + code + "»"));
    }
}
