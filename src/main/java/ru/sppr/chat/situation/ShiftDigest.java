package ru.sppr.chat.situation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import ru.sppr.chat.situation.SituationStore.ObservationRow;
import ru.sppr.chat.situation.SituationStore.ReportRow;
import ru.sppr.chat.situation.SituationViews.Disagreement;
import ru.sppr.chat.situation.SituationViews.FigureHistory;
import ru.sppr.chat.situation.SituationViews.IncidentSummary;
import ru.sppr.chat.user.Caller;

/**
 * «Что изменилось с …»: the shift handover read from the situation model within the reader's clearance. By default
 * since the start of the current 12-hour shift (08:00 or 20:00 in the service zone).
 */
public final class ShiftDigest {
    private static final int INCIDENTS = 500;
    private static final Comparator<ObservationRow> BY_MOMENT = Comparator.comparing(ObservationRow::moment,
            Comparator.nullsFirst(Comparator.naturalOrder())).thenComparingLong(ObservationRow::id);

    private final SituationModel model;
    private final Clock clock;

    public ShiftDigest(SituationModel model, Clock clock) {
        this.model = Objects.requireNonNull(model, "model");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The start of the 12-hour shift {@code now} falls in: 08:00 or 20:00 in the zone (before 08:00 — 20:00 of the day before). */
    public static Instant shiftStart(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        ZonedDateTime start = time.getHour() >= 20 ? local.with(LocalTime.of(20, 0))
                : time.getHour() >= 8 ? local.with(LocalTime.of(8, 0)) : local.minusDays(1).with(LocalTime.of(20, 0));
        return start.toInstant();
    }

    /** What changed since the moment, or since the start of the current shift when it is null. */
    public Digest since(Instant since, Caller caller) {
        return between(since, null, caller);
    }

    /**
     * What changed from the moment (the start of the current shift when it is null) until the other one, or until now when
     * it is null or later: «что поменялось за 13-е с утра к вечеру» ends on the evening of the 13th.
     */
    public Digest between(Instant since, Instant until, Caller caller) {
        Instant now = until == null || until.isAfter(clock.instant()) ? clock.instant() : until;
        boolean shift = since == null;
        Instant from = shift ? shiftStart(now, model.zone()) : since;
        List<Digest.NewIncident> fresh = new ArrayList<>();
        Map<String, Digest.Change> changes = new LinkedHashMap<>();
        Set<String> changedKeys = new LinkedHashSet<>();
        for (IncidentSummary incident : model.incidents(from, null, null, INCIDENTS, caller)) {
            List<ReportRow> reports = model.reports(incident.id(), caller);
            List<String> recent = reports.stream().filter(r -> r.reportedAt() != null && !r.reportedAt().isBefore(from))
                    .map(ReportRow::sourceId).toList();
            if (incident.firstReportAt() != null && !incident.firstReportAt().isBefore(from) && !incident.firstReportAt().isAfter(now)) {
                reports.stream().filter(r -> r.reportedAt() != null).findFirst()
                        .ifPresent(r -> fresh.add(new Digest.NewIncident(incident, r.sourceId(), r.title(), r.sourceType())));
            }
            for (ObservationRow o : model.observationsIn(recent, caller)) {
                Instant at = o.moment();
                if (o.entityKey().isEmpty() || at == null || at.isBefore(from) || at.isAfter(now) || reportedAfter(o, now)) {
                    continue;
                }
                changedKeys.add(o.entityKey());
                Digest.Change known = changes.get(key(o));
                if (known == null || BY_MOMENT.compare(o, known.after()) > 0) {
                    IncidentSummary first = known == null ? incident : null;
                    changes.put(key(o), new Digest.Change(first != null ? first.id() : known.incidentId(),
                            first != null ? first.title() : known.incidentTitle(), o.entityKey(), o.entityName(), o.attribute(), null, o));
                }
            }
        }
        List<FigureHistory> histories = FigureHistories.of(model.observations(changedKeys, caller));
        return new Digest(from, now, shift, fresh, changed(changes, histories, from), conflicts(histories, changes.keySet(), from, now));
    }

    /** Each new latest value with the value before the moment; a value equal to the one before is no change. */
    private static List<Digest.Change> changed(Map<String, Digest.Change> latest, List<FigureHistory> histories, Instant from) {
        Map<String, FigureHistory> byKey = new LinkedHashMap<>();
        histories.forEach(h -> byKey.put(h.entityKey() + "\u0000" + h.attribute(), h));
        List<Digest.Change> result = new ArrayList<>();
        for (var entry : latest.entrySet()) {
            Digest.Change c = entry.getValue();
            FigureHistory history = byKey.get(entry.getKey());
            ObservationRow before = history == null ? null : history.values().stream()
                    .filter(o -> o.moment() != null && o.moment().isBefore(from) && Objects.equals(o.unit(), c.after().unit()))
                    .max(BY_MOMENT).orElse(null);
            if (before != null && SituationModel.shown(before).equals(SituationModel.shown(c.after()))) {
                continue;
            }
            result.add(new Digest.Change(c.incidentId(), c.incidentTitle(), c.entityKey(), c.entityName(), c.attribute(), before, c.after()));
        }
        result.sort(Comparator.comparing((Digest.Change c) -> c.after(), BY_MOMENT).reversed());
        return result;
    }

    private static List<Digest.Conflict> conflicts(List<FigureHistory> histories, Set<String> keys, Instant from, Instant now) {
        List<Digest.Conflict> found = new ArrayList<>();
        for (FigureHistory h : histories) {
            if (!keys.contains(h.entityKey() + "\u0000" + h.attribute())) {
                continue;
            }
            Map<Long, ObservationRow> byId = new LinkedHashMap<>();
            h.values().forEach(o -> byId.put(o.id(), o));
            for (Disagreement d : h.disagreements()) {
                ObservationRow a = byId.get(d.first());
                ObservationRow b = byId.get(d.second());
                if ((reportedSince(a, from) || reportedSince(b, from)) && !reportedAfter(a, now) && !reportedAfter(b, now)) {
                    found.add(new Digest.Conflict(h.entityKey(), h.entityName(), h.attribute(), d.kind(), a, b));
                }
            }
        }
        return found;
    }

    private static boolean reportedSince(ObservationRow o, Instant from) {
        return o.reportedAt() != null && !o.reportedAt().isBefore(from);
    }

    /** Known only after the digest's moment: a base replayed at an earlier moment (evaluation) holds such reports. */
    private static boolean reportedAfter(ObservationRow o, Instant now) {
        return o.reportedAt() != null && o.reportedAt().isAfter(now);
    }

    private static String key(ObservationRow o) {
        return o.entityKey() + "\u0000" + o.attribute();
    }
}
