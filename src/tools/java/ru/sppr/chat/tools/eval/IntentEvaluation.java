package ru.sppr.chat.tools.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.sppr.chat.intent.Intent;
import ru.sppr.chat.intent.IntentClassifier;
import ru.sppr.chat.intent.LinearIntentClassifier.Example;

/** Accuracy, macro-F1 and the confusion matrix (true intent → predicted intent → count) on a labelled set. */
public final class IntentEvaluation {
    private IntentEvaluation() {
    }

    public static Map<String, Object> run(IntentClassifier classifier, List<Example> examples) {
        int n = Intent.values().length;
        int[][] confusion = new int[n][n];
        int correct = 0;
        for (Example e : examples) {
            Intent predicted = classifier.classify(e.text(), 0).predicted();
            confusion[e.intent().ordinal()][predicted.ordinal()]++;
            if (predicted == e.intent()) {
                correct++;
            }
        }
        double f1Sum = 0;
        int labels = 0;
        for (int c = 0; c < n; c++) {
            int tp = confusion[c][c];
            int actual = 0;
            int predicted = 0;
            for (int k = 0; k < n; k++) {
                actual += confusion[c][k];
                predicted += confusion[k][c];
            }
            if (actual == 0 && predicted == 0) {
                continue;
            }
            double precision = predicted == 0 ? 0 : (double) tp / predicted;
            double recall = actual == 0 ? 0 : (double) tp / actual;
            f1Sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            labels++;
        }
        Map<String, Map<String, Integer>> matrix = new LinkedHashMap<>();
        for (Intent actual : Intent.values()) {
            Map<String, Integer> row = new LinkedHashMap<>();
            for (Intent predicted : Intent.values()) {
                if (confusion[actual.ordinal()][predicted.ordinal()] > 0) {
                    row.put(predicted.code(), confusion[actual.ordinal()][predicted.ordinal()]);
                }
            }
            if (!row.isEmpty()) {
                matrix.put(actual.code(), row);
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("accuracy", round((double) correct / examples.size()));
        result.put("macro_f1", round(labels == 0 ? 0 : f1Sum / labels));
        result.put("examples", examples.size());
        result.put("confusion", matrix);
        return result;
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
