package ru.sppr.chat.knowledge.source;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.sppr.chat.zone.ZoneLabel;

/**
 * How an event of an event log begins its fragment: «19:30 09.04.2026 UTC+5 — переправа, …» — its time in the service's
 * zone ({@code CHAT_TIMEZONE}), labelled as every shown time is ({@link ZoneLabel}). Events stored before the label was
 * written («17:30 09.04.2026 — …», the time as the log wrote it) get it on reading: {@link #labelled}.
 */
public final class EventLine {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd.MM.yyyy");
    /** An event's time as written before it was labelled: the line's start, then the dash. */
    /** An entry's time at the start of its text, labelled or not: «06:00 13.04.2026 МСК — ». */
    private static final Pattern SHOWN_AT_START = Pattern.compile("^\\s*\\d{2}:\\d{2} \\d{2}\\.\\d{2}\\.\\d{4}(?: [^—\\s]{1,10})? — ");
    private static final Pattern UNLABELLED = Pattern.compile("^\\d{2}:\\d{2} \\d{2}\\.\\d{2}\\.\\d{4} — ");

    private EventLine() {
    }

    /** «19:30 09.04.2026 UTC+5 — {@code text}»: the event at {@code at} shown in {@code zone}. */
    public static String of(Instant at, ZoneId zone, String text) {
        return SHOWN.withZone(zone).format(at) + " " + ZoneLabel.of(zone, at) + " — " + text;
    }

    /** «Закрыт проезд…» of «06:00 13.04.2026 МСК — дороги, …: Закрыт проезд…»: an entry without the time it begins with, for a line that shows it. */
    public static String withoutTime(String text) {
        return SHOWN_AT_START.matcher(text).replaceFirst("");
    }

    /**
     * The text of an event log's fragment (or a sentence of it) with its leading time in {@code zone} and labelled:
     * an event stored unlabelled gets its time anew from {@code at}, when it was observed; any other text is as is.
     */
    public static String labelled(SourceType type, String text, Instant at, ZoneId zone) {
        if (type != SourceType.EVENTS || at == null || text == null) {
            return text;
        }
        Matcher old = UNLABELLED.matcher(text);
        return old.find() ? of(at, zone, text.substring(old.end())) : text;
    }
}
