package ru.sppr.chat.briefing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.sppr.chat.answer.Cited;
import ru.sppr.chat.knowledge.search.Excerpt;
import ru.sppr.chat.knowledge.search.SearchHit;
import ru.sppr.chat.knowledge.source.Fragment;
import ru.sppr.chat.knowledge.source.Source;
import ru.sppr.chat.knowledge.source.SourceDocument;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.situation.SituationStore.ObservationRow;
import ru.sppr.chat.situation.SituationStore.ReportRow;

/** Numbers the fragments an answer from the model cites, [1], [2], …, one number per fragment, each of its source's own type. */
final class Book {
    private final Map<String, Cited> cited = new LinkedHashMap<>();

    /** The mark of the fragment an observation was read from. */
    String mark(ObservationRow o) {
        return mark(o.sourceId(), o.sourceTitle(), o.sourceType(), o.location(), o.observedAt(), o.ordinal(), o.excerpt());
    }

    /** The mark of a report as a whole (its first fragment), of the type the source is — a table, an event log, an image. */
    String mark(ReportRow r) {
        return mark(r.sourceId(), r.title(), r.sourceType(), null, r.reportedAt(), 0, r.title());
    }

    /** The mark of a fragment found by search. */
    String mark(SearchHit hit) {
        return "[" + cited.computeIfAbsent(hit.fragmentId(), f -> new Cited(cited.size() + 1, hit)).ordinal() + "]";
    }

    /** The mark of a fragment of a document read whole. */
    String mark(SourceDocument document, Fragment f) {
        Source source = document.source();
        return mark(source.id(), source.title(), source.type(), f.location(), f.observedAt(), f.ordinal(), f.text());
    }

    String mark(String sourceId, String title, SourceType type, String location, Instant observedAt, int ordinal, String excerpt) {
        String fragment = sourceId + "#" + ordinal;
        String text = excerpt == null ? "" : excerpt;
        Cited c = cited.computeIfAbsent(fragment, f -> new Cited(cited.size() + 1, new SearchHit(f, sourceId, title,
                type == null ? SourceType.DOCUMENT : type, location, null, observedAt, 1.0, text, Excerpt.of(text, List.of()))));
        return "[" + c.ordinal() + "]";
    }

    List<Cited> cited() {
        return new ArrayList<>(cited.values());
    }

    /** How many sources the cited fragments come from. */
    int sources() {
        return (int) cited.values().stream().map(c -> c.hit().sourceId()).distinct().count();
    }
}
