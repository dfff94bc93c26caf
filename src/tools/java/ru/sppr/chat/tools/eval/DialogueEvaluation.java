package ru.sppr.chat.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.sppr.chat.answer.ConfidenceModel;
import ru.sppr.chat.answer.Words;
import ru.sppr.chat.dialog.AskResult;
import ru.sppr.chat.dialog.DialogTurn;
import ru.sppr.chat.dialog.Question;
import ru.sppr.chat.knowledge.KnowledgeBase;
import ru.sppr.chat.knowledge.source.SourceQuery;
import ru.sppr.chat.session.Sessions;
import ru.sppr.chat.session.Turn;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;

/**
 * Operator questions (eval/dialogue/*.jsonl) asked through the service's own turn, follow-ups after their context
 * in one session, each at the moment it is asked: accuracy per kind and split, refusals on answerable and on
 * not-in-base questions, calibration and latency. An answer is right when it is not a refusal, contains one of the
 * gold strings, all of {@code all}, none of {@code wrong} in its main claim (its first sentence or line), and cites one
 * of the gold sources; a not-in-base question is right when refused.
 */
public final class DialogueEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** When a question without its own time is asked: right after the base's data ends. */
    private static final Map<String, Instant> DEFAULT_ASKED = Map.of(
            "demo", OffsetDateTime.parse("2026-04-16T21:00:00+03:00").toInstant(),
            "incidents", OffsetDateTime.parse("2024-12-05T12:00:00+03:00").toInstant());

    private DialogueEvaluation() {
    }

    /** One labelled question. */
    public record Item(String id, String split, String base, String kind, List<String> context, String question, Instant askedAt,
                       boolean answerable, List<String> answers, List<String> all, List<String> wrong, Set<String> sources) {}

    /** One asked question and how it went. */
    public record Outcome(Item item, String answer, boolean refused, boolean citesGold, boolean correct, double confidence,
                          int words, double latencyMs, double[] features) {
        /** The question, its gold, the answer and how it was judged — for reading the errors. */
        public Map<String, Object> row() {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", item.id());
            row.put("kind", item.kind());
            row.put("split", item.split());
            row.put("context", item.context());
            row.put("question", item.question());
            row.put("gold", item.answers());
            row.put("answer", answer);
            judged(row);
            return row;
        }

        /**
         * How it was judged, without the question's or the answer's text (which quote the bases): what a first run of a
         * new set keeps in the repository, for {@link ConfidenceFit#rescale}.
         */
        public Map<String, Object> record() {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", item.id());
            row.put("kind", item.kind());
            row.put("split", item.split());
            judged(row);
            return row;
        }

        private void judged(Map<String, Object> row) {
            row.put("correct", correct);
            row.put("refused", refused);
            row.put("cites_gold", citesGold);
            row.put("confidence", round(confidence));
            if (features != null && features.length > 0) {
                row.put("features", ConfidenceFit.named(features));
            }
        }
    }

    /**
     * The answered questions of a recorded run ({@link Outcome#record} or {@link Outcome#row} lines) as calibration
     * samples of a set named after the file, its {@code tune} split as the part to fit on.
     */
    public static List<ConfidenceFit.Sample> recorded(Path file) {
        String set = file.getFileName().toString().replaceFirst("\\.jsonl$", "");
        List<ConfidenceFit.Sample> samples = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = JSON.readTree(line);
                if (row.path("refused").asBoolean()) {
                    continue;
                }
                double[] features = new double[ConfidenceModel.FEATURES.size()];
                for (int i = 0; i < features.length; i++) {
                    JsonNode value = row.path("features").get(ConfidenceModel.FEATURES.get(i));
                    if (value == null) {
                        throw new IllegalArgumentException("в записи прогона " + file + " у вопроса " + row.path("id").asText()
                                + " нет признака " + ConfidenceModel.FEATURES.get(i));
                    }
                    features[i] = value.asDouble();
                }
                samples.add(new ConfidenceFit.Sample(set, row.path("split").asText().equals("tune"), features,
                        row.path("correct").asBoolean()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return samples;
    }

    public static List<Item> read(Path file) {
        List<Item> items = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                String base = n.path("base").asText();
                Instant asked = n.hasNonNull("asked_at") ? OffsetDateTime.parse(n.get("asked_at").asText()).toInstant()
                        : DEFAULT_ASKED.getOrDefault(base, Instant.now());
                items.add(new Item(n.get("id").asText(), n.path("split").asText("tune"), base, n.get("kind").asText(),
                        strings(n.get("context")), n.get("question").asText(), asked, n.path("answerable").asBoolean(true),
                        strings(n.get("answers")), strings(n.get("all")), strings(n.get("wrong")), new HashSet<>(strings(n.get("sources")))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("не удалось прочитать вопросы " + file, e);
        }
        return items;
    }

    public static List<Outcome> ask(List<Item> items, KnowledgeBase knowledge, Sessions sessions, DialogTurn dialog,
                                    MovableClock clock, Caller caller) {
        Map<String, String> fileOf = files(knowledge);
        List<Outcome> outcomes = new ArrayList<>();
        for (Item item : items) {
            clock.set(item.askedAt());
            long session = sessions.start(caller.userId(), "eval " + item.id(), caller).id();
            for (String earlier : item.context()) {
                dialog.ask(session, new Question(earlier), caller);
            }
            long t0 = System.nanoTime();
            AskResult result = dialog.ask(session, new Question(item.question()), caller);
            double latency = (System.nanoTime() - t0) / 1e6;
            Turn answer = result.exchange().answer();
            boolean refused = answer.citations().isEmpty();
            Set<String> cited = new HashSet<>();
            answer.citations().forEach(c -> {
                cited.add(c.sourceId());
                cited.add(fileOf.getOrDefault(c.sourceId(), c.sourceId()));
            });
            boolean citesGold = item.sources().isEmpty() || item.sources().stream().anyMatch(cited::contains);
            String text = normal(answer.content());
            boolean correct = item.answerable()
                    ? !refused && citesGold && (item.answers().isEmpty() || item.answers().stream().anyMatch(a -> text.contains(normal(a))))
                    && item.all().stream().allMatch(a -> text.contains(normal(a)))
                    && item.wrong().stream().noneMatch(a -> claim(text).contains(normal(a)))
                    : refused;
            outcomes.add(new Outcome(item, answer.content(), refused, citesGold, correct, answer.confidence(),
                    Words.count(answer.content()), latency, result.evidence().features()));
        }
        return outcomes;
    }

    /**
     * Per split (tune, heldout, all): accuracy overall and per kind, refusal rates, ECE of answered questions, latency. A
     * split the data has no questions of is left out (operators-3.jsonl is all held out), not reported as zeros.
     */
    public static Map<String, Object> metrics(List<Outcome> outcomes) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (String split : List.of("tune", "heldout")) {
            List<Outcome> part = outcomes.stream().filter(o -> o.item().split().equals(split)).toList();
            if (!part.isEmpty()) {
                result.put(split, score(part));
            }
        }
        result.put("all", score(outcomes));
        return result;
    }

    private static Map<String, Object> score(List<Outcome> outcomes) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("questions", outcomes.size());
        r.put("accuracy", share(outcomes, Outcome::correct));
        Map<String, Object> byKind = new TreeMap<>();
        for (String kind : outcomes.stream().map(o -> o.item().kind()).distinct().sorted().toList()) {
            List<Outcome> of = outcomes.stream().filter(o -> o.item().kind().equals(kind)).toList();
            byKind.put(kind, Map.of("accuracy", share(of, Outcome::correct), "questions", of.size()));
        }
        r.put("by_kind", byKind);
        Map<String, Object> byBase = new TreeMap<>();
        for (String base : outcomes.stream().map(o -> o.item().base()).distinct().sorted().toList()) {
            List<Outcome> of = outcomes.stream().filter(o -> o.item().base().equals(base)).toList();
            byBase.put(base, Map.of("accuracy", share(of, Outcome::correct), "questions", of.size()));
        }
        r.put("by_base", byBase);
        List<Outcome> answerable = outcomes.stream().filter(o -> o.item().answerable()).toList();
        List<Outcome> absent = outcomes.stream().filter(o -> !o.item().answerable()).toList();
        r.put("answerable_refused", share(answerable, Outcome::refused));
        r.put("not_in_base_refused", share(absent, Outcome::refused));
        List<Outcome> answered = outcomes.stream().filter(o -> !o.refused()).toList();
        r.put("ece_answered", round(AnswerEvaluation.ece(answered.stream().mapToDouble(Outcome::confidence).toArray(),
                answered.stream().map(Outcome::correct).toList())));
        r.put("answered_over_60_words", share(answered.stream().filter(o -> !o.item().kind().equals("timeline")
                && !o.item().kind().equals("summary")).toList(), o -> o.words() > 60));
        double[] latency = outcomes.stream().mapToDouble(Outcome::latencyMs).toArray();
        r.put("latency_p50_ms", round(RetrievalMetrics.percentile(latency, 0.50)));
        r.put("latency_p99_ms", round(RetrievalMetrics.percentile(latency, 0.99)));
        return r;
    }

    /** Source id → the file it came from, for gold that names demo files. */
    private static Map<String, String> files(KnowledgeBase knowledge) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int offset = 0; ; offset += SourceQuery.MAX_LIMIT) {
            var page = knowledge.sources(new SourceQuery(Clearance.SECRET, null, null, null, null, null, SourceQuery.MAX_LIMIT, offset));
            for (var summary : page) {
                String origin = summary.source().origin();
                files.put(summary.source().id(), origin.substring(origin.lastIndexOf('/') + 1));
            }
            if (page.size() < SourceQuery.MAX_LIMIT) {
                return files;
            }
        }
    }

    /**
     * The answer's main claim — up to its first citation mark or the end of its first line: a wrong value counts there,
     * not in what the answer adds as history («до этого — 552 см») or as a disagreeing source. A claim in the model's
     * form ends at «… 691 см [1].», one quoted from the sources at «… в 08:00 и 15:00. [1]» — the second sentence is
     * what the answer adds.
     */
    static String claim(String text) {
        Matcher mark = CITATION.matcher(text);
        int end = mark.find() ? mark.end() : text.length();
        int line = text.indexOf('\n');
        return text.substring(0, line >= 0 ? Math.min(end, line) : end);
    }

    private static final Pattern CITATION = Pattern.compile("\\[\\d+(?:, ?\\d+)*]");

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('\u00a0', ' ').replaceAll("(?<=\\d) (?=\\d{3}\\b)", "")
                .replaceAll("\\s+", " ");
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(v -> out.add(v.asText()));
        }
        return out;
    }

    private static double share(List<Outcome> of, Predicate<Outcome> p) {
        return of.isEmpty() ? 0 : round(of.stream().filter(p).count() / (double) of.size());
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
