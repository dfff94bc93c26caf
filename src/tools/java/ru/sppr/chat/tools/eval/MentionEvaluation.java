package ru.sppr.chat.tools.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import ru.sppr.chat.situation.Mention;
import ru.sppr.chat.situation.MentionExtractor;

/**
 * Mentions against people's labels in BRAT standoff (NEREL: {@code *.txt} with {@code *.ann}): precision, recall and
 * F1 per label group, on exact spans and on overlapping spans. Our kinds map to NEREL types: settlements → CITY,
 * regions → STATE_OR_PROVINCE, districts → DISTRICT, countries → COUNTRY, rivers, roads and other places → LOCATION,
 * streets and objects → FACILITY (NEREL's annotators put streets and squares there: 59 of the 62 labelled in {@code
 * train/}), organisations → ORGANIZATION, people → PERSON, times with a clock → TIME, other times
 * → DATE, events → EVENT.
 */
public final class MentionEvaluation {
    /** Groups scored, each a set of NEREL types and our kinds that count for it. */
    private static final Map<String, Set<String>> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("places", Set.of("CITY", "STATE_OR_PROVINCE", "DISTRICT", "COUNTRY", "LOCATION"));
        GROUPS.put("dates", Set.of("DATE", "TIME"));
        GROUPS.put("organisations", Set.of("ORGANIZATION", "FACILITY"));
        GROUPS.put("persons", Set.of("PERSON"));
        for (String type : List.of("CITY", "STATE_OR_PROVINCE", "DISTRICT", "COUNTRY", "LOCATION", "FACILITY", "ORGANIZATION",
                "PERSON", "DATE", "TIME", "EVENT")) {
            GROUPS.put(type, Set.of(type));
        }
    }

    private record Span(int start, int end, String type) {
        boolean overlaps(Span o) {
            return start < o.end && o.start < end;
        }
    }

    private MentionEvaluation() {
    }

    public static Map<String, Object> run(Path dir, MentionExtractor extractor) {
        List<Path> texts;
        try (Stream<Path> files = Files.list(dir)) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("не удалось прочитать каталог " + dir, e);
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("в каталоге " + dir + " нет файлов .txt с разметкой .ann");
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        long started = System.nanoTime();
        long chars = 0;
        for (Path text : texts) {
            String content = read(text);
            chars += content.length();
            List<Span> gold = gold(text.resolveSibling(text.getFileName().toString().replaceFirst("\\.txt$", ".ann")));
            List<Span> predicted = extractor.extract(content, null).stream().map(MentionEvaluation::span).toList();
            for (var group : GROUPS.entrySet()) {
                List<Span> g = gold.stream().filter(s -> group.getValue().contains(s.type())).toList();
                List<Span> p = predicted.stream().filter(s -> group.getValue().contains(s.type())).toList();
                int[] c = counts.computeIfAbsent(group.getKey(), k -> new int[6]);
                c[0] += p.size();
                c[1] += g.size();
                c[2] += (int) p.stream().filter(x -> g.stream().anyMatch(x::overlaps)).count();
                c[3] += (int) g.stream().filter(x -> p.stream().anyMatch(x::overlaps)).count();
                c[4] += (int) p.stream().filter(x -> g.stream().anyMatch(y -> y.start() == x.start() && y.end() == x.end())).count();
                c[5] += (int) g.stream().filter(x -> p.stream().anyMatch(y -> y.start() == x.start() && y.end() == x.end())).count();
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("documents", texts.size());
        for (String flat : List.of("places", "dates", "organisations", "persons")) {
            result.put(flat + "_f1_overlap", round(f1(counts.get(flat), true)));
            result.put(flat + "_f1_exact", round(f1(counts.get(flat), false)));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        counts.forEach((group, c) -> {
            var d = new LinkedHashMap<String, Object>();
            d.put("predicted", c[0]);
            d.put("gold", c[1]);
            d.put("precision_overlap", round(ratio(c[2], c[0])));
            d.put("recall_overlap", round(ratio(c[3], c[1])));
            d.put("f1_overlap", round(f1(c, true)));
            d.put("precision_exact", round(ratio(c[4], c[0])));
            d.put("recall_exact", round(ratio(c[5], c[1])));
            d.put("f1_exact", round(f1(c, false)));
            details.put(group, d);
        });
        result.put("by_type", details);
        double seconds = (System.nanoTime() - started) / 1e9;
        result.put("chars_per_second", Math.round(chars / Math.max(seconds, 1e-9)));
        return result;
    }

    private static Span span(Mention m) {
        String type = switch (m.kind()) {
            case SETTLEMENT -> "CITY";
            case REGION -> "STATE_OR_PROVINCE";
            case DISTRICT -> "DISTRICT";
            case COUNTRY -> "COUNTRY";
            case RIVER, ROAD, PLACE -> "LOCATION";
            case STREET, OBJECT -> "FACILITY";
            case ORGANISATION -> "ORGANIZATION";
            case PERSON -> "PERSON";
            case EVENT -> "EVENT";
            case TIME -> m.text().matches("(?s).*\\d[:.]\\d\\d.*|(?s).*(утр|вечер|ночь|ночью|днём|днем|час|минут|секунд|полноч|полд).*") ? "TIME" : "DATE";
        };
        return new Span(m.start(), m.end(), type);
    }

    private static List<Span> gold(Path ann) {
        List<Span> spans = new ArrayList<>();
        if (!Files.exists(ann)) {
            return spans;
        }
        for (String line : read(ann).split("\n")) {
            if (!line.startsWith("T")) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length < 2) {
                continue;
            }
            String[] typeAndSpans = parts[1].split(" ", 2);
            if (typeAndSpans.length < 2) {
                continue;
            }
            String[] ranges = typeAndSpans[1].split(";");
            String[] first = ranges[0].trim().split(" ");
            String[] last = ranges[ranges.length - 1].trim().split(" ");
            spans.add(new Span(Integer.parseInt(first[0]), Integer.parseInt(last[1]), typeAndSpans[0]));
        }
        return spans;
    }

    private static double f1(int[] c, boolean overlap) {
        double p = ratio(overlap ? c[2] : c[4], c[0]);
        double r = ratio(overlap ? c[3] : c[5], c[1]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : a / (double) b;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("не удалось прочитать " + file, e);
        }
    }
}
