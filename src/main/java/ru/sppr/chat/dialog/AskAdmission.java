package ru.sppr.chat.dialog;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import ru.sppr.chat.failure.OverloadedException;

/**
 * At most {@code concurrency} asks are worked on at once; the others wait their turn in order of arrival.
 *
 * <p>An ask is CPU work (search, composing) plus a few short database writes. Letting every HTTP thread start its
 * ask at once makes them share the cores: each takes as long as all of them together, and the slowest wait longest.
 * Worked on a few at a time, in arrival order, each ask waits for the ones before it and then runs at full speed,
 * which keeps the slowest answers close to the typical ones. An ask that cannot start within {@code maxWait} is
 * refused (503, retry later) without having changed anything.
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
        if (!acquire()) {
            throw new OverloadedException("сервис перегружен вопросами — повторите через несколько секунд",
                    Math.max(1, maxWait.toSeconds()));
        }
        try {
            return ask.get();
        } finally {
            permits.release();
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
