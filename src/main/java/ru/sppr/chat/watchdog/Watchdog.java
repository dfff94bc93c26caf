package ru.sppr.chat.watchdog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sppr.chat.audit.AuditLog;
import ru.sppr.chat.audit.ChainStatus;
import ru.sppr.chat.feedback.FeedbackStore;
import ru.sppr.chat.knowledge.KnowledgeIndex;
import ru.sppr.chat.session.SessionStore;

/** Inspects the stores and expires sessions idle longer than the configured timeout. */
public final class Watchdog {
    private static final Logger LOG = LoggerFactory.getLogger(Watchdog.class);
    static final Duration RECENT = Duration.ofHours(24);

    private final SessionStore sessions;
    private final FeedbackStore feedback;
    private final AuditLog audit;
    private final Supplier<KnowledgeIndex.Consistency> index;
    private final Duration idleTimeout;
    private final Clock clock;

    public Watchdog(SessionStore sessions, FeedbackStore feedback, AuditLog audit,
                    Supplier<KnowledgeIndex.Consistency> index, Duration idleTimeout, Clock clock) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.feedback = Objects.requireNonNull(feedback, "feedback");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.index = Objects.requireNonNull(index, "index");
        this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Expires idle sessions only; cheap enough to run every minute. */
    public List<Long> expireIdleSessions() {
        Instant now = clock.instant();
        return sessions.expireIdle(now.minus(idleTimeout), now);
    }

    /** Walks the audit chain and logs an error when it is broken; for the periodic cluster-wide check. */
    public ChainStatus checkAuditChain() {
        ChainStatus status = audit.verify();
        if (!status.intact()) {
            LOG.error("Audit chain broken at record {}: {}", status.firstBrokenSeq(), status.problem());
        }
        return status;
    }

    /** The full inspection, including the audit chain walk. */
    public WatchdogReport inspect() {
        Instant now = clock.instant();
        List<Long> expired = sessions.expireIdle(now.minus(idleTimeout), now);
        return new WatchdogReport(now, expired, sessions.countUnansweredQuestions(),
                feedback.stats(Instant.EPOCH), feedback.stats(now.minus(RECENT)), audit.verify(), index.get());
    }
}
