package ru.sppr.chat.briefing;

import static ru.sppr.chat.briefing.Modelled.DISCRETE;
import static ru.sppr.chat.briefing.Modelled.INCIDENT_SLACK;
import static ru.sppr.chat.briefing.Modelled.NAMED_BY_NAME;
import static ru.sppr.chat.briefing.Modelled.PLACE_INCIDENTS;
import static ru.sppr.chat.briefing.Modelled.distinct;
import static ru.sppr.chat.briefing.Modelled.elided;
import static ru.sppr.chat.briefing.Modelled.modelled;
import static ru.sppr.chat.briefing.Modelled.sameEntity;
import static ru.sppr.chat.briefing.Modelled.sorted;
import static ru.sppr.chat.briefing.Modelled.visible;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ru.sppr.chat.answer.Answer;
import ru.sppr.chat.answer.ReplyTimes;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;
import ru.sppr.chat.situation.Attribute;
import ru.sppr.chat.situation.MentionKind;
import ru.sppr.chat.situation.Plural;
import ru.sppr.chat.situation.SituationModel;
import ru.sppr.chat.situation.SituationStore.EntityRow;
import ru.sppr.chat.situation.SituationStore.ObservationRow;
import ru.sppr.chat.situation.SituationStore.ReportRow;
import ru.sppr.chat.situation.SituationViews.Figure;
import ru.sppr.chat.situation.SituationViews.IncidentCard;
import ru.sppr.chat.situation.SituationViews.IncidentSummary;
import ru.sppr.chat.user.Caller;

/**
 * Timelines: the changes of an object's or place's figures and states in the period asked (one line per day and
 * figure when long) among what the event log says was done to it then ({@link LoggedEvents}); the reports of an
 * incident in time order (of the story a place's or an event's words tell of); at a place with incidents days
 * apart, those incidents, newest first, each with its latest key figures; or a person's part ({@link ActorTimelines}).
 */
final class Timelines {
    private static final int TIMELINE_LINES = 12;
    /** How far apart in time incidents of one story may be: an arrest, a factory closed a week or two after the event. */
    private static final Duration STORY_GAP = Duration.ofDays(30);
    /** A timeline of figures with fewer lines than this gives way to the reports of its incident, when they are more. */
    private static final int FEW_LINES = 3;
    /** A timeline of two or more reports over {@link #TIMELINE_LINES} keeps this many of the first: how it began. */
    private static final int FIRST_REPORTS = 3;
    /** How many of the figures a report gave its line in a timeline names. */
    private static final int REPORT_FIGURES = 3;
    /**
     * Words a retold headline may add: who reports it («сообщил Mash» — a name in Latin letters, «— источник», «по данным
     * МЧС»); any other word («…полностью потушен», «…ликвидирован») is news.
     */
    private static final Pattern REPORTING = Pattern.compile("сообщ\\p{L}*|источник\\p{L}*|данн\\p{L}*|пиш\\p{L}*|переда\\p{L}*|заяв\\p{L}*");
    /** A retelling's sentence is news only with a number in it. */
    private static final Pattern NUMBER = Pattern.compile("\\d");

    private final SituationModel model;
    private final TermAnalysis analysis;
    private final ReplyTimes times;
    private final DateTimeFormatter day;
    private final Incidents incidents;
    private final Histories histories;
    private final ReportDetails details;
    private final LoggedEvents events;
    private final AskedWords asked;
    private final ActorTimelines actors;

    Timelines(SituationModel model, TermAnalysis analysis, ReplyTimes times, DateTimeFormatter day, Incidents incidents,
              Histories histories, ReportDetails details, LoggedEvents events, AskedWords asked, ActorTimelines actors) {
        this.model = model;
        this.analysis = analysis;
        this.times = times;
        this.day = day;
        this.incidents = incidents;
        this.histories = histories;
        this.details = details;
        this.events = events;
        this.asked = asked;
        this.actors = actors;
    }

    Optional<Briefed> timeline(Frame frame, String question, Caller caller) {
        boolean incident = frame.event().filter(DISCRETE::contains).isPresent();
        if (incident) {
            return reportsTimeline(frame, question, caller);
        }
        Optional<Briefed> ofActor = actors.timeline(frame, caller);
        if (ofActor.isPresent()) {
            return ofActor;
        }
        Optional<Briefed> atPlace = FrameReader.asksWhatHappened(question, analysis) ? incidentsAtPlace(frame, caller) : Optional.empty();
        if (atPlace.isPresent()) {
            return atPlace;
        }
        Optional<Briefed> story = storyAtPlace(frame, question, caller);
        if (story.isPresent()) {
            return story;
        }
        boolean wholeForce = frame.entities().isEmpty() && !frame.attributes().isEmpty() && frame.attributes().stream().allMatch(Attribute::force);
        List<ObservationRow> rows = (wholeForce ? histories.history(frame, question, frame.attributes().getFirst(), caller)
                : histories.observedOf(frame, caller)).stream()
                .filter(o -> frame.attributes().isEmpty() || frame.attributes().contains(o.attribute()))
                .filter(o -> frame.moment().holds(o.observedAt())).toList();
        String subject = "";
        boolean object = false;
        if (!frame.entities().isEmpty()) {
            EntityRow first = subject(frame, rows);
            List<ObservationRow> own = rows.stream().filter(o -> sameEntity(first, o.entityKey())).toList();
            object = first.kind() == MentionKind.OBJECT;
            rows = own.isEmpty() && !object ? rows : own;
            subject = first.name();
        }
        List<String> topic = asked.topic(question, subject);
        boolean byTopic = frame.attributes().isEmpty() && !topic.isEmpty();
        List<LoggedEvents.Entry> logged = subject.isEmpty() && !byTopic ? List.of() : events.about(frame, subject, topic, caller);
        List<ObservationRow> ofTopic = byTopic ? ofTopic(rows, topic) : rows;
        rows = ofTopic.isEmpty() && logged.size() < FEW_LINES - 1 ? rows : ofTopic;
        if (rows.isEmpty() && (logged.size() < FEW_LINES - 1 || !topic.isEmpty())) {
            // a log's entries alone tell what happened to a thing; a topic of no figure («запас до гребня») the documents tell better
            return object ? Optional.empty() : reportsTimeline(frame, question, caller);
        }
        List<Item> items = new ArrayList<>(logged.stream().map(Logged::new).toList());
        items.addAll(changes(rows).stream().filter(v -> !readFrom(v, logged)).toList());
        int shown = items.size();
        if (shown < FEW_LINES && frame.attributes().isEmpty() && logged.isEmpty()) {
            // a figure or two of a thing is a thin timeline when an incident there was reported on more often
            Optional<Briefed> reports = reportsTimeline(frame, question, caller);
            if (reports.filter(r -> lineCount(r) > shown).isPresent()) {
                return reports;
            }
        }
        if (items.size() > TIMELINE_LINES) {
            items = new ArrayList<>(logged.stream().map(Logged::new).toList());
            items.addAll(byDay(sorted(rows)));
        }
        var book = new Book();
        List<String> lines = written(items, rows.stream().map(ObservationRow::entityKey).distinct().count() > 1, book);
        String title = "Хронология" + (subject.isEmpty() ? "" : " — " + subject) + ":";
        return Optional.of(incidents.withIncident(new Answer.Grounded(title + "\n" + String.join("\n", lines), book.cited(),
                modelled(book.sources(), false)), rows, frame, caller));
    }

    /** The lines of a timeline of a thing in time order, each value named by its thing when it has {@code several}. */
    private List<String> written(List<Item> items, boolean several, Book book) {
        var when = times.reply();
        return items.stream().sorted(Comparator.comparing(Item::at)).map(item -> "- " + switch (item) {
            case Value v -> when.at(v.at()) + " — " + (several ? v.o().entityName() + ", " : "") + v.o().attribute().label()
                    + ": " + SituationModel.shown(v.o()) + " " + book.mark(v.o());
            case DayOfValues d -> day.format(d.at()) + " — " + (several ? d.first().entityName() + ", " : "")
                    + d.first().attribute().label() + ": " + d.change(book);
            case Logged l -> when.at(l.at()) + " — " + l.entry().text() + " " + book.mark(l.entry().hit());
        }).toList();
    }

    /** A line of a timeline of a thing, before it is written: a value, a day's values of a figure, or an entry of a log. */
    private sealed interface Item {
        Instant at();
    }

    private record Value(ObservationRow o) implements Item {
        public Instant at() {
            return o.observedAt();
        }
    }

    /** A figure's values of one day: the first and the last. */
    private record DayOfValues(List<ObservationRow> values) implements Item {
        public Instant at() {
            return first().observedAt();
        }

        ObservationRow first() {
            return values.getFirst();
        }

        String change(Book book) {
            ObservationRow last = values.getLast();
            return SituationModel.shown(first()).equals(SituationModel.shown(last)) ? SituationModel.shown(last) + " " + book.mark(last)
                    : SituationModel.shown(first()) + " " + book.mark(first()) + " → " + SituationModel.shown(last) + " " + book.mark(last);
        }
    }

    private record Logged(LoggedEvents.Entry entry) implements Item {
        public Instant at() {
            return entry.at();
        }
    }

    /** The values that changed a figure of a thing, in time order: a value the same as the one before it is no change. */
    private static List<Item> changes(List<ObservationRow> rows) {
        List<Item> values = new ArrayList<>();
        Map<String, String> lastShown = new HashMap<>();
        for (ObservationRow o : sorted(rows)) {
            String shown = SituationModel.shown(o);
            if (!shown.equals(lastShown.put(o.entityKey() + "\u0000" + o.attribute(), shown))) {
                values.add(new Value(o));
            }
        }
        return values;
    }

    /** Whether a value was read from an entry the timeline shows: «Закрыта автодорога…» says «состояние: закрыт» already. */
    private static boolean readFrom(Item value, List<LoggedEvents.Entry> logged) {
        return value instanceof Value v && logged.stream()
                .anyMatch(e -> e.hit().sourceId().equals(v.o().sourceId()) && e.at().equals(v.o().observedAt()));
    }

    /**
     * The values of the figures that speak of the topic asked besides the thing named: of Нижние Ключи, «электроснабжение
     * … как было» is its homes without power, not its evacuated.
     */
    private List<ObservationRow> ofTopic(List<ObservationRow> rows, List<String> topic) {
        return rows.stream().filter(o -> analysis.stems(o.attribute().label()).stream()
                .anyMatch(label -> topic.stream().anyMatch(t -> AskedWords.sameStart(label, t)))).toList();
    }

    /**
     * «как развивалась история с заправкой в махачкале»: of a place named, asking no figure, the incident there whose
     * headlines tell most of the question's other words (then most often) — a fire, a blast, a crash (not a flood, whose
     * figures the place keeps) — as its reports; not the place's figures, mixed from all its incidents.
     */
    private Optional<Briefed> storyAtPlace(Frame frame, String question, Caller caller) {
        boolean place = !frame.entities().isEmpty() && frame.entities().getFirst().kind().place();
        if (!place || !frame.attributes().isEmpty()) {
            return Optional.empty();
        }
        Map<IncidentSummary, Incidents.Telling> told = new LinkedHashMap<>();
        List<IncidentSummary> there = incidents.incidentsNamed(frame, question, caller).stream().filter(i -> DISCRETE.contains(i.type()))
                .limit(PLACE_INCIDENTS).toList();
        there.forEach(i -> told.put(i, incidents.telling(i, question, frame, caller)));
        return told.entrySet().stream().filter(e -> e.getValue().words() > 0).max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .or(() -> onlyOneOfTheDay(there, frame))
                .flatMap(story -> reportsTimeline(story(story, there, i -> told.get(i).words() > 0), List.of(), frame, question, caller));
    }

    /**
     * «что было в нижнем тагиле 1 августа, по порядку»: a day asked at a place, with no other word of what happened, is the
     * story of the one incident reported there that day — its reports, not the figures they gave.
     */
    private static Optional<IncidentSummary> onlyOneOfTheDay(List<IncidentSummary> there, Frame frame) {
        if (!(frame.moment() instanceof Moment.Within within)) {
            return Optional.empty();
        }
        List<IncidentSummary> ofTheDay = there.stream().filter(i -> i.firstReportAt() != null && i.lastReportAt() != null)
                .filter(i -> i.firstReportAt().isBefore(within.to()) && !i.lastReportAt().isBefore(within.from())).toList();
        return ofTheDay.size() == 1 ? Optional.of(ofTheDay.getFirst()) : Optional.empty();
    }

    /**
     * What a timeline of figures is about: the first thing the question names, or — when it asks for a figure — the
     * named thing with most observations of it («как уровень на ключах менялся» is the gauge's series, not the one level
     * a report gave for the village).
     */
    private static EntityRow subject(Frame frame, List<ObservationRow> rows) {
        if (frame.attributes().isEmpty()) {
            return frame.entities().getFirst();
        }
        return frame.entities().stream().max(Comparator.comparingLong(e -> rows.stream().filter(o -> sameEntity(e, o.entityKey())).count()))
                .orElseThrow();
    }

    /**
     * «что случилось в подольске»: a place where the base holds incidents days apart (a fire in September, another in
     * November) is answered with them, newest first, each with its latest key figure — not with one timeline mixing them.
     * An object named after the place («предприятие «Подольска»») is the place's name matched, not an object asked about.
     * While an incident there is still reported on, the question is about it: the timeline of the place answers.
     */
    private Optional<Briefed> incidentsAtPlace(Frame frame, Caller caller) {
        Optional<EntityRow> place = frame.entities().stream().filter(e -> NAMED_BY_NAME.contains(e.kind())).findFirst();
        if (frame.event().isPresent() || place.isEmpty() || frame.entities().stream()
                .anyMatch(e -> e.kind() == MentionKind.OBJECT && !FrameReader.tail(e.key()).equals(FrameReader.tail(place.get().key())))) {
            return Optional.empty();
        }
        List<IncidentSummary> there = Incidents.known(model.incidents(null, null, FrameReader.tail(place.get().key()), PLACE_INCIDENTS * 2, caller), frame)
                .stream().filter(i -> i.lastReportAt() != null).toList();
        boolean ongoing = there.stream().anyMatch(i -> !i.lastReportAt().plus(INCIDENT_SLACK).isBefore(frame.askedAt()));
        if (ongoing || !apart(there)) {
            return Optional.empty();
        }
        var book = new Book();
        List<String> lines = new ArrayList<>();
        for (IncidentSummary incident : there.subList(0, Math.min(PLACE_INCIDENTS, there.size()))) {
            List<ReportRow> reports = model.reports(incident.id(), caller).stream()
                    .filter(r -> r.reportedAt() != null && !r.reportedAt().isAfter(frame.askedAt())).toList();
            if (reports.isEmpty()) {
                continue;
            }
            Map<String, ReportRow> bySource = reports.stream().collect(Collectors.toMap(ReportRow::sourceId, r -> r, (a, b) -> a));
            boolean ofPlace = incident.places().stream().findFirst().filter(place.get().name()::equals).isPresent();
            String figures = incident.figures().stream().filter(f -> f.attribute() != Attribute.STATE && bySource.containsKey(f.sourceId()))
                    .filter(f -> ofPlace || f.entityKey().equals(place.get().key()))
                    .filter(f -> f.observedAt() == null || !f.observedAt().isAfter(frame.askedAt()))
                    .filter(distinct(Figure::attribute)).limit(2)
                    .map(f -> f.attribute().label() + " " + f.value() + " " + book.mark(bySource.get(f.sourceId())))
                    .collect(Collectors.joining(", "));
            String first = day.format(reports.getFirst().reportedAt());
            String last = day.format(reports.getLast().reportedAt());
            lines.add("- " + (first.equals(last) ? first : first + "–" + last) + " — " + incident.title() + " ("
                    + reports.size() + " " + Plural.of(reports.size(), "сообщение", "сообщения", "сообщений") + ")"
                    + (figures.isEmpty() ? ": «" + reports.getLast().title() + "» " + book.mark(reports.getLast()) : ": " + figures));
        }
        if (lines.size() < 2) {
            return Optional.empty();
        }
        String head = place.get().name() + ": в базе " + there.size() + " " + Plural.of(there.size(), "происшествие", "происшествия", "происшествий")
                + (there.size() > lines.size() ? ", последние " + lines.size() : "") + ":";
        return Optional.of(Briefed.of(new Answer.Grounded(head + "\n" + String.join("\n", lines), book.cited(),
                modelled(book.sources(), false))));
    }

    /**
     * Whether the incidents fall into periods apart in time: one begins {@link Modelled#INCIDENT_SLACK} after all before it ended
     * (a fire in September, another in November) — not the closures, evacuation and outages within one flood.
     */
    private static boolean apart(List<IncidentSummary> incidents) {
        List<IncidentSummary> byStart = incidents.stream().sorted(Comparator.comparing(IncidentSummary::firstReportAt)).toList();
        Instant ended = null;
        for (IncidentSummary i : byStart) {
            if (ended != null && i.firstReportAt().isAfter(ended.plus(INCIDENT_SLACK))) {
                return true;
            }
            ended = ended == null || i.lastReportAt().isAfter(ended) ? i.lastReportAt() : ended;
        }
        return false;
    }

    /** A long timeline as one line per day and figure: the day's first and last value; the latest days when many. */
    private List<Item> byDay(List<ObservationRow> rows) {
        Map<String, List<ObservationRow>> days = new LinkedHashMap<>();
        for (ObservationRow o : rows) {
            days.computeIfAbsent(day.format(o.observedAt()) + "\u0000" + o.entityKey() + "\u0000" + o.attribute(), k -> new ArrayList<>()).add(o);
        }
        List<Item> lines = days.values().stream().<Item>map(DayOfValues::new).toList();
        return lines.size() > TIMELINE_LINES * 2 ? lines.subList(lines.size() - TIMELINE_LINES * 2, lines.size()) : lines;
    }

    private Optional<Briefed> reportsTimeline(Frame frame, String question, Caller caller) {
        List<IncidentSummary> named = incidents.incidentsNamed(frame, question, caller);
        List<IncidentSummary> found = named.isEmpty() ? incidents.storyFoundByWords(frame, question, caller) : named;
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<IncidentSummary> story = story(found.getFirst(), found, i -> incidents.telling(i, question, frame, caller).words() > 0);
        return reportsTimeline(story, found.stream().filter(i -> !story.contains(i)).toList(), frame, question, caller);
    }

    /**
     * The incident and those of the candidates that carry its story on or lead to it: of its type, at a place of its, within
     * {@link #STORY_GAP} of it, their headlines having a word of the question besides its names and event
     * ({@code tellsQuestion}, {@link Incidents#telling}) — «Задержан
     * автоблогер Гаджи Гаджиев» ten days after «…БМВ, принадлежащая известному автоблогеру, въехала в толпу», too far
     * apart to be grouped as one incident.
     */
    private static List<IncidentSummary> story(IncidentSummary first, List<IncidentSummary> candidates, Predicate<IncidentSummary> tellsQuestion) {
        List<IncidentSummary> story = new ArrayList<>(List.of(first));
        Instant ended = first.lastReportAt() == null ? first.firstReportAt() : first.lastReportAt();
        for (IncidentSummary other : candidates) {
            boolean near = other.lastReportAt() != null && !other.firstReportAt().isAfter(ended.plus(STORY_GAP))
                    && !other.lastReportAt().isBefore(first.firstReportAt().minus(STORY_GAP));
            if (other.id() != first.id() && other.type() == first.type() && near && atMainPlace(first, other)
                    && tellsQuestion.test(other)) {
                story.add(other);
            }
        }
        return story;
    }

    /** Whether either incident's main place (the first named, as Одинцово of «ДТП — Одинцово») is a place of the other. */
    private static boolean atMainPlace(IncidentSummary a, IncidentSummary b) {
        return !a.places().isEmpty() && b.places().contains(a.places().getFirst())
                || !b.places().isEmpty() && a.places().contains(b.places().getFirst());
    }

    /**
     * The reports of a story's incidents in time order, with those of the story its incidents left out
     * ({@link Incidents#toldByWords}), titled by the first; then the {@code others} found, by name.
     */
    private Optional<Briefed> reportsTimeline(List<IncidentSummary> story, List<IncidentSummary> others, Frame frame, String question,
                                              Caller caller) {
        IncidentSummary incident = story.getFirst();
        var book = new Book();
        var when = times.reply();
        List<IncidentCard> cards = story.stream().map(i -> model.incident(i.id(), caller)).toList();
        List<ReportRow> reports = cards.stream().flatMap(card -> card.reports().stream()).filter(r -> r.duplicateOf() == null)
                .filter(r -> r.reportedAt() != null && !r.reportedAt().isAfter(frame.askedAt()) && frame.moment().holds(r.reportedAt()))
                .sorted(Comparator.comparing(ReportRow::reportedAt)).toList();
        Set<String> known = cards.stream().flatMap(card -> card.reports().stream()).map(ReportRow::sourceId).collect(Collectors.toSet());
        reports = Stream.concat(reports.stream(), incidents.toldByWords(reports, known, question, frame, caller, STORY_GAP).stream()
                .filter(r -> frame.moment().holds(r.reportedAt()))).sorted(Comparator.comparing(ReportRow::reportedAt)).toList();
        Map<String, List<ObservationRow>> figuresOf = cards.stream().flatMap(card -> card.figures().stream()).filter(f -> f.attribute() != Attribute.STATE)
                .flatMap(f -> visible(f.values(), frame).stream())
                .collect(Collectors.groupingBy(ObservationRow::sourceId, LinkedHashMap::new, Collectors.toList()));
        List<Told> told = news(reports, figuresOf, caller);
        int over = told.size() - TIMELINE_LINES;
        int skipped = over > 1 ? over : 0;
        List<String> lines = elided(told, FIRST_REPORTS, skipped, "сообщение", "сообщения", "сообщений", t -> {
            ReportRow r = t.report();
            String figures = figuresSaid(figuresOf.getOrDefault(r.sourceId(), List.of()));
            String more = t.details().isEmpty() ? "" : (figures.isEmpty() ? " " : ". ") + String.join(" ", t.details());
            return "- " + when.at(r.reportedAt()) + " — «" + t.headline() + "»" + figures + more + " " + book.mark(r);
        });
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        String named = others.isEmpty() ? "" : "\nВ базе есть и другие: " + others.stream().limit(2)
                .map(i -> i.title() + ", " + day.format(i.lastReportAt())).collect(Collectors.joining("; ")) + ".";
        return Optional.of(new Briefed(new Answer.Grounded("Хронология — " + incident.title() + ":\n" + String.join("\n", lines) + named,
                book.cited(), modelled(reports.size(), false)), Optional.of(IncidentUsed.of(incident))));
    }

    /** A report in a timeline with the sentences of its body that tell more than the lines before it. */
    private record Told(ReportRow report, String headline, List<String> details) {}

    /**
     * The reports that tell something new, in time order: a headline another channel retold («Сотни человек пожаловались
     * на отравление зефиром…» three times in an hour) is one line — a headline before it had all its words but who
     * reports it, and it counted nothing new and its body gives no number ({@link ReportDetails}). «Пожар в Твери
     * ликвидирован» after «Пожар в Твери» is news.
     */
    private List<Told> news(List<ReportRow> reports, Map<String, List<ObservationRow>> figuresOf, Caller caller) {
        List<Told> told = new ArrayList<>();
        List<Set<String>> headlines = new ArrayList<>();
        Set<String> counted = new HashSet<>();
        Set<String> said = new HashSet<>();
        int sentences = ReportDetails.perReport(reports.size());
        for (ReportRow r : reports) {
            Set<String> words = new HashSet<>(analysis.stems(r.title()));
            Set<String> latin = analysis.latinStems(r.title());
            boolean retold = headlines.stream().anyMatch(h -> words.stream()
                    .allMatch(w -> h.contains(w) || REPORTING.matcher(w).matches() || latin.contains(w)));
            List<String> figures = figuresOf.getOrDefault(r.sourceId(), List.of()).stream().map(Timelines::said).toList();
            boolean newFigures = !counted.containsAll(figures);
            counted.addAll(figures);
            said.addAll(words);
            ReportDetails.Body body = this.details.of(r, said, sentences, caller);
            List<String> details = body.sentences();
            if (retold && !newFigures) {
                // another channel's retelling says the same in other words; it is news only by a number
                details = details.stream().filter(d -> NUMBER.matcher(d).find()).toList();
            }
            if (!retold || newFigures || words.isEmpty() || !details.isEmpty()) {
                told.add(new Told(r, body.headline(), details));
                headlines.add(words);
            }
        }
        return told;
    }

    private static String said(ObservationRow o) {
        return o.attribute() + "=" + SituationModel.shown(o);
    }

    /** The lines of a timeline answer («- 10:24 29.07.2024 — …»). */
    private static long lineCount(Briefed briefed) {
        return briefed.answer().text().lines().filter(l -> l.startsWith("- ")).count();
    }

    /** «: спасённых — 14 человек, погибших — 2 человека»: what a report of a timeline counted, when its title may not say it. */
    private static String figuresSaid(List<ObservationRow> figures) {
        List<String> said = figures.stream().filter(distinct(ObservationRow::attribute))
                .limit(REPORT_FIGURES).map(o -> o.attribute().label() + " — " + SituationModel.shown(o)).toList();
        return said.isEmpty() ? "" : ": " + String.join(", ", said);
    }
}
