package ru.sppr.chat.knowledge.ingest;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sppr.chat.knowledge.index.KnowledgeIndex;
import ru.sppr.chat.knowledge.source.SourceDocument;

/**
 * Indexes the batches an ingest run has stored on a thread of its own ({@code chat-indexing}), in order, so that parsing
 * and storing the next batch — mostly one core's work — go on while this one is indexed on every core: without it one
 * core idled through half of a large load. At most {@link #PENDING} batches wait. The batches are stored whatever
 * happens here: when one fails to index, it and the ones after it are left to the index's catch-up from the database,
 * at {@link #drain()} (or, failing that, the node's periodic catch-up and its check at start).
 */
final class BackgroundIndexing implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundIndexing.class);
    private static final int PENDING = 2;

    private final KnowledgeIndex index;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("chat-indexing").factory());
    private final Semaphore room = new Semaphore(PENDING);
    private volatile RuntimeException failure;

    BackgroundIndexing(KnowledgeIndex index) {
        this.index = index;
    }

    /** Hands over a batch just stored under {@code changeSeq}; waits while {@link #PENDING} batches wait already. */
    void add(List<SourceDocument> written, long changeSeq) {
        room.acquireUninterruptibly();
        thread.execute(() -> {
            try {
                if (failure == null) {
                    index.applySaved(written, changeSeq);
                }
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                room.release();
            }
        });
    }

    /** Returns once every batch handed over is indexed (or caught up from the database, when one failed). */
    void drain() {
        room.acquireUninterruptibly(PENDING);
        room.release(PENDING);
        RuntimeException failed = failure;
        if (failed == null) {
            return;
        }
        failure = null;
        LOG.error("Stored sources not indexed; catching the index up from the database", failed);
        try {
            index.catchUp();
        } catch (RuntimeException e) {
            LOG.error("The index is behind the database; it catches up periodically and at start", e);
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
