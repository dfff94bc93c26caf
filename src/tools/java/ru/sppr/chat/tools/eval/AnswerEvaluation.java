package ru.sppr.chat.tools.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.sppr.chat.answer.ConfidenceModel;
import ru.sppr.chat.answer.Words;
import ru.sppr.chat.dialog.AskResult;
import ru.sppr.chat.dialog.DialogTurn;
import ru.sppr.chat.dialog.Question;
import ru.sppr.chat.session.Sessions;
import ru.sppr.chat.session.Turn;
import ru.sppr.chat.user.Caller;

/**
 * Asks every question of a data set through the full dialogue turn (each in a fresh session) and scores the
 * answers: gold answer contained, first citation gold, length, calibration (ECE, 10 bins), abstention, latency
 * (after a warm-up of {@value #WARM_UP} unmeasured questions).
 */
public final class AnswerEvaluation {
    /** Questions asked once, unmeasured, before the run: latency is measured on a warm service, not on the JIT. */
    static final int WARM_UP = 50;

    private AnswerEvaluation() {
    }

    /** One answered question: what the metrics and the confidence fit need. */
    public record Outcome(EvalData.Query query, String answer, boolean contained, boolean firstCitationGold, int words,
                          double confidence, boolean abstained, double latencyMs, double[] features) {
        /** One line of the per-question dump, for reading what went wrong. */
        public Map<String, Object> row() {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", query.id());
            row.put("question", query.text());
            row.put("gold", query.answers());
            row.put("answer", answer);
            row.put("contained", contained);
            row.put("first_citation_gold", firstCitationGold);
            row.put("abstained", abstained);
            row.put("confidence", round(confidence));
            row.put("latency_ms", round(latencyMs));
            if (features != null && features.length > 0) {
                row.put("features", ConfidenceFit.named(features));
            }
            return row;
        }
    }

    public static List<Outcome> ask(EvalData data, Sessions sessions, DialogTurn dialog, Caller caller) {
        for (EvalData.Query q : data.queries().subList(0, Math.min(WARM_UP, data.queries().size()))) {
            dialog.ask(sessions.start(caller.userId(), "warm-up", caller).id(), new Question(q.text()), caller);
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (EvalData.Query q : data.queries()) {
            long session = sessions.start(caller.userId(), "eval " + q.id(), caller).id();
            long t0 = System.nanoTime();
            AskResult result = dialog.ask(session, new Question(q.text()), caller);
            double latency = (System.nanoTime() - t0) / 1e6;
            Turn answer = result.exchange().answer();
            Set<String> gold = data.relevant().get(q.id());
            boolean firstGold = !answer.citations().isEmpty() && gold.contains(answer.citations().getFirst().sourceId());
            boolean contained = RetrievalMetrics.containsAnswer(List.of(answer.content()), q.answers());
            outcomes.add(new Outcome(q, answer.content(), contained, firstGold, Words.count(answer.content()),
                    answer.confidence(), result.abstained(), latency, result.evidence().features()));
        }
        return outcomes;
    }

    public static Map<String, Object> metrics(List<Outcome> outcomes) {
        int n = outcomes.size();
        double[] latency = outcomes.stream().mapToDouble(Outcome::latencyMs).toArray();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("containment", round(outcomes.stream().filter(Outcome::contained).count() / (double) n));
        result.put("first_citation_gold", round(outcomes.stream().filter(Outcome::firstCitationGold).count() / (double) n));
        result.put("mean_words", round(outcomes.stream().mapToInt(Outcome::words).average().orElse(0)));
        result.put("max_words", outcomes.stream().mapToInt(Outcome::words).max().orElse(0));
        result.put("over_60_words", round(outcomes.stream().filter(o -> o.words() > 60).count() / (double) n));
        result.put("ece", round(ece(outcomes.stream().mapToDouble(Outcome::confidence).toArray(),
                outcomes.stream().map(Outcome::contained).toList())));
        result.put("abstention", round(outcomes.stream().filter(Outcome::abstained).count() / (double) n));
        result.put("latency_p50_ms", round(RetrievalMetrics.percentile(latency, 0.50)));
        result.put("latency_p99_ms", round(RetrievalMetrics.percentile(latency, 0.99)));
        result.put("questions", n);
        return result;
    }

    /** Expected calibration error over 10 equal-width confidence bins. */
    public static double ece(double[] confidence, List<Boolean> correct) {
        double[] sumConfidence = new double[10];
        double[] sumCorrect = new double[10];
        int[] count = new int[10];
        for (int i = 0; i < confidence.length; i++) {
            int bin = Math.min(9, (int) (confidence[i] * 10));
            sumConfidence[bin] += confidence[i];
            sumCorrect[bin] += correct.get(i) ? 1 : 0;
            count[bin]++;
        }
        double ece = 0;
        for (int b = 0; b < 10; b++) {
            if (count[b] > 0) {
                ece += count[b] / (double) confidence.length * Math.abs(sumConfidence[b] / count[b] - sumCorrect[b] / count[b]);
            }
        }
        return ece;
    }

    /**
     * Fits the confidence model on the outcomes of answered (not abstained) questions and reports its ECE by
     * two-fold cross-validation (fit on one half, measure on the other), so the figure is not in-sample.
     */
    public static Fit fit(List<Outcome> outcomes) {
        List<Outcome> answered = outcomes.stream().filter(o -> !o.abstained()).toList();
        ConfidenceModel model = fitOn(answered);
        List<Double> held = new ArrayList<>();
        List<Boolean> truth = new ArrayList<>();
        for (int fold = 0; fold < 2; fold++) {
            int f = fold;
            List<Outcome> train = new ArrayList<>();
            List<Outcome> test = new ArrayList<>();
            for (int i = 0; i < answered.size(); i++) {
                (i % 2 == f ? test : train).add(answered.get(i));
            }
            ConfidenceModel half = fitOn(train);
            for (Outcome o : test) {
                held.add(half.probability(o.features()));
                truth.add(o.contained());
            }
        }
        return new Fit(model, answered.size(), round(ece(held.stream().mapToDouble(Double::doubleValue).toArray(), truth)));
    }

    /** The confidence model fitted on all answered questions, how many those were, and its cross-validated ECE. */
    public record Fit(ConfidenceModel model, int answered, double crossValidatedEce) {}

    private static ConfidenceModel fitOn(List<Outcome> outcomes) {
        double[][] x = outcomes.stream().map(Outcome::features).toArray(double[][]::new);
        boolean[] y = new boolean[outcomes.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = outcomes.get(i).contained();
        }
        return ConfidenceModel.fit(x, y);
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
