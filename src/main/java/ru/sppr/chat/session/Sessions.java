package ru.sppr.chat.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ru.sppr.chat.failure.AccessDeniedException;
import ru.sppr.chat.failure.ConflictException;
import ru.sppr.chat.failure.InvalidRequestException;
import ru.sppr.chat.failure.NotFoundException;
import ru.sppr.chat.suggestion.SuggestionQueue;
import ru.sppr.chat.user.Caller;

/** Session use cases with ownership enforced: a caller sees only their own sessions, an admin sees all. */
public final class Sessions {
    public static final int MAX_TITLE = 256;
    public static final int MAX_HISTORY_PAGE = 200;

    private final SessionStore store;
    private final SuggestionQueue suggestions;
    private final Clock clock;
    private final Duration idleTimeout;
    private final SessionReport report;

    /** {@code zone}: the one the report shows times in. */
    public Sessions(SessionStore store, SuggestionQueue suggestions, Clock clock, Duration idleTimeout, ZoneId zone) {
        this.store = Objects.requireNonNull(store, "store");
        this.suggestions = Objects.requireNonNull(suggestions, "suggestions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
        this.report = new SessionReport(zone);
    }

    public ChatSession start(long ownerId, String title, Caller caller) {
        if (!caller.maySeeOwnedBy(ownerId)) {
            throw new InvalidRequestException("user_id", "можно открыть сессию только для себя");
        }
        String cleanTitle = title == null || title.isBlank() ? "Новая сессия" : title.strip();
        if (cleanTitle.length() > MAX_TITLE) {
            throw new InvalidRequestException("title", "не длиннее " + MAX_TITLE + " символов");
        }
        return store.create(ownerId, cleanTitle, clock.instant(), caller);
    }

    /** The session if the caller may see it; otherwise the same 404 as for a missing one. */
    public ChatSession get(long sessionId, Caller caller) {
        return store.find(sessionId)
                .filter(s -> caller.maySeeOwnedBy(s.ownerId()))
                .orElseThrow(() -> new NotFoundException("сессия " + sessionId + " не найдена"));
    }

    /**
     * Checks that the caller may ask in this session now; the store re-checks atomically when writing.
     * A session idle past the timeout is expired here, even if the watchdog has not come round yet.
     */
    public ChatSession requireOpen(long sessionId, int maxQuestions, Caller caller) {
        ChatSession session = get(sessionId, caller);
        requireOwner(session, caller);
        Instant now = clock.instant();
        if (session.status() == SessionStatus.ACTIVE && session.lastActivityAt().isBefore(now.minus(idleTimeout))
                && store.expireIfIdle(sessionId, now.minus(idleTimeout), now)) {
            session = get(sessionId, caller);
        }
        if (session.status() != SessionStatus.ACTIVE) {
            throw new ConflictException("сессия " + sessionId + " " + session.status().word() + ": новые вопросы не принимаются");
        }
        if (session.questionCount() >= maxQuestions) {
            throw new ConflictException("в сессии " + sessionId + " достигнут предел вопросов (" + maxQuestions + "); начните новую сессию");
        }
        return session;
    }

    /**
     * Only the owner asks in a session: an answer is composed within the asker's clearance and lands in the owner's
     * history, so anyone else (an administrator included) could put there what the owner may not see.
     */
    public static void requireOwner(ChatSession session, Caller caller) {
        if (session.ownerId() != caller.userId()) {
            throw new AccessDeniedException("задавать вопросы и оценивать ответы в сессии может только её владелец");
        }
    }

    public ChatSession close(long sessionId, Caller caller) {
        ChatSession session = get(sessionId, caller);
        if (session.status() != SessionStatus.ACTIVE) {
            return session;
        }
        return store.close(sessionId, clock.instant(), caller);
    }

    public List<ChatSession> list(long ownerId, int limit, Caller caller) {
        if (!caller.maySeeOwnedBy(ownerId)) {
            throw new NotFoundException("пользователь " + ownerId + " не найден");
        }
        return store.listByOwner(ownerId, checkLimit(limit));
    }

    public HistoryPage history(long sessionId, int limit, Integer beforePosition, Caller caller) {
        get(sessionId, caller);
        if (beforePosition != null && beforePosition < 1) {
            throw new InvalidRequestException("before", "позиция должна быть положительной");
        }
        return store.history(sessionId, checkLimit(limit), beforePosition)
                .withSuggestions(suggestions.pending(sessionId, clock.instant()));
    }

    /** The whole session as Markdown, for download. */
    public String report(long sessionId, Caller caller) {
        ChatSession session = get(sessionId, caller);
        List<Turn> turns = new ArrayList<>();
        Integer before = null;
        HistoryPage page;
        do {
            page = store.history(sessionId, MAX_HISTORY_PAGE, before);
            turns.addAll(0, page.turns());
            before = page.turns().isEmpty() ? null : page.turns().getFirst().position();
        } while (page.hasMore() && before != null);
        return report.markdown(session, turns);
    }

    private static int checkLimit(int limit) {
        if (limit < 1 || limit > MAX_HISTORY_PAGE) {
            throw new InvalidRequestException("limit", "от 1 до " + MAX_HISTORY_PAGE);
        }
        return limit;
    }
}
