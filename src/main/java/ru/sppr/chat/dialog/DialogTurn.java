package ru.sppr.chat.dialog;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import ru.sppr.chat.answer.Answer;
import ru.sppr.chat.answer.Answerer;
import ru.sppr.chat.session.AnswerDraft;
import ru.sppr.chat.session.Exchange;
import ru.sppr.chat.session.SessionStore;
import ru.sppr.chat.session.Sessions;
import ru.sppr.chat.user.Caller;

/** One turn: check the session → answer → record question and answer (with audit) in one transaction. */
public final class DialogTurn {
    /** Until intents are classified every question is treated as a factual query with zero certainty. */
    static final String UNCLASSIFIED_INTENT = "general_query";

    private final Sessions sessions;
    private final SessionStore store;
    private final Answerer answerer;
    private final TurnListener listener;
    private final Clock clock;
    private final int maxQuestions;

    public DialogTurn(Sessions sessions, SessionStore store, Answerer answerer, TurnListener listener,
                      Clock clock, int maxQuestions) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.store = Objects.requireNonNull(store, "store");
        this.answerer = Objects.requireNonNull(answerer, "answerer");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxQuestions = maxQuestions;
    }

    public AskResult ask(long sessionId, Question question, Caller caller) {
        long started = System.nanoTime();
        sessions.requireOpen(sessionId, maxQuestions, caller);
        Answer answer = answerer.answer(question.text());
        var draft = new AnswerDraft(answer.text(), answer.confidence(), UNCLASSIFIED_INTENT, 0.0, List.of());
        Exchange exchange = store.appendExchange(sessionId, question.text(), draft, maxQuestions, clock.instant(), caller);
        var result = new AskResult(exchange, UNCLASSIFIED_INTENT, 0.0, List.of());
        listener.turnAnswered(result, Duration.ofNanos(System.nanoTime() - started));
        return result;
    }
}
