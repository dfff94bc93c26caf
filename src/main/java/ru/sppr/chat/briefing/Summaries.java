package ru.sppr.chat.briefing;

import static ru.sppr.chat.briefing.Modelled.QUOTE;
import static ru.sppr.chat.briefing.Modelled.WHOLE_SENTENCE;
import static ru.sppr.chat.briefing.Modelled.distinct;
import static ru.sppr.chat.briefing.Modelled.modelled;
import static ru.sppr.chat.briefing.Modelled.observedBy;
import static ru.sppr.chat.briefing.Modelled.visible;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ru.sppr.chat.answer.Answer;
import ru.sppr.chat.answer.ReplyTimes;
import ru.sppr.chat.knowledge.analysis.Sentences;
import ru.sppr.chat.knowledge.search.KnowledgeSearch;
import ru.sppr.chat.knowledge.search.SearchHit;
import ru.sppr.chat.knowledge.search.SearchRequest;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.situation.Attribute;
import ru.sppr.chat.situation.EventType;
import ru.sppr.chat.situation.MentionKind;
import ru.sppr.chat.situation.SituationModel;
import ru.sppr.chat.situation.SituationStore.EntityRow;
import ru.sppr.chat.situation.SituationStore.ObservationRow;
import ru.sppr.chat.situation.SituationStore.ReportRow;
import ru.sppr.chat.situation.SituationViews.Disagreement;
import ru.sppr.chat.situation.SituationViews.FigureHistory;
import ru.sppr.chat.situation.SituationViews.IncidentCard;
import ru.sppr.chat.situation.SituationViews.IncidentSummary;
import ru.sppr.chat.user.Caller;

/**
 * Summaries of an incident as of the moment asked: its latest figures and states with the sources that disagree, and
 * its lead reports when it has few figures; of a place or object that is a part of it, its own figures and what the
 * sources write of it; of the whole situation when nothing narrower is asked — the busiest incident with those sharing
 * its reports, a district's totals first.
 */
final class Summaries {
    private static final int SUMMARY_LINES = 9;
    /** The lines of figures of a summary of the whole situation, of several incidents: a total and its places. */
    private static final int SITUATION_LINES = 12;
    /**
     * Events that cover a district rather than happen at a point: a summary of one asked with no place named («итоги
     * половодья») is of the whole situation, its evacuation, outages and closed roads with it.
     */
    private static final Set<EventType> WIDE = EnumSet.of(EventType.FLOOD, EventType.STORM);
    /** Titles of the incidents a summary of the whole situation names in its head besides its own. */
    private static final int RELATED_TITLES = 3;
    /** A summary with fewer lines of figures and states than this tells of the reports too; at most {@link #LEADS} of them. */
    private static final int FEW_FIGURES = 6;
    private static final int LEADS = 5;
    /**
     * A report's title that is a headline sentence, not a document's or a table's name; a news record's title is a
     * headline with or without its full stop («…полностью потушен, сообщает МЧС России»).
     */
    private static final Pattern HEADLINE = Pattern.compile("[.!?…»\"]$");
    /** Sentences a summary of a place or object quotes from the sources, of so many fragments found. */
    private static final int WRITTEN_ABOUT = 4;
    private static final int WRITTEN_ABOUT_HITS = 12;
    /** A sentence that starts with its own time («17:30 14.04.2026 МСК — электроснабжение…», an event log's line). */
    private static final Pattern DATED = Pattern.compile("\\d{1,2}:\\d{2}\\s+\\d{1,2}\\.\\d{1,2}");
    private static final int SUMMARY_STATES = 4;

    private final SituationModel model;
    private final KnowledgeSearch words;
    private final ReplyTimes times;
    private final Incidents incidents;
    private final Figures figures;

    Summaries(SituationModel model, KnowledgeSearch words, ReplyTimes times, Incidents incidents, Figures figures) {
        this.model = model;
        this.words = words;
        this.times = times;
        this.incidents = incidents;
        this.figures = figures;
    }

    /** «обстановка на утро 10 апреля кратко»: the summary of the situation at the moment asked, when nothing narrower is asked. */
    Optional<Briefed> wholeSituation(Frame frame, String question, Caller caller) {
        String said = switch (frame.moment()) {
            case Moment.AsOf a -> a.said();
            case Moment.Within w -> w.said();
            case Moment.Latest l -> null;
        };
        return !frame.namesSomething() && FrameReader.asksWholeSituation(question, said) ? summary(frame, question, caller) : Optional.empty();
    }

    Optional<Briefed> summary(Frame frame, String question, Caller caller) {
        if (!frame.namesSomething() && frame.event().isEmpty() && FrameReader.asksOfUnknown(question)) {
            return Optional.empty();
        }
        List<IncidentSummary> named = incidents.incidentsNamed(frame, frame.namesSomething() ? question : "", caller);
        Optional<IncidentSummary> incident = !named.isEmpty() ? Optional.of(named.getFirst())
                : frame.namesSomething() ? Optional.empty()
                : incidents.busiestAt(Incidents.known(model.incidents(null, null, null, 50, caller), frame), frame.moment().until(), caller);
        if (incident.isEmpty()) {
            return Optional.empty();
        }
        var card = model.incident(incident.get().id(), caller);
        Instant until = frame.moment().until();
        IncidentSummary s = card.summary();
        boolean whole = frame.entities().isEmpty() && frame.event().filter(e -> !WIDE.contains(e)).isEmpty();
        List<IncidentCard> cards = whole ? withRelated(card, frame, caller) : List.of(card);
        List<ReportRow> reports = cards.stream().flatMap(c -> c.reports().stream())
                .filter(r -> reportedBy(r, frame)).filter(distinct(ReportRow::sourceId)).sorted(Comparator.comparing(ReportRow::reportedAt)).toList();
        if (reports.isEmpty()) {
            return Optional.empty();
        }
        var when = times.reply();
        Optional<EntityRow> about = part(frame, s, card.figures());
        String related = cards.size() < 2 ? "" : "\nВместе с: " + cards.stream().skip(1).limit(RELATED_TITLES).map(c -> c.summary().title())
                .collect(Collectors.joining("; ")) + (cards.size() > RELATED_TITLES + 1 ? " и ещё " + (cards.size() - RELATED_TITLES - 1) : "") + ".";
        String head = "## Сводка" + about.map(e -> " по «" + e.name() + "»").orElse("") + ": " + s.title()
                + (until == null ? "" : ", на " + when.at(until)) + "\nСообщений: " + reports.size()
                + ", с " + when.at(reports.getFirst().reportedAt()) + " по " + when.at(reports.getLast().reportedAt()) + "." + related;
        var book = new Book();
        List<String> lines = new ArrayList<>();
        Newest newest = newest(cards, frame, about);
        Map<ObservationRow, ObservationRow> disagreeing = newest.disagreeing();
        for (ObservationRow o : SummaryFigures.pick(newest.figures(), cards.size() > 1 ? SITUATION_LINES : SUMMARY_LINES)) {
            lines.add("- " + (o.entityName().isEmpty() ? "" : o.entityName() + ": ") + o.attribute().label() + " — "
                    + SituationModel.shown(o) + " (на " + when.at(o.observedAt()) + ") " + book.mark(o)
                    + (!disagreeing.containsKey(o) ? "" : ", источники расходятся" + (disagreeing.get(o) == null ? ""
                    : ": также " + SituationModel.shown(disagreeing.get(o)) + " " + book.mark(disagreeing.get(o)))));
        }
        newest.states().stream().filter(o -> !o.entityName().isEmpty()).sorted(Comparator.comparing(ObservationRow::observedAt).reversed())
                .limit(SUMMARY_STATES).forEach(o -> lines.add("- " + o.entityName() + ": " + SituationModel.shown(o) + " (на "
                        + when.at(o.observedAt()) + ") " + book.mark(o) + figures.quote(o).map(q -> " — «" + q + "»").orElse("")));
        if (about.isPresent()) {
            Set<String> sources = reports.stream().map(ReportRow::sourceId).collect(Collectors.toSet());
            List<String> written = writtenAbout(about.get(), sources, frame, caller, book);
            if (!written.isEmpty()) {
                lines.add("Из сообщений о «" + about.get().name() + "»:");
                lines.addAll(written);
            }
        } else if (lines.size() < FEW_FIGURES) {
            List<ReportRow> leads = leads(reports);
            if (!leads.isEmpty()) {
                lines.add("Сообщения:");
                leads.forEach(r -> lines.add("- " + when.at(r.reportedAt()) + " — «" + r.title() + "» " + book.mark(r)));
            }
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Briefed(new Answer.Grounded(head + "\n" + String.join("\n", lines), book.cited(), modelled(reports.size(), false)),
                Optional.of(IncidentUsed.of(s))));
    }

    /** The newest value of each figure and state, and of a figure the sources disagree on, the other value (or null). */
    private record Newest(List<ObservationRow> figures, List<ObservationRow> states, Map<ObservationRow, ObservationRow> disagreeing) {}

    /**
     * The newest value by the moment asked of each figure and state the incidents hold — of the thing {@code about} only,
     * when the summary is of a part — one per thing and figure when several incidents hold it.
     */
    private static Newest newest(List<IncidentCard> cards, Frame frame, Optional<EntityRow> about) {
        Map<String, FigureHistory> byThing = new LinkedHashMap<>();
        Map<String, ObservationRow> last = new HashMap<>();
        for (var figure : cards.stream().flatMap(c -> c.figures().stream()).toList()) {
            List<ObservationRow> values = observedBy(visible(figure.values(), frame), frame.moment().until()).stream()
                    .filter(o -> about.isEmpty() || of(o.entityKey(), o.entityName(), about.get())).toList();
            String key = figure.entityKey() + "\u0000" + figure.attribute();
            if (!values.isEmpty() && (!last.containsKey(key) || values.getLast().observedAt().isAfter(last.get(key).observedAt()))) {
                byThing.put(key, figure);
                last.put(key, values.getLast());
            }
        }
        List<ObservationRow> figures = new ArrayList<>();
        List<ObservationRow> states = new ArrayList<>();
        Map<ObservationRow, ObservationRow> disagreeing = new HashMap<>();
        byThing.forEach((key, figure) -> {
            ObservationRow value = last.get(key);
            if (figure.attribute() == Attribute.STATE) {
                states.add(value);
            } else {
                figures.add(value);
                if (!figure.disagreements().isEmpty()) {
                    disagreeing.put(value, otherValue(figure, value));
                }
            }
        });
        return new Newest(figures, states, disagreeing);
    }

    /**
     * The incident a summary of the whole situation is of, with those that share a report with it by the moment asked:
     * the evacuation, the closed roads and the outages the same ЕДДС reports count with the flood are one situation.
     */
    private List<IncidentCard> withRelated(IncidentCard card, Frame frame, Caller caller) {
        List<String> sources = card.reports().stream().filter(r -> reportedBy(r, frame)).map(ReportRow::sourceId).distinct().toList();
        List<IncidentCard> cards = new ArrayList<>(List.of(card));
        model.incidentsOf(sources, caller).values().stream().flatMap(Set::stream).distinct()
                .filter(id -> id != card.summary().id()).sorted()
                .map(id -> model.incident(id, caller))
                .filter(c -> !Incidents.known(List.of(c.summary()), frame).isEmpty())
                .forEach(cards::add);
        return cards;
    }

    /** Whether a report was made by the moment asked, and by the time the question is asked («обстановка» on the 12th is not the 16th's). */
    private static boolean reportedBy(ReportRow r, Frame frame) {
        Instant until = frame.moment().until();
        return r.reportedAt() != null && !r.reportedAt().isAfter(until == null ? frame.askedAt() : until);
    }

    /** Of a figure the sources disagree on, the latest value of a conflicting pair that is not the one shown; null when none. */
    private static ObservationRow otherValue(FigureHistory figure, ObservationRow shown) {
        Map<Long, ObservationRow> byId = figure.values().stream().collect(Collectors.toMap(ObservationRow::id, o -> o, (a, b) -> a));
        return figure.disagreements().stream().filter(d -> d.kind() == Disagreement.Kind.CONFLICT)
                .flatMap(d -> Stream.of(byId.get(d.first()), byId.get(d.second())))
                .filter(o -> o != null && o.observedAt() != null && !o.observedAt().isAfter(shown.observedAt())
                        && !SituationModel.shown(o).equals(SituationModel.shown(shown)))
                .max(Comparator.comparing(ObservationRow::observedAt)).orElse(null);
    }

    /**
     * The place or object a summary is asked of when it is a part of the incident («доложи по ольховке» in a flood of
     * many villages): its figures and states are the summary, not the whole incident's. None when the incident is named
     * after it, or the model holds no figure of it.
     */
    private static Optional<EntityRow> part(Frame frame, IncidentSummary incident, List<FigureHistory> figures) {
        return frame.entities().stream().filter(e -> e.kind().place() || e.kind() == MentionKind.OBJECT).findFirst()
                .filter(e -> !of("", incident.title(), e))
                .filter(e -> figures.stream().anyMatch(f -> of(f.entityKey(), f.entityName(), e)));
    }

    /** Whether an entity is the one named or a thing named after it (the gauge, dam and substation of Ольховка). */
    private static boolean of(String key, String name, EntityRow named) {
        String stem = stemOf(named);
        return key.toLowerCase(Locale.ROOT).contains(stem) || name.toLowerCase(Locale.ROOT).contains(stem);
    }

    /** «ольховка» → «ольхов»: the stem a place's or object's name is found by in keys, names and sentences. */
    private static String stemOf(EntityRow named) {
        return FrameReader.stem(FrameReader.tail(named.key()).toLowerCase(Locale.ROOT).replace('ё', 'е'));
    }

    /**
     * What the sources say of a place or object a summary is asked of, beyond its figures: the sentences naming it, of
     * the fragments observed by the moment asked, newest first.
     */
    private List<String> writtenAbout(EntityRow named, Set<String> sources, Frame frame, Caller caller, Book book) {
        Pattern naming = Pattern.compile("(?<!\\p{L})" + Pattern.quote(stemOf(named)));
        var request = new SearchRequest(named.name(), WRITTEN_ABOUT_HITS, caller.clearance(), frame.askedAt(), frame.moment().until(),
                null, null, Set.of(), Set.of());
        List<SearchHit> hits = words.search(request).stream().filter(hit -> sources.contains(hit.sourceId()))
                .sorted(Comparator.comparing(SearchHit::observedAt, Comparator.nullsLast(Comparator.reverseOrder()))).toList();
        var when = times.reply();
        Set<String> seen = new HashSet<>();
        List<String> lines = new ArrayList<>();
        for (SearchHit hit : hits) {
            for (String sentence : Sentences.split(hit.text())) {
                if (lines.size() == WRITTEN_ABOUT) {
                    return lines;
                }
                String plain = sentence.strip();
                if (plain.length() <= QUOTE && WHOLE_SENTENCE.matcher(plain).matches()
                        && naming.matcher(plain.toLowerCase(Locale.ROOT).replace('ё', 'е')).find() && seen.add(plain)) {
                    boolean dated = hit.observedAt() != null && !DATED.matcher(plain).lookingAt();
                    lines.add("- " + (dated ? when.at(hit.observedAt()) + " — " : "") + plain + " " + book.mark(hit));
                }
            }
        }
        return lines;
    }

    /** The reports a summary with few figures tells of: the first and the latest, no duplicates, in time order. */
    private static List<ReportRow> leads(List<ReportRow> reports) {
        List<ReportRow> own = new ArrayList<>();
        Set<String> titles = new HashSet<>();
        for (ReportRow r : reports) {
            if (r.duplicateOf() == null && r.title() != null && (r.sourceType() == SourceType.RECORD || HEADLINE.matcher(r.title().strip()).find())
                    && titles.add(r.title().strip().toLowerCase(Locale.ROOT))) {
                own.add(r);
            }
        }
        if (own.size() <= LEADS) {
            return own;
        }
        List<ReportRow> picked = new ArrayList<>(own.subList(own.size() - (LEADS - 1), own.size()));
        picked.addFirst(own.getFirst());
        return picked;
    }
}
