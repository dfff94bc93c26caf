package ru.sppr.chat.briefing;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;
import ru.sppr.chat.knowledge.search.KnowledgeSearch;
import ru.sppr.chat.knowledge.search.SearchHit;
import ru.sppr.chat.knowledge.search.SearchRequest;
import ru.sppr.chat.knowledge.source.EventLine;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.situation.Attribute;
import ru.sppr.chat.user.Caller;

/**
 * The entries of the event logs a timeline is made of besides figures: what was done and when — «23:50 — превентивно
 * обесточено с. Нижние Ключи», «14:00 — начата эвакуация», «07:00 — лодочная переправа приостановлена». An entry belongs
 * to a timeline when it names the thing asked (by every word of its name) and speaks of the topic asked
 * («электроснабжение лугового как было» — the entries of Луговое about its power), within the period asked.
 */
final class LoggedEvents {
    /** Entries searched for; a log's entries on one thing and topic are fewer. */
    private static final int SEARCHED = 60;

    private final KnowledgeSearch words;
    private final TermAnalysis analysis;

    LoggedEvents(KnowledgeSearch words, TermAnalysis analysis) {
        this.words = words;
        this.analysis = analysis;
    }

    /** An entry: when, what it says without its time, and its fragment. */
    record Entry(Instant at, String text, SearchHit hit) {}

    /**
     * The entries about {@code subject} (a name; empty when the question names nothing) and the {@code topic} the
     * question asks about besides it ({@link AskedWords#topic}) — of a figure asked, those naming it («как уровень на гп
     * ключи менялся»: «Превышена опасная отметка…») — in time order. Without a subject, a topic must be asked: «какие
     * режимы вводили, по порядку».
     */
    List<Entry> about(Frame frame, String subject, List<String> topic, Caller caller) {
        if (subject.isEmpty() && topic.isEmpty()) {
            return List.of();
        }
        String query = (subject + " " + String.join(" ", topic)).strip();
        Moment moment = frame.moment();
        Instant from = moment instanceof Moment.Within w ? w.from() : null;
        var request = new SearchRequest(query, SEARCHED, caller.clearance(), frame.askedAt(), moment.until(), from, null,
                Set.of(SourceType.EVENTS), Set.of());
        String name = subject.toLowerCase(Locale.ROOT).replace('ё', 'е');
        return words.search(request).stream().filter(h -> h.observedAt() != null && h.text() != null)
                .filter(h -> !h.observedAt().isAfter(frame.askedAt()) && moment.holds(h.observedAt()))
                .filter(h -> name.isEmpty() || FrameReader.namesPlace(h.text().toLowerCase(Locale.ROOT).replace('ё', 'е'), name))
                .filter(h -> speaksOf(h.text(), topic))
                .filter(h -> frame.attributes().isEmpty() || Attribute.namedIn(h.text()).stream().anyMatch(frame.attributes()::contains))
                .map(h -> new Entry(h.observedAt(), EventLine.withoutTime(h.text()), h))
                .sorted(Comparator.comparing(Entry::at)).toList();
    }

    /** Whether an entry speaks of at least half the words of the topic («какие режимы вводили»: «Введён режим …»). */
    private boolean speaksOf(String text, List<String> topic) {
        Set<String> said = new HashSet<>(analysis.stems(text));
        long spoken = topic.stream().filter(t -> said.stream().anyMatch(s -> AskedWords.sameStart(s, t))).count();
        return spoken * 2 >= topic.size();
    }
}
