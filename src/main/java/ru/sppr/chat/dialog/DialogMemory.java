package ru.sppr.chat.dialog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import ru.sppr.chat.session.ChatSession;
import ru.sppr.chat.session.Exchange;
import ru.sppr.chat.session.SessionStore;
import ru.sppr.chat.session.Turn;
import ru.sppr.chat.suggestion.Suggestion;
import ru.sppr.chat.suggestion.SuggestionKind;
import ru.sppr.chat.suggestion.SuggestionQueue;

/**
 * What an ask needs from its session's past — the last turns (the context of a follow-up or a "why?") and when
 * each kind of suggestion was last offered (the cooldown) — kept per session from one ask to the next instead of
 * read from the database each time (two queries per ask).
 * <p>
 * An entry is used only while the session holds exactly as many turns as when the entry was made: the caller
 * passes the session as it has just read it. An exchange written by another node, or by another ask of the same
 * session on this node, changes that count, and the entry is read again from the database.
 */
final class DialogMemory {
    /** Sessions remembered at most; each entry holds a few turns with their citations. */
    private static final int MAX_SESSIONS = 1_000;
    private static final Duration FORGET_UNUSED_AFTER = Duration.ofMinutes(30);

    private final SessionStore store;
    private final SuggestionQueue suggestions;
    private final int contextTurns;
    private final Duration cooldown;
    private final Cache<Long, Past> sessions = Caffeine.newBuilder()
            .maximumSize(MAX_SESSIONS).expireAfterAccess(FORGET_UNUSED_AFTER).build();

    DialogMemory(SessionStore store, SuggestionQueue suggestions, int contextTurns, Duration cooldown) {
        this.store = Objects.requireNonNull(store, "store");
        this.suggestions = Objects.requireNonNull(suggestions, "suggestions");
        this.contextTurns = contextTurns;
        this.cooldown = Objects.requireNonNull(cooldown, "cooldown");
    }

    /** The session's past as of its {@code turnCount}, from memory when it is up to date, else from the database. */
    Recall recall(ChatSession session, Instant now) {
        Instant since = now.minus(cooldown);
        Past past = sessions.getIfPresent(session.id());
        if (past == null || past.turnCount() != session.turnCount()) {
            past = new Past(session.turnCount(), List.copyOf(store.history(session.id(), contextTurns, null).turns()),
                    suggestions.lastOffered(session.id(), since));
            sessions.put(session.id(), past);
        }
        return new Recall(past.turns(), past.offeredSince(since));
    }

    /**
     * Adds an exchange just written to the remembered past, if that past is the one right before it; otherwise
     * (another exchange came in between) forgets the session, to be read again at its next ask.
     */
    void remember(Exchange exchange, List<Suggestion> offered, Instant now) {
        int countBefore = exchange.question().position() - 1;
        sessions.asMap().computeIfPresent(exchange.answer().sessionId(),
                (id, past) -> past.turnCount() == countBefore ? past.after(exchange, offered, now, contextTurns) : null);
    }

    /** The last turns of a session, oldest first, and the kinds of suggestion it was offered within the cooldown. */
    record Recall(List<Turn> turns, Set<SuggestionKind> recentKinds) {}

    private record Past(int turnCount, List<Turn> turns, Map<SuggestionKind, Instant> lastOffered) {
        Set<SuggestionKind> offeredSince(Instant since) {
            return lastOffered.entrySet().stream().filter(e -> !e.getValue().isBefore(since))
                    .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
        }

        Past after(Exchange exchange, List<Suggestion> offered, Instant now, int contextTurns) {
            var recent = new ArrayList<>(turns);
            recent.add(exchange.question());
            recent.add(exchange.answer());
            var offers = new HashMap<>(lastOffered);
            offered.forEach(s -> offers.put(s.kind(), now));
            return new Past(exchange.answer().position(),
                    List.copyOf(recent.subList(Math.max(0, recent.size() - contextTurns), recent.size())), offers);
        }
    }
}
