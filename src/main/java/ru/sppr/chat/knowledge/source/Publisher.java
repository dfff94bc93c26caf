package ru.sppr.chat.knowledge.source;

import java.util.regex.Pattern;

/**
 * Who published a record, without the identifiers after it: «Telegram channel «SHOT»» of «Telegram channel «SHOT»
 * (id -1001100158992), message 74660». A record keeps its origin as its fragment's location.
 */
public final class Publisher {
    private static final Pattern DETAILS = Pattern.compile("\\s+\\(|,\\s");

    private Publisher() {
    }

    /** The publisher named by a record's origin: the text before its identifiers, or the whole origin. */
    public static String of(String origin) {
        var m = DETAILS.matcher(origin);
        return m.find() && m.start() > 0 ? origin.substring(0, m.start()) : origin;
    }

    /** The publisher of a record (null for other sources and records that do not say). */
    public static String of(SourceDocument doc) {
        if (doc.source().type() != SourceType.RECORD || doc.fragments().isEmpty()) {
            return null;
        }
        String origin = doc.fragments().getFirst().location();
        return origin == null || origin.isBlank() ? null : of(origin.strip());
    }
}
