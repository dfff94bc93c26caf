package ru.sppr.chat.dialog;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import ru.sppr.chat.failure.OverloadedException;

/**
 * At most {@code concurrency} asks are worked on at once; the others wait their turn in order of arrival.
 *
 * <p>An ask is CPU work (search, composing) plus a few short database writes. Letting every HTTP thread start its
 * ask at once makes them share the cores: each takes as long as all of them together, and the slowest wait longest.
 * Worked on a few at a time, in arrival order, each ask waits for the ones before it and then runs at full speed,
 * which keeps the slowest answers close to the typical ones. An ask that cannot start within {@code maxWait} is
 * refused (503, retry later) without having changed anything. The dialogue turn gives its place back when its answer
 * is composed ({@link #admitReleasing}): recording the exchange waits for the store, not for the processor, and the
 * recordings of the embedded database are serialised and grouped by the store itself.
 */
public final class AskAdmission {
    private final Semaphore permits;
    private final int concurrency;
    private final Duration maxWait;

    public AskAdmission(int concurrency, Duration maxWait) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be positive: " + concurrency);
        }
        this.concurrency = concurrency;
        this.permits = new Semaphore(concurrency, true);
        this.maxWait = maxWait;
    }

    public <T> T admit(Supplier<T> ask) {
        return admitReleasing(done -> ask.get());
    }

    /**
     * Like {@link #admit(Supplier)}, but the ask may let the next one in before it returns: it gets a {@code done}
     * to run once its own processor work is over (the dialogue turn runs it when the answer is composed, before the
     * exchange is written, so that the next ask thinks while this one waits for the store). Running it again, or not
     * at all, is harmless: the place is given back once, when the ask returns at the latest.
     */
    public <T> T admitReleasing(Function<Runnable, T> ask) {
        if (!acquire()) {
            throw new OverloadedException("сервис перегружен вопросами — повторите через несколько секунд",
                    Math.max(1, maxWait.toSeconds()));
        }
        var released = new AtomicBoolean();
        Runnable done = () -> {
            if (released.compareAndSet(false, true)) {
                permits.release();
            }
        };
        try {
            return ask.apply(done);
        } finally {
            done.run();
        }
    }

    /** Asks being worked on now. */
    public int running() {
        return concurrency - permits.availablePermits();
    }

    /** Asks waiting for their turn now. */
    public int waiting() {
        return permits.getQueueLength();
    }

    private boolean acquire() {
        try {
            return permits.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
