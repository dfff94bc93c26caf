package ru.sppr.chat.briefing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.sppr.chat.situation.Attribute;
import ru.sppr.chat.situation.SituationStore.ObservationRow;

/**
 * Which latest figures a summary shows: of each attribute only the current ones (no older than {@link #CURRENT} before
 * the newest of that attribute — refusals counted on the 12th are not news on the 16th), taken in turns so that every
 * attribute gets a line before any gets a second (the evacuated and the gauges both), shown people first
 * ({@link Attribute} order), the newest first within an attribute. One figure told of several places (the 9 who refused
 * evacuation, in the village, the settlement and the district) is shown once, at the newest.
 */
final class SummaryFigures {
    static final Duration CURRENT = Duration.ofHours(24);

    private SummaryFigures() {
    }

    /** At most {@code lines} of {@code latest}, one value per figure (entity and attribute) given. */
    static List<ObservationRow> pick(List<ObservationRow> latest, int lines) {
        Map<Attribute, List<ObservationRow>> current = new EnumMap<>(Attribute.class);
        for (ObservationRow o : latest) {
            current.computeIfAbsent(o.attribute(), a -> new ArrayList<>()).add(o);
        }
        current.replaceAll((attribute, values) -> {
            var newest = values.stream().map(ObservationRow::observedAt).max(Comparator.naturalOrder()).orElseThrow();
            Set<String> given = new HashSet<>();
            return values.stream().filter(o -> !o.observedAt().isBefore(newest.minus(CURRENT)))
                    .sorted(Comparator.comparing(ObservationRow::observedAt).reversed())
                    .filter(o -> o.value() == null || given.add(o.value() + " " + o.unit())).toList();
        });
        List<ObservationRow> chosen = new ArrayList<>();
        for (int turn = 0; chosen.size() < lines; turn++) {
            int before = chosen.size();
            for (List<ObservationRow> values : current.values()) {
                if (turn < values.size() && chosen.size() < lines) {
                    chosen.add(values.get(turn));
                }
            }
            if (chosen.size() == before) {
                break;
            }
        }
        chosen.sort(Comparator.comparing(ObservationRow::attribute).thenComparing(ObservationRow::observedAt, Comparator.reverseOrder()));
        return chosen;
    }
}
