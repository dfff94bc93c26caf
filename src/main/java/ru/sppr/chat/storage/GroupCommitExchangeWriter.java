package ru.sppr.chat.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Jdbi;

/**
 * Group commit for the embedded database: exchanges that arrive while another batch is being written are written
 * together, in one transaction, by whichever of their callers gets the write lock first. Every caller still
 * returns only after the transaction holding its exchange has committed, so an exchange that was answered is as
 * durable as before (H2 writes each commit to its file at once, {@code WRITE_DELAY=0}); what is shared is the
 * commit, which on H2 writes a chunk of every changed page. Nothing waits for company: a caller that finds nobody writing writes its
 * exchange alone at once.
 *
 * <p>Each exchange in a batch is checked on its own (the session still active and below its limit, counted within
 * the batch too), so a refused exchange writes nothing and does not affect the others. When the batch's transaction
 * fails, it has written nothing, and each of its exchanges is written again in a transaction of its own, so a
 * failure is reported to the caller whose exchange caused it and to no one else.
 */
final class GroupCommitExchangeWriter implements ExchangeWriter {
    /** More than asks run at once on any node ({@code askConcurrency}); a bound, not a target. */
    private static final int MAX_BATCH = 64;

    private final Jdbi jdbi;
    private final TransactionalExchangeWriter single;
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writing = new ReentrantLock();

    /** One exchange waiting to be written and, once it is, its outcome. Read only under {@link #writing}. */
    private static final class Pending {
        final NewExchange exchange;
        boolean done;
        Optional<Stored> stored;
        RuntimeException failure;

        Pending(NewExchange exchange) {
            this.exchange = exchange;
        }

        Optional<Stored> outcome() {
            if (failure != null) {
                throw failure;
            }
            return stored;
        }
    }

    GroupCommitExchangeWriter(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.single = new TransactionalExchangeWriter(jdbi);
    }

    @Override
    public Optional<Stored> write(NewExchange exchange) {
        var mine = new Pending(exchange);
        queue.add(mine);
        writing.lock();
        try {
            // Not done means still queued (whatever a batch drains is done before its writer lets go of the lock),
            // perhaps behind a full batch of others.
            while (!mine.done) {
                List<Pending> batch = drain();
                try {
                    writeBatch(batch);
                } finally {
                    // Only an Error gets here with exchanges left undone: their callers must not wait for them.
                    for (Pending p : batch) {
                        if (!p.done) {
                            p.failure = new IllegalStateException("the exchange was not written");
                            p.done = true;
                        }
                    }
                }
            }
            return mine.outcome();
        } finally {
            writing.unlock();
        }
    }

    private List<Pending> drain() {
        var batch = new ArrayList<Pending>();
        Pending next;
        while (batch.size() < MAX_BATCH && (next = queue.poll()) != null) {
            batch.add(next);
        }
        return batch;
    }

    private void writeBatch(List<Pending> batch) {
        if (batch.size() == 1) {
            writeAlone(batch.get(0));
            return;
        }
        List<Optional<Stored>> results;
        try {
            results = jdbi.inTransaction(h -> {
                var written = new ArrayList<Optional<Stored>>(batch.size());
                for (Pending p : batch) {
                    written.add(TransactionalExchangeWriter.write(h, p.exchange));
                }
                return written;
            });
        } catch (RuntimeException e) {
            batch.forEach(this::writeAlone);
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).stored = results.get(i);
            batch.get(i).done = true;
        }
    }

    private void writeAlone(Pending p) {
        try {
            p.stored = single.write(p.exchange);
        } catch (RuntimeException e) {
            p.failure = e;
        }
        p.done = true;
    }
}
