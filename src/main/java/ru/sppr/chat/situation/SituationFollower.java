package ru.sppr.chat.situation;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sppr.chat.knowledge.source.KnowledgeStore;

/**
 * Keeps the situation model in step with the knowledge base by change number, as a node's search index is: on its own
 * thread ({@code chat-situation}) it takes each knowledge change after the model's watermark ({@code derived_seq}) in
 * turn — what it wrote is derived, what it removed is forgotten — and moves the watermark past it.
 * <ul>
 * <li>An ingest reports once its sources are stored and searchable. The model follows when the run is over: during it,
 * the model would only compete with it for the cores.</li>
 * <li>Whatever stops the model half-way — a crash, a CLI run that exits — the next follower on the database catches up
 * from the watermark. Of several processes or nodes on one database, the one holding the lease derives.</li>
 * <li>A change is read on every core while the one before it is grouped into incidents ({@link Derivation#apply}); one
 * the model fails to derive is logged and passed over (the sources are stored; {@code chat-sppr situation rebuild}
 * derives everything again), so one bad source never stops the model.</li>
 * <li>Rebuilds run on the same thread, so nothing else derives meanwhile.</li>
 * </ul>
 */
final class SituationFollower implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SituationFollower.class);
    /** How long a lease holds without being renewed: a holder that died is taken over after that. */
    private static final Duration LEASE = Duration.ofMinutes(5);
    /** How often to look again when the database is away or another process derives. */
    private static final long RETRY_MILLIS = 500;

    /** What following does to the model. */
    interface Derivation {
        /**
         * Derives what the change wrote and forgets what it removed, then runs {@code then}; may return before that is
         * done (changes are taken in order).
         */
        void apply(KnowledgeStore.Changes changes, Runnable then);

        /** Returns once every change handed to {@link #apply} is done. */
        void drain();

        /** Empties the model and derives it again from every stored source, as of knowledge change {@code seq}. */
        void rebuild(long seq);
    }

    private final KnowledgeStore knowledge;
    private final SituationStore store;
    private final Derivation derivation;
    private final Clock clock;
    private final String holder = UUID.randomUUID().toString();
    private final Thread thread;
    private final Object lock = new Object();
    /** Guarded by {@link #lock}. */
    private boolean wanted;
    private int ingesting;
    private long retryAt;
    private long rebuildsAsked;
    private long rebuildsDone;
    private RuntimeException rebuildFailure;
    private boolean closed;
    /** The watermark as last seen. */
    private volatile long followed;

    SituationFollower(KnowledgeStore knowledge, SituationStore store, Derivation derivation, Clock clock) {
        this.knowledge = knowledge;
        this.store = store;
        this.derivation = derivation;
        this.clock = clock;
        this.followed = store.derivedSeq();
        this.thread = Thread.ofPlatform().daemon().name("chat-situation").start(this::run);
    }

    /** An ingest run starts in this process: the model waits for it to end. */
    void ingestStarted() {
        synchronized (lock) {
            ingesting++;
        }
    }

    /** An ingest run ended: follow what it stored. */
    void ingestEnded() {
        synchronized (lock) {
            ingesting = Math.max(0, ingesting - 1);
            wanted = true;
            lock.notifyAll();
        }
    }

    /** The knowledge base changed (here or elsewhere): follow it. */
    void changed() {
        synchronized (lock) {
            wanted = true;
            lock.notifyAll();
        }
    }

    /**
     * Waits until the model holds every knowledge change made before the call. False when {@code timeout} ran out first
     * (the database is away, or another process derives slowly).
     */
    boolean await(Duration timeout) {
        long target = knowledge.changeSeq();
        long deadline = System.nanoTime() + timeout.toNanos();
        changed();
        while (true) {
            synchronized (lock) {
                if (followed >= target) {
                    return true;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    lock.wait(Math.max(1, Math.min(RETRY_MILLIS, left / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            if (followed < target) {
                seen(store.derivedSeq()); // another process may be the one deriving
            }
        }
    }

    /** How many knowledge changes the model has yet to follow. */
    long lag() {
        return Math.max(0, knowledge.changeSeq() - store.derivedSeq());
    }

    /** Derives the model again from every stored source, on the model's thread; returns when it is done. */
    void rebuild() {
        long ticket;
        synchronized (lock) {
            ticket = ++rebuildsAsked;
            lock.notifyAll();
            while (rebuildsDone < ticket && !closed) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("перестроение модели обстановки прервано", e);
                }
            }
            if (rebuildsDone < ticket) {
                throw new IllegalStateException("модель обстановки остановлена до перестроения");
            }
            if (rebuildFailure != null) {
                throw rebuildFailure;
            }
        }
    }

    /** Stops at the next change; what is left is followed by the next follower on the database. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (true) {
            boolean rebuild;
            synchronized (lock) {
                try {
                    while (!closed && !hasWork()) {
                        if (retryAt != 0 && System.nanoTime() >= retryAt) {
                            retryAt = 0;
                            wanted = true;
                        } else {
                            lock.wait(retryAt == 0 ? 0 : Math.max(1, (retryAt - System.nanoTime()) / 1_000_000));
                        }
                    }
                } catch (InterruptedException e) {
                    return;
                }
                if (closed) {
                    return;
                }
                rebuild = rebuildsAsked != rebuildsDone;
                if (!rebuild) {
                    wanted = false;
                }
            }
            if (rebuild) {
                rebuildNow();
            } else {
                follow();
            }
        }
    }

    /** Guarded by {@link #lock}: a rebuild was asked for, or a change to follow while no ingest runs. */
    private boolean hasWork() {
        return rebuildsAsked != rebuildsDone || wanted && ingesting == 0;
    }

    /** Follows change by change up to the knowledge base's latest; gives way to an ingest run, a rebuild or a close. */
    private void follow() {
        try {
            long target = knowledge.changeSeq();
            long from = store.derivedSeq();
            seen(from);
            if (from >= target) {
                return;
            }
            if (!store.lease(holder, clock.instant(), clock.instant().plus(LEASE))) {
                retryLater();
                return;
            }
            AtomicBoolean lost = new AtomicBoolean();
            try {
                for (long seq = from + 1; seq <= target; seq++) {
                    if (shouldGiveWay()) {
                        changed();
                        return;
                    }
                    if (lost.get() || !store.lease(holder, clock.instant(), clock.instant().plus(LEASE))) {
                        retryLater();
                        return;
                    }
                    long done = seq;
                    derivation.apply(knowledge.changesBetween(seq - 1, seq), () -> {
                        try {
                            if (store.derived(holder, done)) {
                                seen(done);
                                return;
                            }
                        } catch (RuntimeException e) {
                            LOG.warn("Situation model watermark not moved to {}: {}", done, e.toString());
                        }
                        lost.set(true);
                    });
                }
            } finally {
                derivation.drain();
                store.release(holder);
            }
            if (knowledge.changeSeq() > target) {
                changed();
            }
        } catch (RuntimeException e) {
            LOG.warn("Situation model cannot follow the knowledge base now, trying again: {}", e.toString());
            retryLater();
        }
    }

    private void rebuildNow() {
        long serving;
        synchronized (lock) {
            serving = rebuildsAsked;
        }
        RuntimeException failure = null;
        try {
            while (!store.lease(holder, clock.instant(), clock.instant().plus(LEASE))) {
                synchronized (lock) {
                    if (closed) {
                        return;
                    }
                    lock.wait(RETRY_MILLIS);
                }
            }
            try {
                long seq = knowledge.changeSeq();
                derivation.rebuild(seq);
                seen(seq);
            } finally {
                store.release(holder);
            }
        } catch (RuntimeException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = new IllegalStateException("перестроение модели обстановки прервано", e);
        }
        synchronized (lock) {
            rebuildFailure = failure;
            rebuildsDone = serving;
            wanted = true;
            lock.notifyAll();
        }
    }

    /** Whether to stop following for now: an ingest run started, a rebuild was asked for, or the model is closing. */
    private boolean shouldGiveWay() {
        synchronized (lock) {
            return closed || ingesting > 0 || rebuildsAsked != rebuildsDone;
        }
    }

    private void retryLater() {
        synchronized (lock) {
            retryAt = System.nanoTime() + RETRY_MILLIS * 1_000_000;
        }
    }

    private void seen(long seq) {
        synchronized (lock) {
            if (seq > followed) {
                followed = seq;
            }
            lock.notifyAll();
        }
    }
}
