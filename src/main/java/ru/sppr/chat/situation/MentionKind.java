package ru.sppr.chat.situation;

import java.util.Locale;

/** What a span of text names: a kind of place, an object, an organisation, a person, an event or a time. */
public enum MentionKind {
    SETTLEMENT, DISTRICT, REGION, COUNTRY, RIVER, STREET, ROAD, PLACE, OBJECT, ORGANISATION, PERSON, EVENT, TIME;

    public boolean place() {
        return ordinal() <= PLACE.ordinal();
    }

    /** Places, objects, organisations and people are entities; events and times are not. */
    public boolean entity() {
        return this != EVENT && this != TIME;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MentionKind parse(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
