package ru.sppr.chat.situation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ru.sppr.chat.situation.SituationStore.ObservationRow;
import ru.sppr.chat.situation.SituationViews.Disagreement;
import ru.sppr.chat.situation.SituationViews.FigureHistory;

/**
 * Observations grouped by entity and attribute, in observed order, with disagreements: two sources giving different
 * values for the same moment (within an hour) conflict, unless the later report says it corrects («по уточнённым
 * данным»), which makes it a correction. Pure.
 */
final class FigureHistories {
    private static final Duration SAME_MOMENT = Duration.ofHours(1);

    private FigureHistories() {
    }

    static List<FigureHistory> of(List<ObservationRow> observations) {
        Map<String, List<ObservationRow>> groups = new LinkedHashMap<>();
        for (ObservationRow o : observations) {
            if (o.entityKey().isEmpty()) {
                continue;
            }
            groups.computeIfAbsent(o.entityKey() + "\u0000" + o.attribute(), k -> new ArrayList<>()).add(o);
        }
        List<FigureHistory> histories = new ArrayList<>();
        for (List<ObservationRow> values : groups.values()) {
            values.sort(Comparator.comparing(ObservationRow::observedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparingLong(ObservationRow::id));
            ObservationRow first = values.getFirst();
            histories.add(new FigureHistory(first.entityKey(), first.entityName(), first.attribute(), List.copyOf(values),
                    disagreements(values)));
        }
        return histories;
    }

    private static List<Disagreement> disagreements(List<ObservationRow> values) {
        List<Disagreement> found = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++) {
                ObservationRow a = values.get(i);
                ObservationRow b = values.get(j);
                if (a.sourceId().equals(b.sourceId()) || !Objects.equals(a.unit(), b.unit()) || a.observedAt() == null || b.observedAt() == null
                        || Duration.between(a.observedAt(), b.observedAt()).abs().compareTo(SAME_MOMENT) > 0
                        || Objects.equals(a.value(), b.value()) && Objects.equals(a.state(), b.state())) {
                    continue;
                }
                ObservationRow later = reportedLater(a, b) ? a : b;
                found.add(new Disagreement(a.id(), b.id(), later.correction() ? Disagreement.Kind.CORRECTION : Disagreement.Kind.CONFLICT));
            }
        }
        return found;
    }

    private static boolean reportedLater(ObservationRow a, ObservationRow b) {
        return a.reportedAt() != null && b.reportedAt() != null && a.reportedAt().isAfter(b.reportedAt());
    }
}
