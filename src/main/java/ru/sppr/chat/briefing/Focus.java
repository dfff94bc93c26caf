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
     * question points back or says too little to stand alone; {@code asksOwn}: it asks a thing of its own besides names,
     * the moment and asking words («а чё столкнулось, какие машины» — not the deaths asked before). A follow-up naming
     * only a kind of event («а пожар там был?») stays at the place before.
     */
    static Frame carry(Frame now, Frame before, boolean followUp, boolean asksOwn) {
        boolean namesOwn = !now.entities().isEmpty() || !now.missing().isEmpty() || !now.unknown().isEmpty();
        boolean keepsAsked = followUp && !asksOwn && now.attributes().isEmpty() && now.unmodelled().isEmpty();
        return new Frame(
                namesOwn ? now.entities() : before.entities(),
                namesOwn ? now.namedAs() : before.namedAs(),
                namesOwn ? now.missing() : before.missing(),
                namesOwn ? now.unknown() : before.unknown(),
                keepsAsked ? before.attributes() : now.attributes(),
                namesOwn ? now.event() : now.event().or(before::event),
                now.moment().stated() ? now.moment() : before.moment(),
                now.unmodelled().or(() -> keepsAsked ? before.unmodelled() : Optional.empty()),
                now.askedAt(),
                true,
                !namesOwn);
    }
}
