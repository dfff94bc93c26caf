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
import ru.sppr.chat.audit.ChainPoint;
import ru.sppr.chat.audit.ChainStatus;
import ru.sppr.chat.feedback.FeedbackStore;
import ru.sppr.chat.knowledge.index.KnowledgeIndex;
import ru.sppr.chat.session.SessionStore;

/** Inspects the stores and expires sessions idle longer than the configured timeout. */
public final class Watchdog {
    private static final Logger LOG = LoggerFactory.getLogger(Watchdog.class);
    static final Duration RECENT = Duration.ofHours(24);
    /** The periodic check goes on from the last verified record, and walks the whole chain this often. */
    static final Duration FULL_CHECK_EVERY = Duration.ofHours(6);

    private final SessionStore sessions;
    private final FeedbackStore feedback;
    private final AuditLog audit;
    private final Supplier<KnowledgeIndex.Consistency> index;
    private final Duration idleTimeout;
    private final Clock clock;
    private ChainPoint verified = ChainPoint.START;
    private Instant lastFullCheck;

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

    /**
     * The periodic cluster-wide check: verifies the records added since the last check (the whole chain on the first
     * run and every {@link #FULL_CHECK_EVERY}) and logs an error when the chain is broken.
     */
    public synchronized ChainStatus checkAuditChain() {
        Instant now = clock.instant();
        boolean full = lastFullCheck == null || !now.isBefore(lastFullCheck.plus(FULL_CHECK_EVERY));
        ChainStatus status = audit.verifyFrom(full ? ChainPoint.START : verified);
        if (status.intact()) {
            verified = status.verifiedTo();
            lastFullCheck = full ? now : lastFullCheck;
        } else {
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
