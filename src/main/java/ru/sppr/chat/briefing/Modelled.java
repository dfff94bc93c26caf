package ru.sppr.chat.briefing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import ru.sppr.chat.answer.Evidence;
import ru.sppr.chat.answer.ReplyTimes;
import ru.sppr.chat.situation.EventType;
import ru.sppr.chat.situation.MentionKind;
import ru.sppr.chat.situation.Plural;
import ru.sppr.chat.situation.SituationStore.EntityRow;
import ru.sppr.chat.situation.SituationStore.ObservationRow;

/**
 * What the parts answering from the situation model share: the evidence of an answer read from the model, observations
 * in time order and as visible when a question is asked, an entity named like another, the moment asked as a reply
 * says it — and the limits and kinds of event more than one part keeps to. Static and stateless.
 */
final class Modelled {
    /** An incident this far from the moment asked about is another incident. */
    static final Duration INCIDENT_SLACK = Duration.ofDays(2);
    /** At most so many incidents in an answer listing a place's incidents. */
    static final int PLACE_INCIDENTS = 5;
    /** At most so many places in an answer by place. */
    static final int PLACES = 3;
    /** «сколько человек госпитализировали», «скольких спасли»: a count is asked. */
    static final Pattern COUNT_ASKED = Pattern.compile("(?<!\\p{L})(?:сколько|скольких|how many)(?!\\p{L})");
    /** A source sentence this short is quoted in full next to its mark. */
    static final int QUOTE = 260;
    /** A whole sentence, not one cut at an abbreviation: it starts with no lower-case letter and ends with a stop after a word. */
    static final Pattern WHOLE_SENTENCE = Pattern.compile("(?s)\\P{Ll}.*(?<!\\s\\p{Ll}|\\s\\p{Ll}\\p{Ll})[.!?]");
    /** Kinds of events that are incidents of their own; a question naming one at a known place must find one there. */
    static final Set<EventType> DISCRETE = EnumSet.of(EventType.FIRE, EventType.EXPLOSION, EventType.COLLAPSE,
            EventType.ROAD_ACCIDENT, EventType.AIR_CRASH, EventType.RAIL_ACCIDENT, EventType.WATER_ACCIDENT,
            EventType.POISONING, EventType.GAS_LEAK, EventType.EARTHQUAKE, EventType.LANDSLIDE);
    /** Places a report names by their own name, not by a region's adjective («подмосковный» for «Московская область»). */
    static final Set<MentionKind> NAMED_BY_NAME = EnumSet.of(MentionKind.SETTLEMENT, MentionKind.DISTRICT, MentionKind.STREET,
            MentionKind.PLACE);

    private Modelled() {
    }

    /**
     * A long timeline's lines: its first {@code first} items (how it began), «- … ещё 12 сообщений …» for the {@code skipped}
     * after them, then the rest; each kept item written by {@code line}, in order (so that its marks number in order).
     */
    static <T> List<String> elided(List<T> items, int first, int skipped, String one, String few, String many, Function<T, String> line) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (i == first && skipped > 0) {
                lines.add("- … ещё " + skipped + " " + Plural.of(skipped, one, few, many) + " …");
            }
            if (i < first || i >= first + skipped) {
                lines.add(line.apply(items.get(i)));
            }
        }
        return lines;
    }

    static <T> Predicate<T> distinct(Function<T, Object> key) {
        Set<Object> seen = new HashSet<>();
        return t -> seen.add(key.apply(t));
    }

    /** The rows observed by {@code until} (all of them when no moment is asked), in the order given. */
    static List<ObservationRow> observedBy(List<ObservationRow> rows, Instant until) {
        return until == null ? rows : rows.stream().filter(o -> !o.observedAt().isAfter(until)).toList();
    }

    /** Observed by the time the question is asked, with a time. */
    static List<ObservationRow> visible(List<ObservationRow> rows, Frame frame) {
        return rows.stream().filter(o -> o.observedAt() != null && !o.observedAt().isAfter(frame.askedAt()))
                .filter(o -> o.reportedAt() == null || !o.reportedAt().isAfter(frame.askedAt())).toList();
    }

    static boolean sameEntity(EntityRow named, String key) {
        if (named.key().equals(key)) {
            return true;
        }
        String kind = named.key().substring(0, named.key().lastIndexOf(':') + 1);
        return key.startsWith(kind) && !FrameReader.tail(named.key()).isEmpty()
                && FrameReader.stem(FrameReader.tail(key)).equals(FrameReader.stem(FrameReader.tail(named.key())));
    }

    /**
     * The moment with the preposition it is said with: «на 08:00 11.04.2026», «на сейчас», «в 1994 году», «вчера», «на
     * 29-го» — not «на в 1994 году».
     */
    static String saidWhen(Moment moment, ReplyTimes.Reply when) {
        String said = said(moment, when);
        return moment instanceof Moment.Within && !Character.isDigit(said.charAt(0)) ? said : "на " + said;
    }

    static String said(Moment moment, ReplyTimes.Reply when) {
        return switch (moment) {
            case Moment.AsOf a -> when.at(a.at());
            case Moment.Within w -> w.said();
            case Moment.Latest l -> "сейчас";
        };
    }

    static List<ObservationRow> sorted(List<ObservationRow> rows) {
        return rows.stream().sorted(Comparator.comparing(ObservationRow::observedAt)
                .thenComparing(ObservationRow::reportedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(ObservationRow::id)).toList();
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The sources and conflict of an answer read from the model; its coverage of the question is {@link Briefing#measured}. */
    static Evidence modelled(int sources, boolean conflict) {
        return new Evidence(1, 1, 0, 0, sources, conflict, true);
    }
}
