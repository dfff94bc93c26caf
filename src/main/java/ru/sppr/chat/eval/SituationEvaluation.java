package ru.sppr.chat.eval;

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
import ru.sppr.chat.knowledge.KnowledgeBase;
import ru.sppr.chat.situation.Mention;
import ru.sppr.chat.situation.MentionKind;
import ru.sppr.chat.situation.Observation;
import ru.sppr.chat.situation.SituationModel;
import ru.sppr.chat.user.Caller;

/**
 * The situation model against hand labels (eval/situation/*.jsonl), per split: grouping precision/recall/F1 over
 * pairs of labelled reports (same event vs sharing an incident), mention F1 for places, objects and organisations (by
 * name key), observation F1 by attribute and value.
 */
public final class SituationEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

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
                keys.add(situation.nameKey(named ? item.get("name").asText() : item.asText()));
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
