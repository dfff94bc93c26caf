package ru.sppr.chat.briefing;

import java.time.Instant;

/** When a question asks about: the latest, a moment, a period, or it does not say. */
public sealed interface Moment {
    /** «сейчас», «последние данные», or nothing said (the latest is meant). */
    record Latest(boolean said) implements Moment {}

    /** «на 08:00 11.04», «на утро 11 апреля»: the state at this instant. */
    record AsOf(Instant at, String said) implements Moment {}

    /** «11 апреля», «вчера», «за сутки», «с начала смены»: a period; a figure is its value at the period's end. */
    record Within(Instant from, Instant to, String said) implements Moment {}

    Moment UNSTATED = new Latest(false);

    /** The instant a figure is read at: null for the latest. */
    default Instant until() {
        return switch (this) {
            case Latest l -> null;
            case AsOf a -> a.at();
            case Within w -> w.to();
        };
    }

    /** The words the moment was said in («на 08:00 11.04», «24го»); null for the latest. */
    default String saidAs() {
        return switch (this) {
            case Latest l -> null;
            case AsOf a -> a.said();
            case Within w -> w.said();
        };
    }

    /** Whether a timeline of this moment holds what happened at {@code t}: in the period, by the moment, or any time for the latest. */
    default boolean holds(Instant t) {
        return switch (this) {
            case Latest l -> true;
            case AsOf a -> !t.isAfter(a.at());
            case Within w -> !t.isBefore(w.from()) && t.isBefore(w.to());
        };
    }

    default boolean stated() {
        return !(this instanceof Latest l) || l.said();
    }
}
