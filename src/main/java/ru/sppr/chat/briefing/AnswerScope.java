package ru.sppr.chat.briefing;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ru.sppr.chat.knowledge.search.SearchHit;

/**
 * What the sentences answering a question should come from when it is about a place: the reports of the incidents
 * there, and any fragment naming the place (a report the grouping missed); when it names a document, that document
 * ({@link #ofDocuments}). A follow-up naming nothing of its own
 * ({@code only}: «а причина?» after «что случилось в подольске») is answered from those alone, not from a crash elsewhere
 * that shares the word «причина»; a question naming the place itself prefers them (other fragments score
 * {@value #ELSEWHERE} of their own), as a report of the event may name neither the place nor its incident.
 */
public record AnswerScope(Set<String> sources, List<String> places, boolean only) {
    public static final AnswerScope ANY = new AnswerScope(Set.of(), List.of(), false);
    static final double ELSEWHERE = 0.5;

    public AnswerScope {
        sources = Set.copyOf(sources);
        places = List.copyOf(places);
    }

    /**
     * This scope with {@code sources} in it: a follow-up («а чё столкнулось?», «уроки отменили?», «а психолог во скока
     * там принимает?») is about what the answer before it was read from — preferred when no place says what it is about,
     * and in scope besides the fragments naming the place, as a document about a place («Справка о работе ПВР № 1») does
     * not name it in every line.
     */
    public AnswerScope orPreferring(Set<String> sources) {
        if (sources.isEmpty()) {
            return this;
        }
        if (!narrows()) {
            return new AnswerScope(sources, List.of(), false);
        }
        Set<String> with = new HashSet<>(this.sources);
        with.addAll(sources);
        return new AnswerScope(with, places, only);
    }

    /**
     * The documents a question names («по памятке …», «по решению 9»): answered from them alone while they have a fragment
     * found, whatever place it names — the сводки that share more of its words are not what it asks about.
     */
    public static AnswerScope ofDocuments(Set<String> documents) {
        return new AnswerScope(documents, List.of(), true);
    }

    /** Whether the scope narrows what is searched (else every fragment is in scope). */
    public boolean narrows() {
        return !sources.isEmpty() || !places.isEmpty();
    }

    /**
     * The first {@code k} hits: only those in scope when it is {@code only} and there are any, else all with those out of
     * scope scored lower.
     */
    public List<SearchHit> keep(List<SearchHit> hits, int k) {
        List<SearchHit> kept = hits;
        if (narrows() && only) {
            List<SearchHit> inside = hits.stream().filter(this::contains).toList();
            kept = inside.isEmpty() ? hits : inside;
        } else if (narrows()) {
            kept = hits.stream().map(h -> contains(h) ? h : h.withScore(h.score() * ELSEWHERE))
                    .sorted(Comparator.comparingDouble(SearchHit::score).reversed()).toList();
        }
        return kept.size() <= k ? kept : kept.subList(0, k);
    }

    /** The first {@code k} hits naming a place of the scope (none when it names no place). */
    public List<SearchHit> naming(List<SearchHit> hits, int k) {
        return places.isEmpty() ? List.of() : hits.stream().filter(this::namesAPlace).limit(k).toList();
    }

    private boolean contains(SearchHit hit) {
        return sources.contains(hit.sourceId()) || namesAPlace(hit);
    }

    private boolean namesAPlace(SearchHit hit) {
        String text = (hit.title() + "\n" + hit.text()).toLowerCase(Locale.ROOT).replace('ё', 'е');
        return places.stream().anyMatch(p -> FrameReader.namesPlace(text, p));
    }
}
