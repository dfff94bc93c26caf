package ru.sppr.chat.briefing;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import ru.sppr.chat.knowledge.search.SearchHit;

/**
 * What the sentences answering a question may come from when it is about an incident at a place: the reports of the
 * incidents there, and any fragment naming the place (a report the grouping missed). «а причина?» after «что случилось в
 * подольске» is then answered from what is known of Подольск, not from a crash elsewhere that shares the word «причина».
 */
public record AnswerScope(Set<String> sources, List<String> places) {
    public static final AnswerScope ANY = new AnswerScope(Set.of(), List.of());

    public AnswerScope {
        sources = Set.copyOf(sources);
        places = List.copyOf(places);
    }

    /** Whether the scope narrows what is searched (else every fragment is in scope). */
    public boolean narrows() {
        return !sources.isEmpty() || !places.isEmpty();
    }

    /** The first {@code k} hits in scope when there are any; else the first {@code k} of all (the answer is checked later). */
    public List<SearchHit> keep(List<SearchHit> hits, int k) {
        List<SearchHit> inside = narrows() ? hits.stream().filter(this::contains).toList() : List.of();
        List<SearchHit> kept = inside.isEmpty() ? hits : inside;
        return kept.size() <= k ? kept : kept.subList(0, k);
    }

    private boolean contains(SearchHit hit) {
        if (sources.contains(hit.sourceId())) {
            return true;
        }
        String text = (hit.title() + "\n" + hit.text()).toLowerCase(Locale.ROOT).replace('ё', 'е');
        return places.stream().anyMatch(p -> FrameReader.namesPlace(text, p));
    }
}
