package ru.sppr.chat.answer;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * How a reply shows moments: in the service's zone ({@code CHAT_TIMEZONE}), the zone named once, after the first moment
 * the reply states («на 20:00 16.04.2026 МСК: 652 см … (на 08:00 16.04.2026)»). Moscow time is «МСК», another zone its
 * offset from UTC at that moment («UTC+5»).
 */
public final class ReplyTimes {
    private static final String MOSCOW = "Europe/Moscow";

    private final DateTimeFormatter format;
    private final ZoneId zone;

    /** Moments written by {@code pattern} («HH:mm dd.MM.yyyy») in {@code zone}. */
    public ReplyTimes(String pattern, ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.format = DateTimeFormatter.ofPattern(pattern).withZone(zone);
    }

    /** The moments of one Russian reply, made in the order they stand in its text: the first is labelled with the zone. */
    public Reply reply() {
        return reply(Language.RU);
    }

    /** As {@link #reply()}, for a reply in {@code language} (Moscow time is «MSK» in English). */
    public Reply reply(Language language) {
        return new Reply(language);
    }

    /** «МСК» for Moscow; else the zone's offset at {@code at}: «UTC+5», «UTC+5:30», «UTC-1» or «UTC». */
    public static String label(ZoneId zone, Instant at) {
        return label(zone, at, Language.RU);
    }

    private static String label(ZoneId zone, Instant at, Language language) {
        if (zone.getId().equals(MOSCOW)) {
            return language.pick("МСК", "MSK");
        }
        ZoneOffset offset = zone.getRules().getOffset(at);
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        int minutes = Math.abs(seconds) / 60;
        return "UTC" + (seconds > 0 ? "+" : "-") + minutes / 60 + (minutes % 60 == 0 ? "" : String.format(":%02d", minutes % 60));
    }

    /** One reply's moments; not shared between replies or threads. */
    public final class Reply {
        private final Language language;
        private boolean labelled;

        private Reply(Language language) {
            this.language = language;
        }

        /** The moment as the reply writes it; the first one it writes also names the zone. */
        public String at(Instant moment) {
            String shown = format.format(moment);
            if (labelled) {
                return shown;
            }
            labelled = true;
            return shown + " " + label(zone, moment, language);
        }
    }
}
