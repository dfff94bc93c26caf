package ru.sppr.chat.knowledge.ingest;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import ru.sppr.chat.knowledge.index.KnowledgeIndex;
import ru.sppr.chat.knowledge.source.SourceDocument;

/**
 * Indexes the batches an ingest run has stored on a thread of its own ({@code chat-indexing}), in order, so that parsing
 * and storing the next batch — one core's work — go on while this one is indexed on every core: without it one core
 * idled through half of a large load. At most {@link #PENDING} batches wait. A batch that fails to index is reported by
 * the next {@link #drain()}; the batches after it are left to the index's catch-up from the database.
 */
final class BackgroundIndexing implements AutoCloseable {
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

    /** Returns once every batch handed over is indexed; throws (once) why one was not. */
    void drain() {
        room.acquireUninterruptibly(PENDING);
        room.release(PENDING);
        RuntimeException failed = failure;
        if (failed != null) {
            failure = null;
            throw failed;
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
