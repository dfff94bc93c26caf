package ru.sppr.chat.briefing;

import java.util.Optional;

/**
 * The frame of a question in its dialogue. A question that names nothing («а сейчас?», «погибшие есть?») is about what
 * the questions before it were about; a follow-up that names a new thing («а у Заречья?») switches to it and keeps
 * what was asked (a figure, or a quantity the model does not track: «опасная отметка на гп ольховка» — «а у верхнего
 * бора?»); what a question does not say about time is the moment of the one before.
 */
final class Focus {
    private Focus() {
    }

    /**
     * {@code now} completed by {@code before}, the latest earlier question that names something; {@code followUp}: the
     * question points back or says too little to stand alone.
     */
    static Frame carry(Frame now, Frame before, boolean followUp) {
        boolean namesOwn = now.namesSomething();
        return new Frame(
                namesOwn ? now.entities() : before.entities(),
                namesOwn ? now.namedAs() : before.namedAs(),
                namesOwn ? now.missing() : before.missing(),
                namesOwn ? now.unknown() : before.unknown(),
                now.attributes().isEmpty() && now.unmodelled().isEmpty() && followUp ? before.attributes() : now.attributes(),
                namesOwn ? now.event() : now.event().or(before::event),
                now.moment().stated() ? now.moment() : before.moment(),
                now.unmodelled().or(() -> now.attributes().isEmpty() && followUp ? before.unmodelled() : Optional.empty()),
                now.askedAt(),
                true,
                !namesOwn);
    }
}
