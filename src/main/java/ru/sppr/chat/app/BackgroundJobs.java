package ru.sppr.chat.app;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Periodic jobs on one daemon thread; a failing run is logged and retried next period. Node-local jobs run on every
 * node, cluster-wide ones only on the node that leads.
 */
final class BackgroundJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundJobs.class);
    private final ScheduledExecutorService executor;

    BackgroundJobs(String threadName) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    void every(Duration period, String name, Runnable job) {
        long millis = Math.max(1, period.toMillis());
        executor.scheduleWithFixedDelay(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                LOG.warn("Background job '{}' failed: {}", name, e.toString());
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Like {@link #every}, but the job runs only while {@code leads} says this node leads the cluster. */
    void everyWhileLeading(Duration period, String name, BooleanSupplier leads, Runnable job) {
        every(period, name, () -> {
            if (leads.getAsBoolean()) {
                job.run();
            }
        });
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
