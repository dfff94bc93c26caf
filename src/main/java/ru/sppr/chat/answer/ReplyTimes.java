package ru.sppr.chat.answer;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.sppr.chat.zone.ZoneLabel;

/**
 * How a reply shows moments: in the service's zone ({@code CHAT_TIMEZONE}), the zone named once, after the first moment
 * the reply states («на 20:00 16.04.2026 МСК: 652 см … (на 08:00 16.04.2026)»). Moscow time is «МСК», another zone its
 * offset from UTC at that moment («UTC+5»; {@link ZoneLabel}).
 */
public final class ReplyTimes {
    /** A time of day, with the date before («16.04.2026 20:00», «16.04.2026, 20:00») or after it («20:00 16.04.2026»). */
    private static final Pattern TIME = Pattern.compile("(?<![\\d:.])(?:(\\d{2})\\.(\\d{2})\\.(\\d{4}),?\\s)?"
            + "([01]?\\d|2[0-3]):([0-5]\\d)(?![\\d:])(?:\\s(\\d{2})\\.(\\d{2})\\.(\\d{4})(?!\\d))?");
    /** A zone already named in a text: «МСК», «MSK», «UTC», «UTC+5». */
    private static final Pattern NAMED = Pattern.compile("(?<![\\p{L}\\d])(?:МСК|MSK|UTC|GMT)(?![\\p{L}])");

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

    /**
     * A reply written by someone else (a language model) under the same rule: unless it already names a zone, the
     * label follows its first time of day. The offset is the one at that time when it has a date, else at {@code near}.
     */
    public String labelled(String reply, Language language, Instant near) {
        Matcher m = TIME.matcher(reply);
        if (NAMED.matcher(reply).find() || !m.find()) {
            return reply;
        }
        Instant at = stated(m).orElse(near);
        String label = language == Language.EN ? ZoneLabel.latin(zone, at) : ZoneLabel.of(zone, at);
        return reply.substring(0, m.end()) + " " + label + reply.substring(m.end());
    }

    private Optional<Instant> stated(Matcher m) {
        int day = m.group(1) != null ? 1 : m.group(6) != null ? 6 : 0;
        if (day == 0) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(day + 2)), Integer.parseInt(m.group(day + 1)),
                    Integer.parseInt(m.group(day)));
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
            return Optional.of(LocalDateTime.of(date, time).atZone(zone).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
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
            return shown + " " + (language == Language.EN ? ZoneLabel.latin(zone, moment) : ZoneLabel.of(zone, moment));
        }
    }
}
