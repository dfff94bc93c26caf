package ru.sppr.chat.zone;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The label after a shown time: «МСК» for Moscow; else the zone's offset at that moment — «UTC+5», «UTC+5:30», «UTC-1»
 * or «UTC» — not the zone's id («Asia/Yekaterinburg»), which operators do not read. The one place it is made.
 */
public final class ZoneLabel {
    private static final String MOSCOW = "Europe/Moscow";

    private ZoneLabel() {
    }

    /** The Russian label of {@code zone} at {@code at}. */
    public static String of(ZoneId zone, Instant at) {
        return zone.getId().equals(MOSCOW) ? "МСК" : offset(zone, at);
    }

    /** As {@link #of}, in Latin letters: Moscow time is «MSK». */
    public static String latin(ZoneId zone, Instant at) {
        return zone.getId().equals(MOSCOW) ? "MSK" : offset(zone, at);
    }

    private static String offset(ZoneId zone, Instant at) {
        ZoneOffset offset = zone.getRules().getOffset(at);
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        int minutes = Math.abs(seconds) / 60;
        return "UTC" + (seconds > 0 ? "+" : "-") + minutes / 60 + (minutes % 60 == 0 ? "" : String.format(":%02d", minutes % 60));
    }
}
