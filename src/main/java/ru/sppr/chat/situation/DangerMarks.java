package ru.sppr.chat.situation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.sppr.chat.situation.SituationStore.ObservationRow;
import ru.sppr.chat.situation.SituationViews.FigureHistory;

/**
 * The danger marks of a gauge as its own sources state them next to its levels: «опасная отметка 650 см», the
 * {@code danger_level_cm} column of a gauge table (its rows read «опасная отметка, см: 650»), «неблагоприятной отметке
 * 600 см». Each mark is the value its excerpts name most often (another gauge's mark in the same sentence is outvoted),
 * cited by the first source naming it. Pure.
 */
public final class DangerMarks {
    private static final Pattern COLUMN = Pattern.compile("(?:danger_level_cm|опасная отметка, см):\\s*(\\d{2,4})");
    private static final Pattern DANGER = mark("опасн");
    private static final Pattern ADVERSE = mark("неблагоприятн");

    private DangerMarks() {
    }

    /** A level the sources call dangerous (or adverse) for this gauge, in centimetres. */
    public record Mark(String label, double value, String unit, String sourceId) {}

    public static List<Mark> of(FigureHistory history) {
        if (history.attribute() != Attribute.WATER_LEVEL) {
            return List.of();
        }
        List<Mark> marks = new ArrayList<>();
        mostNamed(history.values(), "опасная отметка", COLUMN, DANGER).ifPresent(marks::add);
        mostNamed(history.values(), "неблагоприятная отметка", ADVERSE).ifPresent(marks::add);
        return marks;
    }

    private static Optional<Mark> mostNamed(List<ObservationRow> values, String label, Pattern... patterns) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        Map<Integer, String> firstSource = new LinkedHashMap<>();
        for (ObservationRow o : values) {
            if (o.excerpt() == null || !"см".equals(o.unit())) {
                continue;
            }
            String text = o.excerpt().toLowerCase(Locale.ROOT).replace('ё', 'е');
            for (Pattern p : patterns) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    int value = Integer.parseInt(m.group(1));
                    counts.merge(value, 1, Integer::sum);
                    firstSource.putIfAbsent(value, o.sourceId());
                }
            }
        }
        return counts.entrySet().stream().max(Comparator.comparingInt(Map.Entry<Integer, Integer>::getValue))
                .map(e -> new Mark(label, e.getKey(), "см", firstSource.get(e.getKey())));
    }

    /** «опасная отметка 650 см», «выше опасной отметки (650 см)», «опасной отметке 650 сантиметров» — not «на 34 см». */
    private static Pattern mark(String adjective) {
        return Pattern.compile("(?<!\\p{L})" + adjective + "\\p{L}*\\s+отметк\\p{L}*[\\s(:—–-]{0,4}(\\d{3,4})\\s*(?:см|сантиметр)");
    }
}
