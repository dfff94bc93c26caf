package ru.sppr.chat.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sppr.chat.api.Readiness;
import ru.sppr.chat.dialog.DialogTurn;
import ru.sppr.chat.dialog.Question;
import ru.sppr.chat.knowledge.KnowledgeBase;
import ru.sppr.chat.knowledge.SearchRequest;
import ru.sppr.chat.knowledge.SourceQuery;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.Role;

/**
 * Warms a node up before it reports ready: questions (a shipped list plus the titles of the base's own sources) go
 * through the real dialogue turn ({@link DialogTurn#rehearse}: nothing is written — no session, turn or audit record)
 * and the real search, with every clearance, on every core, in rounds of {@link #STEP}; and the node's own HTTP
 * server answers its public addresses. It stops once the JIT compilers worked less than {@link #SETTLED_JIT_SHARE} of
 * the last round, or after the configured time ({@code CHAT_WARMUP_S}).
 */
final class WarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);
    private static final Duration STEP = Duration.ofSeconds(3);
    private static final Duration MIN_TIME = Duration.ofSeconds(6);
    /** JIT time per round (summed over compiler threads) relative to the round's wall time on one core. */
    private static final double SETTLED_JIT_SHARE = 0.05;
    private static final int TITLES = 60;

    private final DialogTurn dialog;
    private final KnowledgeBase knowledge;
    private final Readiness readiness;
    private final Duration budget;

    WarmUp(DialogTurn dialog, KnowledgeBase knowledge, Readiness readiness, Duration budget) {
        this.dialog = dialog;
        this.knowledge = knowledge;
        this.readiness = readiness;
        this.budget = budget;
    }

    /** Runs the warm-up (blocking), then marks the node ready; {@code baseUrl} is the node's own HTTP server, or null. */
    void run(String baseUrl) {
        long started = System.nanoTime();
        List<String> questions = questions();
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean jitTimed = jit != null && jit.isCompilationTimeMonitoringSupported();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        var done = new AtomicInteger();
        var http = baseUrl == null ? null : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = started + budget.toNanos();
        long jitBefore = jitTimed ? jit.getTotalCompilationTime() : 0;
        double share = 1;
        while (System.nanoTime() < deadline
                && (System.nanoTime() - started < MIN_TIME.toNanos() || !jitTimed || share > SETTLED_JIT_SHARE)) {
            long roundStarted = System.nanoTime();
            long roundEnd = Math.min(deadline, roundStarted + STEP.toNanos());
            try (var pool = Executors.newFixedThreadPool(threads)) {
                for (int t = 0; t < threads; t++) {
                    int offset = t * 7;
                    pool.submit(() -> rehearse(questions, offset, roundEnd, done, http, baseUrl));
                }
            }
            if (jitTimed) {
                long jitNow = jit.getTotalCompilationTime();
                share = (jitNow - jitBefore) / ((System.nanoTime() - roundStarted) / 1e6);
                jitBefore = jitNow;
            }
            readiness.progress(String.format("узел разогревается после запуска: прогнано вопросов — %d", done.get()));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("Warm-up: {} questions in {} s, JIT share of the last round {}; ready", done.get(),
                Math.round(took.toMillis() / 100.0) / 10.0, jitTimed ? String.format("%.3f", share) : "unknown");
        readiness.markReady(took);
    }

    private void rehearse(List<String> questions, int offset, long until, AtomicInteger done, HttpClient http, String baseUrl) {
        Clearance[] clearances = Clearance.values();
        int i = offset;
        while (System.nanoTime() < until) {
            String text = questions.get(i % questions.size());
            Caller caller = new Caller(-1, "warm-up", Role.OPERATOR, clearances[i % clearances.length]);
            try {
                dialog.rehearse(new Question(text), caller);
                knowledge.search(SearchRequest.simple(text, 10, caller.clearance(), Instant.now()));
                if (http != null && i % 50 == 0) {
                    get(http, baseUrl + (i % 100 == 0 ? "/chat/health" : "/chat/ready"));
                }
            } catch (RuntimeException e) {
                LOG.debug("Warm-up question failed: {}", e.toString());
            }
            done.incrementAndGet();
            i++;
        }
    }

    private static void get(HttpClient http, String url) {
        try {
            http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            LOG.debug("Warm-up request failed: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The shipped questions, then titles of the base's own sources (the words its users will ask about). */
    private List<String> questions() {
        var questions = new ArrayList<>(shipped());
        try {
            var query = new SourceQuery(Clearance.SECRET, null, null, null, null, null, TITLES, 0);
            knowledge.sources(query).forEach(s -> {
                if (!s.source().title().isBlank()) {
                    questions.add(s.source().title());
                }
            });
        } catch (RuntimeException e) {
            LOG.debug("Warm-up without the base's titles: {}", e.toString());
        }
        return questions;
    }

    static List<String> shipped() {
        try (InputStream in = WarmUp.class.getResourceAsStream("/warmup/questions.txt")) {
            if (in == null) {
                throw new IllegalStateException("нет ресурса /warmup/questions.txt");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
