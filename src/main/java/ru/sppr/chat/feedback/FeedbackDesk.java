package ru.sppr.chat.feedback;

import java.time.Clock;
import java.util.Objects;
import ru.sppr.chat.failure.AccessDeniedException;
import ru.sppr.chat.failure.InvalidRequestException;
import ru.sppr.chat.failure.NotFoundException;
import ru.sppr.chat.user.Caller;

/** Accepts feedback on answers the caller may see. */
public final class FeedbackDesk {
    private final FeedbackStore store;
    private final FeedbackListener listener;
    private final Clock clock;

    public FeedbackDesk(FeedbackStore store, FeedbackListener listener, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Receipt give(long turnId, Score score, String comment, Caller caller) {
        RatedTurn turn = store.findTurn(turnId)
                .filter(t -> caller.maySeeOwnedBy(t.ownerId()))
                .orElseThrow(() -> new NotFoundException("ход " + turnId + " не найден"));
        if (turn.ownerId() != caller.userId()) {
            throw new AccessDeniedException("оценивать ответы в сессии может только её владелец");
        }
        if (!turn.byAssistant()) {
            throw new InvalidRequestException("turn_id", "оценить можно только ответ ассистента, а не вопрос");
        }
        var entry = new FeedbackEntry(turnId, caller.userId(), score, comment, clock.instant());
        boolean replaced = store.save(entry, caller);
        listener.feedbackGiven(score);
        return new Receipt(entry, replaced);
    }

    /** The stored feedback and whether it replaced an earlier one. */
    public record Receipt(FeedbackEntry entry, boolean replaced) {}
}
