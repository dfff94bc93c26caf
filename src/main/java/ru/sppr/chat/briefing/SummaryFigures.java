package ru.sppr.chat.briefing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import ru.sppr.chat.situation.Attribute;
import ru.sppr.chat.situation.SituationStore.ObservationRow;

/**
 * Which latest figures a summary shows: of each attribute only the current ones (no older than {@link #CURRENT} before
 * the newest of that attribute — refusals counted on the 12th are not news on the 16th), taken in turns so that every
 * attribute gets a line before any gets a second (the evacuated and the gauges both; every gauge's level in the first
 * turn), shown people first ({@link Attribute} order), a district's or region's total first within an attribute, then
 * the newest. One figure told of several places (the 9 who refused evacuation, in the village, the settlement and the
 * district) is shown once, at the newest.
 */
final class SummaryFigures {
    static final Duration CURRENT = Duration.ofHours(24);
    /** A district's or region's figure: the total, shown before its places' parts. */
    private static final Pattern AREA = Pattern.compile("(?:district|region):");

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
                    .sorted(Comparator.comparing(SummaryFigures::partOfArea).thenComparing(ObservationRow::observedAt, Comparator.reverseOrder()))
                    .filter(o -> o.value() == null || given.add(o.value() + " " + o.unit())).toList();
        });
        List<ObservationRow> chosen = new ArrayList<>();
        for (int turn = 0; chosen.size() < lines; turn++) {
            int before = chosen.size();
            for (var figure : current.entrySet()) {
                List<ObservationRow> values = figure.getValue();
                // every gauge's level is a figure of its own: the levels at Ключи and at Ольховка both
                int upTo = figure.getKey() == Attribute.WATER_LEVEL ? (turn == 0 ? values.size() : 0) : Math.min(values.size(), turn + 1);
                for (int i = figure.getKey() == Attribute.WATER_LEVEL ? 0 : turn; i < upTo && chosen.size() < lines; i++) {
                    chosen.add(values.get(i));
                }
            }
            if (chosen.size() == before) {
                break;
            }
        }
        chosen.sort(Comparator.comparing(ObservationRow::attribute).thenComparing(SummaryFigures::partOfArea)
                .thenComparing(ObservationRow::observedAt, Comparator.reverseOrder()));
        return chosen;
    }

    /**
     * Whether a count is of a part (a village) rather than of a whole district or region; a level is a gauge's, never an
     * area's total.
     */
    private static boolean partOfArea(ObservationRow o) {
        return o.attribute() == Attribute.WATER_LEVEL || !AREA.matcher(o.entityKey()).lookingAt();
    }
}
