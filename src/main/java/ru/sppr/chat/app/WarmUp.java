package ru.sppr.chat.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sppr.chat.api.Readiness;
import ru.sppr.chat.knowledge.KnowledgeBase;
import ru.sppr.chat.knowledge.source.SourceQuery;
import ru.sppr.chat.user.Clearance;

/**
 * Warms a node up before it reports ready: operators of every clearance ask questions (a shipped list plus the titles
 * of the base's own sources) and search over HTTP, on every core, against a {@link Rehearsal} — the node's own code over
 * a throwaway database and its real knowledge base — so that the code a real question runs (HTTP, authentication,
 * dialogue turn, search, writing the turn and its audit record) is compiled before the first one comes. Nothing reaches
 * the node's database. Runs in rounds of {@link #STEP} until the JIT compilers worked less than
 * {@link #SETTLED_JIT_SHARE} of the last round (after at least {@link #MIN_TIME}), or for {@code CHAT_WARMUP_S}.
 */
final class WarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STEP = Duration.ofSeconds(3);
    private static final Duration MIN_TIME = Duration.ofSeconds(6);
    /** JIT time in a round (summed over the compiler threads) relative to the round's wall time. */
    private static final double SETTLED_JIT_SHARE = 0.05;
    private static final int TITLES = 60;
    private static final int TURNS_PER_SESSION = 40;

    private final Supplier<Rehearsal> stage;
    private final KnowledgeBase knowledge;
    private final Readiness readiness;
    private final Duration budget;

    WarmUp(Supplier<Rehearsal> stage, KnowledgeBase knowledge, Readiness readiness, Duration budget) {
        this.stage = stage;
        this.knowledge = knowledge;
        this.readiness = readiness;
        this.budget = budget;
    }

    /** Runs the warm-up (blocking), then marks the node ready, whatever happened. */
    void run() {
        if (budget.isZero()) {
            readiness.markReady(Duration.ZERO);
            return;
        }
        readiness.warmingUp();
        long started = System.nanoTime();
        var done = new AtomicInteger();
        double share = -1;
        try (Rehearsal rehearsal = stage.get()) {
            share = rounds(rehearsal, questions(), started, done);
        } catch (RuntimeException e) {
            LOG.warn("Warm-up stopped early: {}", e.toString());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("Warm-up: {} questions in {} s, JIT share of the last round {}; ready", done.get(),
                Math.round(took.toMillis() / 100.0) / 10.0, share < 0 ? "unknown" : String.format("%.3f", share));
        readiness.markReady(took);
    }

    private double rounds(Rehearsal rehearsal, List<String> questions, long started, AtomicInteger done) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean jitTimed = jit != null && jit.isCompilationTimeMonitoringSupported();
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var operators = new ArrayList<Operator>();
        for (int t = 0; t < threads; t++) {
            operators.add(new Operator(http, rehearsal, questions, t));
        }
        long deadline = started + budget.toNanos();
        long jitBefore = jitTimed ? jit.getTotalCompilationTime() : 0;
        double share = 1;
        while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()
                && (System.nanoTime() - started < MIN_TIME.toNanos() || !jitTimed || share > SETTLED_JIT_SHARE)) {
            long roundStarted = System.nanoTime();
            long roundEnd = Math.min(deadline, roundStarted + STEP.toNanos());
            try (var pool = Executors.newFixedThreadPool(threads)) {
                operators.forEach(o -> pool.submit(() -> o.work(roundEnd, done)));
            }
            if (jitTimed) {
                long jitNow = jit.getTotalCompilationTime();
                share = (jitNow - jitBefore) / ((System.nanoTime() - roundStarted) / 1e6);
                jitBefore = jitNow;
            }
            readiness.progress("узел разогревается после запуска: прогнано вопросов — " + done.get());
        }
        return jitTimed ? share : -1;
    }

    /** One warm-up operator: a session at a time, a question after another, a search now and then. */
    private static final class Operator {
        private final HttpClient http;
        private final Rehearsal rehearsal;
        private final List<String> questions;
        private int next;
        private long session = -1;
        private int turns;
        private String token;

        Operator(HttpClient http, Rehearsal rehearsal, List<String> questions, int number) {
            this.http = http;
            this.rehearsal = rehearsal;
            this.questions = questions;
            this.next = number * 7;
        }

        void work(long until, AtomicInteger done) {
            while (System.nanoTime() < until) {
                try {
                    if (session < 0 || turns >= TURNS_PER_SESSION) {
                        token = rehearsal.tokens().get(next % rehearsal.tokens().size());
                        session = JSON.readTree(send("POST", "/chat/sessions", "{\"title\": \"разогрев\"}"))
                                .path("payload").path("session_id").asLong(-1);
                        turns = 0;
                    }
                    String question = questions.get(next++ % questions.size());
                    send("POST", "/chat/sessions/" + session + "/ask",
                            JSON.createObjectNode().put("user_message", question).toString());
                    turns++;
                    if (next % 5 == 0) {
                        send("GET", "/chat/search?k=5&q=" + URLEncoder.encode(question, StandardCharsets.UTF_8), null);
                    }
                    if (next % 20 == 0) {
                        send("GET", "/chat/sessions/" + session + "/history?limit=20", null);
                    }
                    done.incrementAndGet();
                } catch (IOException | RuntimeException e) {
                    LOG.debug("Warm-up request failed: {}", e.toString());
                    session = -1;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private String send(String method, String path, String body) throws IOException, InterruptedException {
            var request = HttpRequest.newBuilder(URI.create(rehearsal.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
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
