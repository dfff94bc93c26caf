package ru.sppr.chat.intent;

/**
 * The intent a message is handled as, with the classifier's probability for the intent it predicted. When that
 * probability is below the threshold the message is handled as {@link Intent#GENERAL_QUERY} and {@code fellBack}
 * says so; {@code predicted} keeps what the classifier thought.
 */
public record IntentPrediction(Intent intent, double confidence, Intent predicted, boolean fellBack) {
    public static IntentPrediction of(Intent predicted, double confidence, double threshold) {
        boolean fallBack = confidence < threshold && predicted != Intent.GENERAL_QUERY;
        return new IntentPrediction(fallBack ? Intent.GENERAL_QUERY : predicted, confidence, predicted, fallBack);
    }

    /** The same prediction handled as a general question, for when the dialogue context rules the predicted intent out. */
    /** The same prediction, answered as another intent the dialogue tells it is («откуда данные?» after an answer). */
    public IntentPrediction answeredAs(Intent other) {
        return new IntentPrediction(other, confidence, predicted, fellBack);
    }

    public IntentPrediction answeredAsGeneral() {
        return new IntentPrediction(Intent.GENERAL_QUERY, confidence, predicted, true);
    }
}
