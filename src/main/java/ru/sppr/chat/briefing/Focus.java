package ru.sppr.chat.briefing;

/**
 * The frame of a question in its dialogue. A question that names nothing («а сейчас?», «погибшие есть?») is about what
 * the questions before it were about; a follow-up that names a new thing («а у Заречья?») switches to it and keeps
 * what was asked; what a question does not say about time is the moment of the one before.
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
                namesOwn ? now.missing() : before.missing(),
                namesOwn ? now.unknown() : before.unknown(),
                now.attributes().isEmpty() && now.unmodelled().isEmpty() && followUp ? before.attributes() : now.attributes(),
                namesOwn ? now.event() : now.event().or(before::event),
                now.moment().stated() ? now.moment() : before.moment(),
                now.unmodelled(),
                now.askedAt(),
                true,
                !namesOwn);
    }
}
