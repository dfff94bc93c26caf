package ru.sppr.chat.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The probability that an answer is correct and supported: a logistic function of its {@link Evidence},
 * with weights fitted on the public evaluation data ({@code chat-sppr eval answers --fit-confidence FILE}) and
 * shipped as {@code answer/confidence.json}.
 */
public record ConfidenceModel(double[] weights, double bias) {
    private static final String RESOURCE = "/answer/confidence.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The names of {@link Evidence#features()}, in order; the shipped parameters must name the same. */
    public static final List<String> FEATURES = List.of("sentence_coverage", "fragment_coverage", "log1p_top_score", "margin",
            "sources", "conflict", "modelled", "modelled_coverage");

    public static ConfidenceModel shipped() {
        try (InputStream in = ConfidenceModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("нет параметров калибровки " + RESOURCE);
            }
            JsonNode node = JSON.readTree(in);
            List<String> named = new ArrayList<>();
            node.get("features").forEach(f -> named.add(f.asText()));
            if (!named.equals(FEATURES)) {
                throw new IllegalStateException("параметры калибровки " + RESOURCE + " подобраны для других признаков: " + named
                        + " вместо " + FEATURES + " — подберите заново (chat-sppr eval dialogue --fit-confidence)");
            }
            double[] w = new double[node.get("weights").size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = node.get("weights").get(i).asDouble();
            }
            return new ConfidenceModel(w, node.get("bias").asDouble());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public double of(Answer answer) {
        return switch (answer) {
            case Answer.Grounded g -> probability(g.evidence().features());
            case Answer.NoEvidence n -> 0.0;
            case Answer.Conversational c -> 1.0;
        };
    }

    public double probability(double[] x) {
        return 1 / (1 + Math.exp(-logit(x)));
    }

    /** The log-odds of the answer being right. */
    public double logit(double[] x) {
        double z = bias;
        for (int i = 0; i < Math.min(x.length, weights.length); i++) {
            z += weights[i] * x[i];
        }
        return z;
    }

    /**
     * The same model with its log-odds shifted: what a recalibration on other answers found; the order of answers by
     * confidence stays as it was.
     */
    public ConfidenceModel shifted(double shift) {
        return new ConfidenceModel(weights, bias + shift);
    }

    /** Fits the weights by gradient descent on the log loss (features → 1 if the answer was right). */
    public static ConfidenceModel fit(double[][] features, boolean[] correct) {
        double[] weight = new double[features.length];
        Arrays.fill(weight, 1.0);
        return fit(features, correct, weight);
    }

    /** The same with a weight per example (examples of a smaller set count more, so each set counts alike). */
    public static ConfidenceModel fit(double[][] features, boolean[] correct, double[] weight) {
        int d = features.length == 0 ? 0 : features[0].length;
        double total = Arrays.stream(weight).sum();
        double[] w = new double[d];
        double b = 0;
        double rate = 0.5;
        for (int iteration = 0; iteration < 5000; iteration++) {
            double[] gw = new double[d];
            double gb = 0;
            for (int i = 0; i < features.length; i++) {
                double p = new ConfidenceModel(w, b).probability(features[i]);
                double error = (p - (correct[i] ? 1 : 0)) * weight[i] / total;
                for (int j = 0; j < d; j++) {
                    gw[j] += error * features[i][j];
                }
                gb += error;
            }
            for (int j = 0; j < d; j++) {
                w[j] -= rate * (gw[j] + 1e-3 * w[j]);
            }
            b -= rate * gb;
        }
        return new ConfidenceModel(w, b);
    }

    public String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("weights", weights);
        json.put("bias", bias);
        json.put("features", FEATURES);
        try {
            return JSON.writeValueAsString(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
