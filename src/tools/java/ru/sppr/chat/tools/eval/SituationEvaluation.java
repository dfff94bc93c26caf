package ru.sppr.chat.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sppr.chat.knowledge.KnowledgeBase;
import ru.sppr.chat.knowledge.source.SourceQuery;
import ru.sppr.chat.situation.Mention;
import ru.sppr.chat.situation.MentionKind;
import ru.sppr.chat.situation.Observation;
import ru.sppr.chat.situation.SituationModel;
import ru.sppr.chat.tools.Figures;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;

/**
 * The situation model against hand labels (eval/situation/*.jsonl), per split: grouping precision/recall/F1 over
 * pairs of labelled reports (same event vs sharing an incident), mention F1 for places, objects and organisations (by
 * name key), observation F1 by attribute and value.
 */
public final class SituationEvaluation {
    private static final Logger LOG = LoggerFactory.getLogger(SituationEvaluation.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Labels name places with their type word («река Сосна», «улица Луговая»); keys are of the name alone. */
    private static final Pattern TYPE_WORD = Pattern.compile(
            "^(?:река|улица|ул\\.|автодорога|трасса|село|с\\.|город|г\\.|посёлок|поселок|деревня|проспект|переулок|шоссе)\\s+");

    private SituationEvaluation() {
    }

    /** A labelled report. */
    private record Label(String id, String split, String group, Set<String> places, Set<String> objects, Set<String> organisations,
                         List<String> figures) {}

    public static Map<String, Object> run(Path labels, KnowledgeBase knowledge, SituationModel situation) {
        List<Label> all = read(labels, situation);
        Map<String, Object> result = new LinkedHashMap<>();
        for (String split : List.of("tune", "heldout")) {
            List<Label> part = all.stream().filter(l -> l.split().equals(split)).toList();
            result.put(split, score(part, knowledge, situation));
        }
        result.put("all", score(all, knowledge, situation));
        return result;
    }

    /** For reading grouping errors: each labelled event the model split, with the incidents its reports went to. */
    private static void logSplitGroups(List<Label> labels, Map<String, Set<Long>> incidents) {
        Map<String, Map<String, Set<Long>>> byGroup = new TreeMap<>();
        labels.forEach(l -> byGroup.computeIfAbsent(l.split() + " " + l.group(), g -> new TreeMap<>())
                .put(l.id(), incidents.getOrDefault(l.id(), Set.of())));
        byGroup.forEach((group, reports) -> {
            if (reports.values().stream().distinct().count() > 1) {
                LOG.debug("Split {}: {}", group, reports);
            }
        });
        Map<Long, Set<String>> groupsOf = new TreeMap<>();
        labels.forEach(l -> incidents.getOrDefault(l.id(), Set.of()).forEach(i -> groupsOf.computeIfAbsent(i, k -> new TreeSet<>())
                .add(l.split() + " " + l.group())));
        groupsOf.forEach((incident, groups) -> {
            if (groups.size() > 1) {
                LOG.debug("Mixed incident {}: {}", incident, groups);
            }
        });
    }

    private static Map<String, Object> score(List<Label> labels, KnowledgeBase knowledge, SituationModel situation) {
        var incidents = situation.incidentsOf(labels.stream().map(Label::id).toList(), Caller.LOCAL_ADMIN);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                boolean gold = labels.get(i).group().equals(labels.get(j).group());
                Set<Long> a = incidents.getOrDefault(labels.get(i).id(), Set.of());
                boolean predicted = a.stream().anyMatch(incidents.getOrDefault(labels.get(j).id(), Set.of())::contains);
                tp += gold && predicted ? 1 : 0;
                fp += !gold && predicted ? 1 : 0;
                fn += gold && !predicted ? 1 : 0;
            }
        }
        int[] places = new int[3];
        int[] objects = new int[3];
        int[] organisations = new int[3];
        int[] figures = new int[3];
        if (LOG.isDebugEnabled()) {
            logSplitGroups(labels, incidents);
        }
        for (Label label : labels) {
            var doc = knowledge.source(label.id(), Caller.LOCAL_ADMIN);
            var analysis = situation.analyse(doc);
            Set<String> predictedPlaces = new HashSet<>();
            Set<String> predictedObjects = new HashSet<>();
            Set<String> predictedOrganisations = new HashSet<>();
            List<String> predictedFigures = new ArrayList<>();
            for (var fragment : analysis.fragments()) {
                for (Mention m : fragment.mentions()) {
                    String name = m.key().substring(m.key().lastIndexOf(':') + 1);
                    if (m.kind().place()) {
                        predictedPlaces.add(name);
                    } else if (m.kind() == MentionKind.OBJECT) {
                        predictedObjects.add(name);
                    } else if (m.kind() == MentionKind.ORGANISATION) {
                        predictedOrganisations.add(situation.nameKey(m.name()));
                    }
                }
                for (Observation o : fragment.observations()) {
                    if (o.value() != null) {
                        predictedFigures.add(o.attribute().code() + "=" + o.value());
                    }
                }
            }
            count(places, label.places(), predictedPlaces, false);
            count(objects, label.objects(), predictedObjects, true);
            count(organisations, label.organisations(), predictedOrganisations, false);
            countMultiset(figures, label.figures(), predictedFigures);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reports", labels.size());
        out.put("groups", labels.stream().map(Label::group).distinct().count());
        out.put("grouping_precision", round(ratio(tp, tp + fp)));
        out.put("grouping_recall", round(ratio(tp, tp + fn)));
        out.put("grouping_f1", round(f1(tp, fp, fn)));
        out.put("places_f1", round(f1(places[0], places[1], places[2])));
        out.put("objects_f1", round(f1(objects[0], objects[1], objects[2])));
        out.put("organisations_f1", round(f1(organisations[0], organisations[1], organisations[2])));
        out.put("observations_precision", round(ratio(figures[0], figures[0] + figures[1])));
        out.put("observations_recall", round(ratio(figures[0], figures[0] + figures[2])));
        out.put("observations_f1", round(f1(figures[0], figures[1], figures[2])));
        return out;
    }

    /** tp, fp, fn of name keys; objects match when one key contains the other (labels name them with their kind). */
    private static void count(int[] c, Set<String> gold, Set<String> predicted, boolean containment) {
        Set<String> matchedGold = new HashSet<>();
        for (String p : predicted) {
            String hit = gold.stream().filter(g -> g.equals(p) || containment && !p.isBlank() && (g.contains(p) || p.contains(g)))
                    .findFirst().orElse(null);
            if (hit != null) {
                c[0]++;
                matchedGold.add(hit);
            } else {
                c[1]++;
            }
        }
        c[2] += (int) gold.stream().filter(g -> !matchedGold.contains(g)).count();
    }

    private static void countMultiset(int[] c, List<String> gold, List<String> predicted) {
        List<String> left = new ArrayList<>(gold);
        for (String p : predicted) {
            if (left.remove(p)) {
                c[0]++;
            } else {
                c[1]++;
            }
        }
        c[2] += left.size();
    }

    private static List<Label> read(Path file, SituationModel situation) {
        List<Label> labels = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                labels.add(new Label(n.get("id").asText(), n.get("split").asText(), n.get("group").asText(),
                        keys(n.get("places"), situation, true), keys(n.get("objects"), situation, true),
                        keys(n.get("organisations"), situation, false), figures(n.get("figures"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("не удалось прочитать разметку " + file, e);
        }
        return labels;
    }

    private static Set<String> keys(JsonNode list, SituationModel situation, boolean named) {
        Set<String> keys = new HashSet<>();
        if (list != null) {
            for (JsonNode item : list) {
                String name = named ? item.get("name").asText() : item.asText();
                keys.add(situation.nameKey(named ? TYPE_WORD.matcher(name).replaceFirst("") : name));
            }
        }
        return keys;
    }

    private static List<String> figures(JsonNode list) {
        List<String> figures = new ArrayList<>();
        if (list != null) {
            for (JsonNode f : list) {
                if (f.get("value").isNumber()) {
                    figures.add(f.get("attribute").asText() + "=" + f.get("value").asDouble());
                }
            }
        }
        return figures;
    }

    /**
     * The demo base against {@code eval/situation/demo.jsonl}, per split: place F1 and observation F1 (attribute and
     * value; and with the entity too), per labelled source, table row or log line.
     */
    public static Map<String, Object> demo(Path labels, KnowledgeBase knowledge, SituationModel situation) {
        Map<String, String> byFile = new LinkedHashMap<>();
        for (var summary : knowledge.sources(new SourceQuery(Clearance.SECRET, null, null,
                null, null, null, SourceQuery.MAX_LIMIT, 0))) {
            String origin = summary.source().origin();
            byFile.putIfAbsent(origin.substring(origin.lastIndexOf('/') + 1), summary.source().id());
        }
        Map<String, int[][]> splits = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(labels)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                String file = n.get("file").asText();
                JsonNode record = n.get("record");
                boolean row = record != null && !record.isNull() && record.asText().matches("\\d+");
                String sourceId = record != null && !record.isNull() && !row ? record.asText() : byFile.get(file);
                if (sourceId == null) {
                    continue;
                }
                var analysis = situation.analyse(knowledge.source(sourceId, Caller.LOCAL_ADMIN));
                Set<String> places = new HashSet<>();
                List<String> figures = new ArrayList<>();
                List<String> tied = new ArrayList<>();
                for (var fragment : analysis.fragments()) {
                    if (row && fragment.ordinal() != record.asInt() - 1) {
                        continue;
                    }
                    fragment.mentions().stream().filter(m -> m.kind().place()).forEach(m -> places.add(m.key().substring(m.key().indexOf(':') + 1)));
                    for (Observation o : fragment.observations()) {
                        String value = o.value() != null ? String.valueOf(o.value()) : o.state();
                        figures.add(o.attribute().code() + "=" + value);
                        tied.add(o.attribute().code() + "=" + value + "@" + situation.nameKey(o.entityName().replaceFirst("^ГП ", "")));
                    }
                }
                List<String> goldFigures = new ArrayList<>();
                List<String> goldTied = new ArrayList<>();
                for (JsonNode f : n.get("figures")) {
                    String attribute = f.get("attribute").asText();
                    String entity = f.hasNonNull("entity") ? f.get("entity").asText() : "";
                    if (attribute.equals("evacuated") && entity.startsWith("ПВР №")) {
                        attribute = "sheltered";
                    }
                    String value = f.get("value").isNumber() ? String.valueOf(f.get("value").asDouble()) : STATES.getOrDefault(f.get("value").asText(), "?");
                    goldFigures.add(attribute + "=" + value);
                    goldTied.add(attribute + "=" + value + "@" + situation.nameKey(entity.replaceFirst("^ГП ", "").replaceFirst("^(мост|дамба) у (с\\. )?", "")));
                }
                int[][] c = splits.computeIfAbsent(n.get("split").asText(), k -> new int[3][3]);
                count(c[0], keys(n.get("places"), situation, true), places, false);
                countMultiset(c[1], goldFigures, figures);
                countMultiset(c[2], goldTied, tied);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("не удалось прочитать разметку " + labels, e);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        splits.forEach((split, c) -> {
            var m = new LinkedHashMap<String, Object>();
            m.put("places_f1", round(f1(c[0][0], c[0][1], c[0][2])));
            m.put("observations_precision", round(ratio(c[1][0], c[1][0] + c[1][1])));
            m.put("observations_recall", round(ratio(c[1][0], c[1][0] + c[1][2])));
            m.put("observations_f1", round(f1(c[1][0], c[1][1], c[1][2])));
            m.put("observations_with_entity_f1", round(f1(c[2][0], c[2][1], c[2][2])));
            out.put(split, m);
        });
        return out;
    }

    private static final Map<String, String> STATES = Map.of("closed", "закрыт", "open", "открыт", "localized", "локализован",
            "extinguished", "ликвидирован");

    private static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : a / (double) b;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
