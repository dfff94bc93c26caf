package ru.sppr.chat.feedback;

/** Observes accepted feedback (metrics); must not throw. */
public interface FeedbackListener {
    void feedbackGiven(Score score);

    FeedbackListener NONE = score -> { };
}
