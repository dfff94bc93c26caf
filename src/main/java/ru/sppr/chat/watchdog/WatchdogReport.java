package ru.sppr.chat.watchdog;

import java.time.Instant;
import java.util.List;
import ru.sppr.chat.audit.ChainStatus;
import ru.sppr.chat.feedback.FeedbackStats;

/** One inspection: sessions expired now, questions without answers, feedback overall and recent, audit chain. */
public record WatchdogReport(Instant checkedAt, List<Long> expiredSessions, long unansweredQuestions,
                             FeedbackStats feedbackAll, FeedbackStats feedbackRecent, ChainStatus auditChain) {
    public WatchdogReport {
        expiredSessions = List.copyOf(expiredSessions);
    }
}
