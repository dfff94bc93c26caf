package ru.sppr.chat.api;

import java.time.Duration;
import java.util.Optional;

/**
 * Whether this node should take traffic yet ({@code GET /chat/ready}): a node that has just started answers, but its
 * first questions cost several times more while the JIT compiles, so it counts as ready only once it has warmed itself
 * up. Liveness ({@code /chat/health}) is a separate matter: a warming node is alive.
 */
public final class Readiness {
    private volatile String waitingFor;
    private volatile Duration warmedIn;

    private Readiness(String waitingFor) {
        this.waitingFor = waitingFor;
    }

    /** Ready until a warm-up starts: a service that is wired but does not serve (CLI, tests) has nothing to warm. */
    public static Readiness ready() {
        return new Readiness(null);
    }

    /** A warm-up begins: not ready until {@link #markReady}. */
    public void warmingUp() {
        this.warmedIn = null;
        this.waitingFor = "узел разогревается после запуска";
    }

    /** What the node is doing before it is ready, in Russian (shown in the 503). */
    public void progress(String waitingFor) {
        if (this.waitingFor != null) {
            this.waitingFor = waitingFor;
        }
    }

    public void markReady(Duration warmedIn) {
        this.warmedIn = warmedIn;
        this.waitingFor = null;
    }

    /** Empty when ready; otherwise why not. */
    public Optional<String> notReadyBecause() {
        return Optional.ofNullable(waitingFor);
    }

    /** How long the warm-up took, when there was one and it is over. */
    public Optional<Duration> warmedIn() {
        return Optional.ofNullable(warmedIn);
    }
}
