package ru.sppr.chat.knowledge.source;

import java.util.Arrays;
import java.util.Locale;
import ru.sppr.chat.failure.InvalidRequestException;

/** What kind of material a source is. */
public enum SourceType {
    DOCUMENT, TABLE, IMAGE, EVENTS, RECORD;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SourceType parse(String field, String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidRequestException(field,
                        "неизвестный тип источника «" + code + "»; допустимы document, table, image, events, record"));
    }
}
