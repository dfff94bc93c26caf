package ru.sppr.chat.briefing;

import static ru.sppr.chat.briefing.Modelled.COUNT_ASKED;
import static ru.sppr.chat.briefing.Modelled.DISCRETE;
import static ru.sppr.chat.briefing.Modelled.INCIDENT_SLACK;
import static ru.sppr.chat.briefing.Modelled.PLACE_INCIDENTS;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sppr.chat.answer.Answer;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;
import ru.sppr.chat.knowledge.search.KnowledgeSearch;
import ru.sppr.chat.knowledge.search.SearchHit;
import ru.sppr.chat.knowledge.search.SearchRequest;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.situation.EventType;
import ru.sppr.chat.situation.MentionKind;
import ru.sppr.chat.situation.SituationModel;
import ru.sppr.chat.situation.SituationStore.EntityRow;
import ru.sppr.chat.situation.SituationStore.ObservationRow;
import ru.sppr.chat.situation.SituationStore.ReportRow;
import ru.sppr.chat.situation.SituationViews.IncidentSummary;
import ru.sppr.chat.user.Caller;

/**
 * Which incidents a question is about: at the place or object it names and of the kind of event it names, else those
 * its words find in the reports, else the latest — only those known when it is asked, near the moment asked; the
 * incident a summary naming none is of; and the incident an answer's values belong to, for the card opened from it.
 */
final class Incidents {
    private static final Logger LOG = LoggerFactory.getLogger(Incidents.class);
    /** Incidents ranked by the words a question shares with their reports; fragments searched for the incidents of its words. */
    private static final int RANKED_INCIDENTS = 5;
    /** A place's stem this long or longer begins the words made from its name («одинцов» — «одинцовском»). */
    private static final int PLACE_STEM = 4;
    private static final int FOUND_BY_WORDS = 8;
    /** A word of a story in at most so many fragments of the base names that story, not a kind of thing («зефир», not «машина»). */
    private static final int STORY_WORD_FRAGMENTS = 30;
    /** Reports searched for those of a story its incidents left out. */
    private static final int STORY_REPORTS = 30;
    /** Of the fragments found, those scoring at least this share of the best one speak of the incident asked. */
    private static final double FOUND_SCORE = 0.6;
    /** «16:00», «на 16:00», «к 9.30», «к 8 вечера», «около девяти утра»: a time of day with no day. */
    private static final Pattern CLOCK_ONLY = Pattern.compile("(?iu)(?:(?:на|в|к|около|до|после)\\s+)?(?:\\d{1,2}[:.]\\d{2}|(?:\\d{1,2}|\\p{L}+)\\s+(?:утра|вечера|дня|ночи))");
    private static final Pattern CLOCK = Pattern.compile("\\d[:.]\\d\\d");
    private static final Pattern PART_OF_DAY = Pattern.compile("утр|вечер|дня|днем|ночи|ночью");
    /** Types one incident is often reported as (a gas explosion, then a fire and a collapse). */
    private static final Set<EventType> BLAST = EnumSet.of(EventType.FIRE, EventType.EXPLOSION, EventType.COLLAPSE, EventType.GAS_LEAK);

    private final SituationModel model;
    private final KnowledgeSearch words;
    private final TermAnalysis analysis;

    Incidents(SituationModel model, KnowledgeSearch words, TermAnalysis analysis) {
        this.model = model;
        this.words = words;
        this.analysis = analysis;
    }

    /**
     * The answer with the incident its values belong to: of the incidents the cited reports of {@code values} report
     * on, one of the kind the question or the values name, then the one holding most of them — so the card opened
     * from the answer shows what the answer says.
     */
    Briefed withIncident(Answer answer, List<ObservationRow> values, Frame frame, Caller caller) {
        if (!(answer instanceof Answer.Grounded grounded)) {
            return Briefed.of(answer);
        }
        Set<String> cited = grounded.citations().stream().map(c -> c.hit().sourceId()).collect(Collectors.toSet());
        List<ObservationRow> used = values.stream().filter(o -> cited.contains(o.sourceId())).toList();
        try {
            return new Briefed(answer, model.incidentHolding(used, IncidentKinds.of(frame.event(), used), caller).map(IncidentUsed::of));
        } catch (RuntimeException e) {
            LOG.warn("Could not link an answer to its incident", e);
            return Briefed.of(answer);
        }
    }

    /**
     * The latest incidents at a place of the kind of event asked, then of one reported as the same (a blast as a fire),
     * newest first: «тагил дом рухнул» is the collapse of August, not the blast at the plant in September.
     */
    List<IncidentSummary> ofEvent(EventType asked, String place, int limit, Caller caller) {
        return Stream.of(EventType.values()).filter(t -> sameEvent(asked, t))
                .flatMap(t -> model.incidents(null, t, place, limit, caller).stream())
                .sorted(Comparator.comparing((IncidentSummary i) -> i.type() != asked)
                        .thenComparing(IncidentSummary::lastReportAt, Comparator.nullsLast(Comparator.reverseOrder()))).limit(limit).toList();
    }

    /**
     * A moment asked of an event at a place that the base has on another day only, read on the event's days instead of
     * today's: a time of day without a date («институт на гагарина горел, на 16:00 про пострадавших что было») is that
     * time on the day the event was first reported; a day given by its number alone («фрязино платан, площадь к
     * полпятого 24го» in December) is that day of the event's month, and a half hour said without the part of the day
     * («полпятого») the afternoon one when the morning one is before the event's first report.
     */
    Frame onItsDay(Frame frame, Caller caller) {
        String said = frame.moment().saidAs();
        boolean clockOnly = frame.moment() instanceof Moment.AsOf && said != null && CLOCK_ONLY.matcher(said.strip()).matches();
        if (!clockOnly && !MomentReader.dayByNumberOnly(said) || frame.event().isEmpty()) {
            return frame;
        }
        Optional<EntityRow> place = frame.entities().stream().filter(e -> e.kind().place()).findFirst();
        List<IncidentSummary> found = place.isEmpty() ? List.of() : ofEvent(frame.event().get(), FrameReader.tail(place.get().key()), PLACE_INCIDENTS, caller);
        if (found.isEmpty() || found.getFirst().firstReportAt() == null
                || found.stream().anyMatch(i -> i.firstReportAt() != null && near(i, frame.moment()))) {
            return frame;
        }
        ZoneId zone = model.zone();
        IncidentSummary incident = found.getFirst();
        LocalDate first = incident.firstReportAt().atZone(zone).toLocalDate();
        if (clockOnly) {
            LocalTime time = frame.moment().until().atZone(zone).toLocalTime();
            return frame.at(new Moment.AsOf(first.atTime(time).atZone(zone).toInstant(), said));
        }
        LocalDate asked = frame.moment() instanceof Moment.Within w ? w.from().atZone(zone).toLocalDate() : frame.moment().until().atZone(zone).toLocalDate();
        Optional<LocalDate> onItsMonth = Stream.of(first.minusMonths(1), first, first.plusMonths(1))
                .filter(month -> asked.getDayOfMonth() <= month.lengthOfMonth()).map(month -> month.withDayOfMonth(asked.getDayOfMonth()))
                .min(Comparator.comparingLong(d -> Math.abs(d.toEpochDay() - first.toEpochDay())));
        if (onItsMonth.isEmpty()) {
            return frame;
        }
        long days = onItsMonth.get().toEpochDay() - asked.toEpochDay();
        Moment moved = switch (frame.moment()) {
            case Moment.AsOf a -> new Moment.AsOf(afternoonIfBefore(a.at().atZone(zone).plusDays(days), said, incident), said);
            case Moment.Within w -> new Moment.Within(w.from().atZone(zone).plusDays(days).toInstant(), w.to().atZone(zone).plusDays(days).toInstant(), said);
            case Moment.Latest l -> l;
        };
        return near(incident, moved) ? frame.at(moved) : frame;
    }

    /** «полпятого»: 16:30 rather than 04:30 when the event was first reported between the two and the part of the day is not said. */
    private static Instant afternoonIfBefore(ZonedDateTime at, String said, IncidentSummary incident) {
        boolean partOfDaySaid = PART_OF_DAY.matcher(said).find() || CLOCK.matcher(said).find();
        ZonedDateTime afternoon = at.plusHours(12);
        return !partOfDaySaid && at.getHour() < 12 && at.toInstant().isBefore(incident.firstReportAt())
                && !afternoon.toInstant().isBefore(incident.firstReportAt()) ? afternoon.toInstant() : at.toInstant();
    }

    static boolean sameEvent(EventType asked, EventType incident) {
        return asked == incident || BLAST.contains(asked) && BLAST.contains(incident);
    }

    static boolean near(IncidentSummary incident, Moment moment) {
        return switch (moment) {
            case Moment.Latest l -> true;
            case Moment.AsOf a -> !incident.firstReportAt().isAfter(a.at().plus(INCIDENT_SLACK))
                    && !incident.lastReportAt().isBefore(a.at().minus(INCIDENT_SLACK));
            case Moment.Within w -> !incident.firstReportAt().isAfter(w.to().plus(INCIDENT_SLACK))
                    && !incident.lastReportAt().isBefore(w.from().minus(INCIDENT_SLACK));
        };
    }

    /** An incident's title and its reports' titles, one a line: what its headlines name («пожар на складе»). */
    String headlines(long incidentId, String title, Caller caller) {
        return title + "\n" + model.reports(incidentId, caller).stream().map(r -> r.title() == null ? "" : r.title())
                .collect(Collectors.joining("\n"));
    }

    /**
     * The sources of the reports of the incidents at the place or object a question names (of the kind of event it
     * names), the first {@link Modelled#PLACE_INCIDENTS} of them.
     */
    Set<String> reportSourcesNamed(Frame frame, Caller caller) {
        Set<String> sources = new HashSet<>();
        incidentsNamed(frame, "", caller).stream().limit(PLACE_INCIDENTS)
                .forEach(incident -> model.reports(incident.id(), caller).forEach(r -> sources.add(r.sourceId())));
        return sources;
    }

    /**
     * The incidents a question is about: at the place or object it names (of the kind of event it names), the one whose
     * reports share most words with the question first («пожар в одинцовском приюте», not the car burnt there later); else
     * of that kind of event; else those the reports found by its words are of (none, when they are of no incident: the
     * sentences answer); else the one with the latest report — newest first, none reported after the question.
     * {@code question} empty: by place and kind of event only.
     */
    List<IncidentSummary> incidentsNamed(Frame frame, String question, Caller caller) {
        EventType type = frame.event().orElse(null);
        for (EntityRow e : frame.entities()) {
            if (e.kind().place() || e.kind() == MentionKind.OBJECT) {
                List<IncidentSummary> found = known(DISCRETE.contains(type) ? ofEvent(type, FrameReader.tail(e.key()), 10, caller)
                        : model.incidents(null, null, FrameReader.tail(e.key()), 10, caller), frame);
                if (!found.isEmpty()) {
                    return sharingWords(found, question, e.name(), caller);
                }
            }
        }
        if (!frame.entities().isEmpty() || !frame.missing().isEmpty() || DISCRETE.contains(type)) {
            return List.of();
        }
        boolean figureNotAsked = !frame.attributes().isEmpty() && !COUNT_ASKED.matcher(question.toLowerCase(Locale.ROOT)).find();
        if (type == null && !question.isBlank() && !figureNotAsked) {
            return foundByWords(frame, question, caller);
        }
        return known(model.incidents(null, type, null, 50, caller), frame).stream()
                .sorted(Comparator.comparing(IncidentSummary::lastReportAt).reversed()).limit(3).toList();
    }

    /**
     * Of incidents at one place, those whose report titles share most words with the question first; else in the order
     * given. Words besides those naming the place count first («пожар в одинцовском приюте»: «приют», not «одинцовском»,
     * which a car fire «в Одинцовском районе» shares too), then all the question's words («доложи по ольховке»).
     */
    private List<IncidentSummary> sharingWords(List<IncidentSummary> incidents, String question, String place, Caller caller) {
        if (incidents.size() < 2 || question.isBlank()) {
            return incidents;
        }
        Set<String> asked = new HashSet<>(analysis.stems(question));
        List<String> placeStems = analysis.stems(place).stream().filter(stem -> stem.length() >= PLACE_STEM).toList();
        Set<String> besidesPlace = new HashSet<>(asked);
        besidesPlace.removeIf(stem -> placeStems.stream().anyMatch(stem::startsWith));
        Map<Long, Long> sharedBesidesPlace = new HashMap<>();
        Map<Long, Long> shared = new HashMap<>();
        for (IncidentSummary i : incidents.subList(0, Math.min(incidents.size(), RANKED_INCIDENTS))) {
            Set<String> told = new HashSet<>(analysis.stems(i.title()));
            model.reports(i.id(), caller).forEach(r -> told.addAll(analysis.stems(r.title() == null ? "" : r.title())));
            sharedBesidesPlace.put(i.id(), besidesPlace.stream().filter(told::contains).count());
            shared.put(i.id(), asked.stream().filter(told::contains).count());
        }
        return incidents.stream().sorted(Comparator.comparingLong((IncidentSummary i) -> sharedBesidesPlace.getOrDefault(i.id(), 0L))
                .thenComparingLong(i -> shared.getOrDefault(i.id(), 0L)).reversed()).toList();
    }

    /**
     * «скока госпитализировали после зефира вкусвилл» names no place the model knows: the incidents of the fragments its
     * words find (by the moment asked), in the order found. Not for a figure the question does not ask for by a count
     * («тело утонувшего достали?» is no question of the dead).
     */
    private List<IncidentSummary> foundByWords(Frame frame, String question, Caller caller) {
        var request = new SearchRequest(question, FOUND_BY_WORDS, caller.clearance(), frame.askedAt(), frame.moment().until(),
                null, null, Set.of(), Set.of());
        List<SearchHit> hits = words.search(request);
        double floor = hits.isEmpty() ? 0 : hits.getFirst().score() * FOUND_SCORE;
        List<String> sources = hits.stream().filter(h -> h.score() >= floor).map(SearchHit::sourceId).distinct().toList();
        Map<String, Set<Long>> of = model.incidentsOf(sources, caller);
        List<Long> ids = sources.stream().flatMap(s -> of.getOrDefault(s, Set.of()).stream()).distinct().limit(RANKED_INCIDENTS).toList();
        return known(ids.stream().map(id -> model.incident(id, caller).summary()).toList(), frame);
    }

    /**
     * The story a question about a discrete event at no place the model knows tells of («хронология по взрыву машины на
     * профсоюзной»): the incidents of that kind that the reports its words find are of and that tell of those words twice.
     * None for a follow-up, whose words are few («а пострадавшие?»), or when a place or object is named.
     */
    List<IncidentSummary> storyFoundByWords(Frame frame, String question, Caller caller) {
        Optional<EventType> type = frame.event().filter(DISCRETE::contains);
        if (type.isEmpty() || !frame.entities().isEmpty() || !frame.missing().isEmpty() || frame.inherited() || question.isBlank()) {
            return List.of();
        }
        return foundByWords(frame, question, caller).stream().filter(i -> sameEvent(type.get(), i.type()))
                .filter(i -> telling(i, question, frame, caller).story()).toList();
    }

    /**
     * The reports of a story its incidents left out: «как развивалась история с зефиром из вкусвилла» — «Роспотребнадзор
     * временно закрыл кондитерскую фабрику "Сокол", где производили зефир без сахара для "ВкусВилла"» twelve days later,
     * of no incident of poisoning. A report is of the story when its headline has a word of the question, besides the
     * names and event it names, that the story's headlines have too and that few fragments of the base have, and it was
     * made from the story's first report to {@code gap} after its last, not after the question; not one of {@code known}
     * (the story's reports with those retelling them).
     */
    List<ReportRow> toldByWords(List<ReportRow> story, Set<String> known, String question, Frame frame, Caller caller, Duration gap) {
        if (story.isEmpty() || question.isBlank()) {
            return List.of();
        }
        Set<String> headlines = story.stream().filter(r -> r.title() != null).flatMap(r -> analysis.stems(r.title()).stream())
                .collect(Collectors.toSet());
        Set<String> rare = askedBesidesNames(question, frame).stream().filter(headlines::contains)
                .filter(stem -> words.fragmentsWith(stem, caller.clearance()) <= STORY_WORD_FRAGMENTS).collect(Collectors.toSet());
        if (rare.isEmpty()) {
            return List.of();
        }
        Instant from = story.getFirst().reportedAt();
        Instant to = Stream.of(story.getLast().reportedAt().plus(gap), frame.askedAt()).min(Comparator.naturalOrder()).orElseThrow();
        Set<String> told = new HashSet<>(known);
        var request = new SearchRequest(String.join(" ", rare), STORY_REPORTS, caller.clearance(), frame.askedAt(), frame.askedAt(),
                from, to, Set.of(SourceType.RECORD), Set.of());
        return words.search(request).stream().filter(h -> h.observedAt() != null && h.title() != null && told.add(h.sourceId()))
                .filter(h -> analysis.stems(h.title()).stream().anyMatch(rare::contains))
                .map(h -> new ReportRow(h.sourceId(), h.title(), SourceType.RECORD, h.observedAt(), null)).toList();
    }

    /** The stems of a question's words besides the names and event it names, of {@value #PLACE_STEM} letters or more. */
    private Set<String> askedBesidesNames(String question, Frame frame) {
        Set<String> asked = new HashSet<>(analysis.stems(question));
        frame.namedAs().forEach(name -> analysis.stems(name).forEach(asked::remove));
        asked.removeIf(stem -> stem.length() < PLACE_STEM);
        return asked;
    }

    /**
     * How an incident's headlines tell of a question's words besides the names and event it names: how many of those
     * words they have, and in how many headlines («взрыв машины на профсоюзной»: «На Профсоюзной взорвалась машина»,
     * «…задержали подозреваемого в подрыве машины на Профсоюзной улице» — one word, two headlines).
     */
    Telling telling(IncidentSummary incident, String question, Frame frame, Caller caller) {
        Set<String> asked = askedBesidesNames(question, frame);
        Set<String> words = new HashSet<>();
        int headlines = 0;
        for (ReportRow r : model.reports(incident.id(), caller)) {
            List<String> shared = r.title() == null ? List.of() : analysis.stems(r.title()).stream()
                    .filter(stem -> asked.contains(stem) || asked.contains(AskedWords.withoutCombiningForm(stem))).toList();
            words.addAll(shared);
            headlines += shared.isEmpty() ? 0 : 1;
        }
        return new Telling(words.size(), headlines);
    }

    /** The words of a question an incident's headlines have, and the headlines having one: a story told twice or more. */
    record Telling(int words, int headlines) implements Comparable<Telling> {
        boolean story() {
            return headlines >= 2;
        }

        @Override
        public int compareTo(Telling other) {
            return words != other.words ? Integer.compare(words, other.words) : Integer.compare(headlines, other.headlines);
        }
    }

    static List<IncidentSummary> known(List<IncidentSummary> incidents, Frame frame) {
        return incidents.stream().filter(i -> i.firstReportAt() != null && !i.firstReportAt().isAfter(frame.askedAt()))
                .filter(i -> near(i, frame.moment())).toList();
    }

    /**
     * The incident a summary naming none is of: the latest active one; at a moment asked, of the latest few, the one with
     * most reports by then (on the morning of 10.04 the flood, not the evacuation that began that afternoon). Counts its
     * reports, not its card: the card is loaded once, for the one chosen.
     */
    Optional<IncidentSummary> busiestAt(List<IncidentSummary> incidents, Instant until, Caller caller) {
        List<IncidentSummary> latest = incidents.stream()
                .sorted(Comparator.comparing(IncidentSummary::lastReportAt).thenComparingInt(IncidentSummary::reports).reversed())
                .limit(until == null ? 1 : 5).toList();
        if (until == null) {
            return latest.stream().findFirst();
        }
        return latest.stream().max(Comparator.comparingLong(i -> model.reports(i.id(), caller).stream()
                .filter(r -> r.reportedAt() != null && !r.reportedAt().isAfter(until)).count()));
    }
}
