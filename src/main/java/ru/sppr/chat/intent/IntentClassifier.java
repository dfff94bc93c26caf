package ru.sppr.chat.intent;

/** Tells which intent a message expresses, with a probability. */
public interface IntentClassifier {
    /** Probabilities of every intent, in {@link Intent} order, summing to 1. */
    double[] probabilities(String text);

    default IntentPrediction classify(String text, double threshold) {
        double[] p = probabilities(text);
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return IntentPrediction.of(Intent.values()[best], p[best], threshold);
    }
}
