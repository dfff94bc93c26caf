package ru.sppr.chat.tools.bench;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import ru.sppr.chat.tools.Figures;

/**
 * What a benchmark run leaves behind, undone at its end (after the measurement, not timed): the sessions it opened are
 * closed and the tokens it issued revoked. The operators' users ({@code bench-operator-N}) are found again by name at
 * the next run, not created anew; nothing is deleted, since the audit trail keeps every event. It runs however the run
 * ends: the commands call {@link #run} in {@code finally}, and a run stopped with Ctrl+C (SIGINT, SIGTERM) is cleaned up
 * by a shutdown hook. Each session and token is undone once, whichever comes first.
 */
final class BenchCleanup {
    private record OpenSession(String token, long id) {}

    private final BenchClient client;
    private final String adminToken;
    private final Queue<OpenSession> sessions = new ConcurrentLinkedQueue<>();
    private final Queue<String> tokens = new ConcurrentLinkedQueue<>();

    private final Thread onExit = new Thread(this::run, "bench-cleanup");

    BenchCleanup(BenchClient client, String adminToken) {
        this.client = client;
        this.adminToken = adminToken;
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    void session(String token, long id) {
        sessions.add(new OpenSession(token, id));
    }

    void token(String token) {
        tokens.add(token);
    }

    /**
     * Closes the sessions and revokes the tokens not yet undone; the counts, for the printed figures. A second call
     * finds nothing left to do.
     */
    Map<String, Integer> run() {
        if (Thread.currentThread() != onExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(onExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs, or has run, the same undoing
            }
        }
        int closed = 0;
        int revoked = 0;
        for (OpenSession s = sessions.poll(); s != null; s = sessions.poll()) {
            if (client.call(null, s.token(), "POST", "/chat/sessions/" + s.id() + "/close", null) != null) {
                closed++;
            }
        }
        for (String token = tokens.poll(); token != null; token = tokens.poll()) {
            String body = Figures.JSON.createObjectNode().put("token", token).toString();
            if (client.call(null, adminToken, "POST", "/chat/tokens/revoke", body) != null) {
                revoked++;
            }
        }
        return Map.of("sessions_closed", closed, "tokens_revoked", revoked);
    }
}
