package ru.sppr.chat.briefing;

import static ru.sppr.chat.briefing.Modelled.DISCRETE;
import static ru.sppr.chat.briefing.Modelled.INCIDENT_SLACK;
import static ru.sppr.chat.briefing.Modelled.sameEntity;
import static ru.sppr.chat.briefing.Modelled.sorted;
import static ru.sppr.chat.briefing.Modelled.visible;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ru.sppr.chat.situation.Attribute;
import ru.sppr.chat.situation.MentionKind;
import ru.sppr.chat.situation.SituationModel;
import ru.sppr.chat.situation.SituationStore.EntityRow;
import ru.sppr.chat.situation.SituationStore.ObservationRow;
import ru.sppr.chat.situation.SituationViews.IncidentSummary;
import ru.sppr.chat.user.Caller;

/**
 * The values of a figure a question asks about: of the entity it names that has most of them, or of the incident it is
 * about (the whole district's figure when a total is asked); counted in people, or in the unit the question names; of
 * one incident when the values of several years share a name. Visible by the time the question is asked, in time order.
 */
final class Histories {
    /** Units a count can be given in, as a question names them and observations keep them. */
    private static final Map<String, Pattern> COUNTED_UNITS = Stream.of("дом", "участк", "квартир", "двор", "абонент")
            .collect(Collectors.toMap(u -> u, u -> Pattern.compile("(?<!\\p{L})" + u), (a, b) -> a, LinkedHashMap::new));
    /** The share of an incident's values of an attribute one entity must hold to be what a question naming none means. */
    private static final double DOMINANT = 0.7;
    /** «сколько всего эвакуировано»: the figure of the whole district or region, where the incident has one. */
    private static final Pattern TOTAL = Pattern.compile("(?<!\\p{L})(?:всего|итого|в\\s+целом|общ(?:ее|ая|ий)\\s+(?:числ|количеств))");
    private static final Pattern AREA = Pattern.compile("(?:district|region):");
    private static final String ORGANISATION = "organisation:";
    /** Counted in people: of «эвакуировано 41 человек» and «эвакуированы 17 домов», the first answers «сколько эвакуировано». */
    private static final String PEOPLE = "человек";
    /**
     * Counts an incident has, not a place over time: the dead in Черкесск in May are another incident's than those in
     * October, and never the value before them.
     */
    static final Set<Attribute> CASUALTIES = EnumSet.of(Attribute.DEATHS, Attribute.INJURED, Attribute.HOSPITALIZED, Attribute.MISSING,
            Attribute.RESCUED);

    private final SituationModel model;
    private final Incidents incidents;

    Histories(SituationModel model, Incidents incidents) {
        this.model = model;
        this.incidents = incidents;
    }

    /**
     * The dated observations of the attribute for the entity named that has most of them (with the entities named like
     * it: «Ольховская дамба» and «дамба у Ольховка»; a place's gauge, whose table has them all, before the place whose
     * reports mention a level now and then); for an event such as a fire, those of its incident first.
     */
    List<ObservationRow> history(Frame frame, String question, Attribute attribute, Caller caller) {
        if (attribute.force() && frame.entities().isEmpty() && frame.event().isEmpty()) {
            return oneIncident(wholeForce(frame, attribute, caller), frame.moment().until());
        }
        boolean total = TOTAL.matcher(question.toLowerCase(Locale.ROOT)).find();
        boolean incident = frame.event().filter(DISCRETE::contains).isPresent();
        List<ObservationRow> found = incident ? fromIncidents(frame, question, attribute, total, caller) : fromEntities(frame, question, attribute, caller);
        List<ObservationRow> history = found.isEmpty()
                ? incident ? fromEntities(frame, question, attribute, caller) : fromIncidents(frame, question, attribute, total, caller) : found;
        List<ObservationRow> counted = people(history);
        boolean generic = !counted.isEmpty() && counted.getFirst().entityKey().endsWith(":");
        return incident || generic || CASUALTIES.contains(attribute) ? oneIncident(counted, frame.moment().until()) : counted;
    }

    /**
     * «какая сейчас группировка», naming no place or event: the counts of the whole force at work, whichever incident
     * their reports were grouped into (a district's daily reports are of its flood one day and its evacuation the next).
     */
    private List<ObservationRow> wholeForce(Frame frame, Attribute attribute, Caller caller) {
        return sorted(visible(model.observations(List.of(Attribute.FORCE_KEY), caller), frame).stream()
                .filter(o -> o.attribute() == attribute).toList());
    }

    /** The values counted in people, if there are any: «эвакуировано 312 человек», not «17 домов». */
    static List<ObservationRow> people(List<ObservationRow> values) {
        List<ObservationRow> people = values.stream().filter(o -> PEOPLE.equals(o.unit())).toList();
        return people.isEmpty() ? values : people;
    }

    /** «сколько домов подтоплено»: the values counted in the unit the question names (houses, not plots), if there are any. */
    static List<ObservationRow> inUnitAsked(String question, List<ObservationRow> history) {
        String lower = question.toLowerCase(Locale.ROOT);
        for (var named : COUNTED_UNITS.entrySet()) {
            String unit = named.getKey();
            if (named.getValue().matcher(lower).find()) {
                List<ObservationRow> counted = history.stream().filter(o -> o.unit() != null && o.unit().contains(unit)).toList();
                return counted.isEmpty() ? history : counted;
            }
        }
        return history;
    }

    /**
     * Of the values of an event such as a fire or a collapse, those of one incident: the run of values without a gap of
     * {@link Modelled#INCIDENT_SLACK} that the moment asked falls in (the latest when none is asked) — a town's collapse in August
     * and its fire in September are not one history; nor are the people of a shelter named only «ПВР» in 2024 and in 2026.
     */
    private static List<ObservationRow> oneIncident(List<ObservationRow> sorted, Instant until) {
        List<ObservationRow> run = new ArrayList<>();
        for (ObservationRow o : sorted) {
            if (until != null && o.observedAt().isAfter(until) && !run.isEmpty()) {
                break;
            }
            if (!run.isEmpty() && o.observedAt().isAfter(run.getLast().observedAt().plus(INCIDENT_SLACK))) {
                run = new ArrayList<>();
            }
            run.add(o);
        }
        return run;
    }

    /**
     * The values of the entity named that has most of them; «в пвр» naming no number means the shelters together («ПВР»),
     * not one numbered shelter that happens to hold more values.
     */
    private List<ObservationRow> fromEntities(Frame frame, String question, Attribute attribute, Caller caller) {
        List<ObservationRow> all = observedOf(frame, caller)
                .stream().filter(o -> o.attribute() == attribute).toList();
        List<ObservationRow> best = List.of();
        Set<String> generic = frame.entities().stream().map(EntityRow::key).filter(k -> k.endsWith(":")).collect(Collectors.toSet());
        for (EntityRow e : frame.entities()) {
            String kind = e.key().substring(0, e.key().lastIndexOf(':') + 1);
            if (generic.contains(kind) && !e.key().equals(kind) && !FrameReader.numberIn(question, FrameReader.tail(e.key()))) {
                continue;
            }
            List<ObservationRow> own = all.stream().filter(o -> sameEntity(e, o.entityKey())).toList();
            if (own.size() > best.size()) {
                best = own;
            }
        }
        return sorted(best);
    }

    /**
     * The attribute's history in the incident asked about: of the entity named, else the one most often reported; of the
     * incidents that fit, the first with a value by the moment asked («на утро 11 апреля»), else the first.
     */
    private List<ObservationRow> fromIncidents(Frame frame, String question, Attribute attribute, boolean total, Caller caller) {
        Instant until = frame.moment().until();
        List<ObservationRow> first = List.of();
        for (IncidentSummary incident : incidents.incidentsNamed(frame, question, caller)) {
            var histories = model.incident(incident.id(), caller).figures().stream().filter(f -> f.attribute() == attribute)
                    .map(f -> visible(f.values(), frame)).filter(v -> !v.isEmpty()).toList();
            Optional<List<ObservationRow>> named = histories.stream()
                    .filter(v -> frame.entities().stream().anyMatch(e -> sameEntity(e, v.getFirst().entityKey()))).findFirst();
            boolean objectNamed = frame.entities().stream().anyMatch(e -> e.kind() == MentionKind.OBJECT);
            Optional<List<ObservationRow>> whole = total ? histories.stream().filter(v -> AREA.matcher(v.getFirst().entityKey()).lookingAt())
                    .max(Comparator.comparingInt(List::size)) : Optional.empty();
            Optional<List<ObservationRow>> chosen = objectNamed ? named : named.or(() -> whole)
                    .or(() -> dominant(wholes(histories)).filter(h -> mayStandFor(h.getFirst().entityKey(), frame)));
            if (chosen.isEmpty()) {
                continue;
            }
            List<ObservationRow> history = sorted(chosen.get());
            if (until == null || !history.getFirst().observedAt().isAfter(until)) {
                return history;
            }
            if (first.isEmpty()) {
                first = history;
            }
        }
        return first;
    }

    /**
     * Whether the figures of another place than the one named may answer for it: those of its region or district («в
     * кизеле» counted for Пермский край), or of a town when the place named is no town (a city's district) — not a street,
     * an object or another town («скока эвакуировали из лугового» is not answered by a street of Ольховка).
     */
    private static boolean mayStandFor(String key, Frame frame) {
        boolean townNamed = frame.entities().stream().anyMatch(e -> e.kind() == MentionKind.SETTLEMENT);
        return AREA.matcher(key).lookingAt() || key.startsWith("country:") || key.startsWith("settlement:") && !townNamed
                || frame.entities().stream().noneMatch(e -> e.kind().place());
    }

    /**
     * The histories that are not an organisation's: the people of МЧС in the forces are a part of the forces, not what a
     * question naming no organisation asks about (one naming it takes its history as {@code named}).
     */
    private static List<List<ObservationRow>> wholes(List<List<ObservationRow>> histories) {
        return histories.stream().filter(v -> !v.getFirst().entityKey().startsWith(ORGANISATION)).toList();
    }

    /** The history that holds most of the values (at least {@value #DOMINANT} of them), if one does: else it is a guess. */
    private static Optional<List<ObservationRow>> dominant(List<List<ObservationRow>> histories) {
        int total = histories.stream().mapToInt(List::size).sum();
        return histories.stream().max(Comparator.comparingInt(List::size)).filter(h -> h.size() >= DOMINANT * total);
    }

    /** The observations of every entity the question names, as visible when it is asked. */
    List<ObservationRow> observedOf(Frame frame, Caller caller) {
        return visible(model.observations(frame.entities().stream().map(EntityRow::key).toList(), caller), frame);
    }
}
