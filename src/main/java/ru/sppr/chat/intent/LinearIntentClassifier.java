package ru.sppr.chat.intent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression over hashed {@link Features}, trained with AdaGrad on a labelled set
 * ({@code intents/train.tsv}: {@code intent<TAB>text}). Training is deterministic and takes well under a second,
 * so the model is trained from the shipped set (once per process, {@link #trained}) rather than stored.
 */
public final class LinearIntentClassifier implements IntentClassifier {
    private static final int EPOCHS = 30;
    private static final double LEARNING_RATE = 0.4;
    private static final double L2 = 1e-6;
    private static final String TRAINING_SET = "/intents/train.tsv";

    private final float[][] weights;

    private LinearIntentClassifier(float[][] weights) {
        this.weights = weights;
    }

    /** A labelled example. */
    public record Example(Intent intent, String text) {}

    /**
     * The classifier trained on the set shipped with the service: trained once per process on first use and shared
     * (its weights never change after training).
     */
    public static LinearIntentClassifier trained() {
        return Shipped.CLASSIFIER;
    }

    private static final class Shipped {
        static final LinearIntentClassifier CLASSIFIER = trainOnShippedSet();
    }

    private static LinearIntentClassifier trainOnShippedSet() {
        try (InputStream in = LinearIntentClassifier.class.getResourceAsStream(TRAINING_SET)) {
            if (in == null) {
                throw new IllegalStateException("нет обучающего набора " + TRAINING_SET);
            }
            return train(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LinearIntentClassifier train(List<Example> examples) {
        int classes = Intent.values().length;
        float[][] w = new float[classes][Features.DIMENSIONS];
        float[][] g2 = new float[classes][Features.DIMENSIONS];
        List<int[]> features = examples.stream().map(e -> Features.of(e.text())).toList();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        Random random = new Random(7);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                int[] x = features.get(i);
                double[] p = softmax(w, x);
                int y = examples.get(i).intent().ordinal();
                double scale = 1 / Math.sqrt(x.length);
                for (int c = 0; c < classes; c++) {
                    double gradient = (p[c] - (c == y ? 1 : 0)) * scale;
                    for (int f : x) {
                        double g = gradient + L2 * w[c][f];
                        g2[c][f] += (float) (g * g);
                        w[c][f] -= (float) (LEARNING_RATE * g / Math.sqrt(g2[c][f] + 1e-8));
                    }
                }
            }
        }
        return new LinearIntentClassifier(w);
    }

    @Override
    public double[] probabilities(String text) {
        return softmax(weights, Features.of(text));
    }

    private static double[] softmax(float[][] w, int[] x) {
        double scale = 1 / Math.sqrt(x.length);
        double[] z = new double[w.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < w.length; c++) {
            double sum = 0;
            for (int f : x) {
                sum += w[c][f];
            }
            z[c] = sum * scale;
            max = Math.max(max, z[c]);
        }
        double total = 0;
        for (int c = 0; c < z.length; c++) {
            z[c] = Math.exp(z[c] - max);
            total += z[c];
        }
        for (int c = 0; c < z.length; c++) {
            z[c] /= total;
        }
        return z;
    }

    /** Reads {@code intent<TAB>text} lines after a header; unknown labels are an error naming the line. */
    public static List<Example> read(InputStream in) throws IOException {
        List<Example> examples = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !header.strip().equals("intent\ttext")) {
                throw new IOException("первая строка должна быть заголовком intent<TAB>text");
            }
            int line = 1;
            for (String row = reader.readLine(); row != null; row = reader.readLine()) {
                line++;
                if (row.isBlank()) {
                    continue;
                }
                int tab = row.indexOf('\t');
                if (tab < 0) {
                    throw new IOException("строка " + line + ": нет табуляции между меткой и текстом");
                }
                String label = row.substring(0, tab).strip();
                int lineNumber = line;
                Intent intent = Intent.fromCode(label)
                        .orElseThrow(() -> new IOException("строка " + lineNumber + ": неизвестное намерение «" + label + "»"));
                examples.add(new Example(intent, row.substring(tab + 1).strip()));
            }
        }
        return examples;
    }
}
