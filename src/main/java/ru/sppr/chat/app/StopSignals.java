package ru.sppr.chat.app;

import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;

/**
 * Runs a graceful stop on SIGTERM or SIGINT before the JVM starts its shutdown hooks, so that the database
 * (whose driver closes itself in such a hook) is still open while in-flight requests finish and telemetry is flushed.
 */
final class StopSignals {
    private StopSignals() {
    }

    static void onStop(Runnable stop) {
        var once = new AtomicBoolean();
        for (String name : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(name), signal -> {
                if (once.compareAndSet(false, true)) {
                    new Thread(stop, "chat-shutdown").start();
                }
            });
        }
    }
}
