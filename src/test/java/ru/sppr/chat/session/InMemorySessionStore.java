package ru.sppr.chat.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import ru.sppr.chat.failure.ConflictException;
import ru.sppr.chat.failure.NotFoundException;
import ru.sppr.chat.user.Caller;

/** A test fake of {@link SessionStore} over maps; enough for use-case tests. */
public final class InMemorySessionStore implements SessionStore {
    private final Map<Long, ChatSession> sessions = new ConcurrentHashMap<>();
    private final Map<Long, List<Turn>> turns = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public ChatSession create(long ownerId, String title, Instant now, Caller actor) {
        var session = new ChatSession(ids.incrementAndGet(), ownerId, title, SessionStatus.ACTIVE, 0, now, now);
        sessions.put(session.id(), session);
        turns.put(session.id(), new ArrayList<>());
        return session;
    }

    @Override
    public Optional<ChatSession> find(long sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    @Override
    public List<ChatSession> listByOwner(long ownerId, int limit) {
        return sessions.values().stream().filter(s -> s.ownerId() == ownerId)
                .sorted(Comparator.comparing(ChatSession::lastActivityAt).reversed()).limit(limit).toList();
    }

    @Override
    public ChatSession close(long sessionId, Instant now, Caller actor) {
        return sessions.computeIfPresent(sessionId, (id, s) -> with(s, SessionStatus.CLOSED, s.turnCount(), s.lastActivityAt()));
    }

    @Override
    public synchronized Exchange appendExchange(long sessionId, String question, AnswerDraft answer, int maxQuestions,
                                                Instant now, Caller actor) {
        ChatSession s = find(sessionId).orElseThrow(() -> new NotFoundException("сессия не найдена"));
        if (s.status() != SessionStatus.ACTIVE || s.questionCount() >= maxQuestions) {
            throw new ConflictException("сессия не принимает вопросы");
        }
        var q = new Turn(ids.incrementAndGet(), sessionId, s.turnCount() + 1, TurnRole.USER, question, null, null, now, List.of());
        var a = new Turn(ids.incrementAndGet(), sessionId, s.turnCount() + 2, TurnRole.ASSISTANT, answer.text(),
                answer.confidence(), answer.intent().code(), now, answer.citations(), answer.links());
        turns.get(sessionId).addAll(List.of(q, a));
        sessions.put(sessionId, with(s, s.status(), s.turnCount() + 2, now));
        return new Exchange(q, a);
    }

    @Override
    public HistoryPage history(long sessionId, int limit, Integer beforePosition) {
        List<Turn> all = turns.getOrDefault(sessionId, List.of()).stream()
                .filter(t -> beforePosition == null || t.position() < beforePosition).toList();
        int from = Math.max(0, all.size() - limit);
        return new HistoryPage(all.subList(from, all.size()), from > 0, List.of());
    }

    @Override
    public List<Long> expireIdle(Instant cutoff, Instant now) {
        return sessions.keySet().stream().filter(id -> expireIfIdle(id, cutoff, now)).toList();
    }

    @Override
    public boolean expireIfIdle(long sessionId, Instant cutoff, Instant now) {
        ChatSession s = sessions.get(sessionId);
        if (s == null || s.status() != SessionStatus.ACTIVE || !s.lastActivityAt().isBefore(cutoff)) {
            return false;
        }
        sessions.put(sessionId, with(s, SessionStatus.EXPIRED, s.turnCount(), s.lastActivityAt()));
        return true;
    }

    @Override
    public long countUnansweredQuestions() {
        return 0;
    }

    private static ChatSession with(ChatSession s, SessionStatus status, int turnCount, Instant lastActivity) {
        return new ChatSession(s.id(), s.ownerId(), s.title(), status, turnCount, s.createdAt(), lastActivity);
    }
}
