package ru.sppr.chat.briefing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.sppr.chat.answer.Cited;
import ru.sppr.chat.knowledge.search.Excerpt;
import ru.sppr.chat.knowledge.search.SearchHit;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.situation.SituationStore.ObservationRow;

/** Numbers the fragments an answer from the model cites, [1], [2], …, one number per fragment. */
final class Book {
    private final Map<String, Cited> cited = new LinkedHashMap<>();

    /** The mark of the fragment an observation was read from. */
    String mark(ObservationRow o) {
        return mark(o.sourceId(), o.sourceTitle(), o.observedAt(), o.ordinal(), o.excerpt());
    }

    String mark(String sourceId, String title, Instant observedAt, int ordinal, String excerpt) {
        String fragment = sourceId + "#" + ordinal;
        String text = excerpt == null ? "" : excerpt;
        Cited c = cited.computeIfAbsent(fragment, f -> new Cited(cited.size() + 1, new SearchHit(f, sourceId, title,
                SourceType.DOCUMENT, null, null, observedAt, 1.0, text, Excerpt.of(text, List.of()))));
        return "[" + c.ordinal() + "]";
    }

    List<Cited> cited() {
        return new ArrayList<>(cited.values());
    }
}
