package ru.sppr.chat.watchdog;

import java.time.Instant;
import java.util.List;
import ru.sppr.chat.audit.ChainStatus;
import ru.sppr.chat.feedback.FeedbackStats;
import ru.sppr.chat.knowledge.index.KnowledgeIndex;

/**
 * One inspection: sessions expired now, questions without answers, feedback overall and recent, the audit chain,
 * and whether the search index mirrors the database.
 */
public record WatchdogReport(Instant checkedAt, List<Long> expiredSessions, long unansweredQuestions,
                             FeedbackStats feedbackAll, FeedbackStats feedbackRecent, ChainStatus auditChain,
                             KnowledgeIndex.Consistency searchIndex) {
    public WatchdogReport {
        expiredSessions = List.copyOf(expiredSessions);
    }
}
