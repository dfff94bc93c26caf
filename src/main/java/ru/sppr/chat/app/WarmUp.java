package ru.sppr.chat.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
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
 * Warms a node up before it reports ready: operators of every clearance ask questions (a shipped list — general ones
 * and operators' questions typed as on a night shift — plus the titles of the base's own sources) and search over HTTP
 * against a {@link Rehearsal} — the node's own code over a throwaway H2 file and its real knowledge base — so that the
 * code a real question runs (HTTP with the node's Jetty handlers, authentication, dialogue turn, search, writing the
 * turn and its audit record to a file, the store's background jobs) is compiled before the first one comes. The
 * operators are many ({@link #OPERATORS_PER_CORE} a core) and use a plain blocking HTTP client, as real load does: the
 * ask queue, batched commits and Jetty's connection handling run as they will under it. Nothing reaches the node's
 * database. Runs {@link #STAGES} stages, each in rounds of {@link #STEP} until the JIT compilers worked less than
 * {@link #SETTLED_JIT_SHARE} of the last {@link #SETTLED_OVER_ROUNDS} rounds (after at least that long); all of it
 * for {@code CHAT_WARMUP_S} at most.
 */
final class WarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STEP = Duration.ofSeconds(3);
    /** The JIT share is taken over this many last rounds, 15 s (one round can fall between two long compilations). */
    private static final int SETTLED_OVER_ROUNDS = 5;
    /** JIT time (summed over the compiler threads) relative to the wall time of the last rounds. */
    private static final double SETTLED_JIT_SHARE = 0.05;
    private static final int OPERATORS_PER_CORE = 8;
    /**
     * The stage is built, warmed on until settled and closed twice: closing it (the operators' threads, Jetty, the H2
     * file) runs branches of methods the node's own hot paths share, and compiled code that never saw them is thrown
     * away when they first run; the first close lets that happen, and the code be compiled again, before the real load.
     */
    private static final int STAGES = 2;
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

    /** Runs the warm-up (blocking), then marks the node ready, whatever happened; the number of questions asked. */
    int run() {
        if (budget.isZero()) {
            readiness.markReady(Duration.ZERO);
            return 0;
        }
        readiness.warmingUp();
        long started = System.nanoTime();
        var done = new AtomicInteger();
        double share = -1;
        long asked = 0;
        try {
            List<String> questions = questions();
            for (int built = 0; built < STAGES && System.nanoTime() - started < budget.toNanos()
                    && !Thread.currentThread().isInterrupted(); built++) {
                try (Rehearsal rehearsal = stage.get()) {
                    share = rounds(rehearsal, questions, started, done);
                    asked = System.nanoTime();
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Warm-up stopped early: {}", e.toString());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("Warm-up: {} questions in {} s (the last stage closed in {} ms), JIT share of the last 15 s {}; ready",
                done.get(), Math.round(took.toMillis() / 100.0) / 10.0, asked == 0 ? 0 : (System.nanoTime() - asked) / 1_000_000,
                share < 0 ? "unknown" : String.format("%.3f", share));
        readiness.markReady(took);
        return done.get();
    }

    private double rounds(Rehearsal rehearsal, List<String> questions, long started, AtomicInteger done) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean jitTimed = jit != null && jit.isCompilationTimeMonitoringSupported();
        int threads = OPERATORS_PER_CORE * Math.max(1, Runtime.getRuntime().availableProcessors());
        var operators = new ArrayList<Operator>();
        for (int t = 0; t < threads; t++) {
            operators.add(new Operator(rehearsal, questions, t));
        }
        long deadline = started + budget.toNanos();
        var window = new ArrayDeque<long[]>(); // {nanoTime, JIT ms} at the start of each of the last rounds
        window.add(new long[] {System.nanoTime(), jitTimed ? jit.getTotalCompilationTime() : 0});
        double share = 1;
        try (var pool = Executors.newFixedThreadPool(threads)) {
            while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()
                    && (window.size() <= SETTLED_OVER_ROUNDS || !jitTimed || share > SETTLED_JIT_SHARE)) {
                long roundEnd = Math.min(deadline, System.nanoTime() + STEP.toNanos());
                var round = operators.stream().map(o -> pool.submit(() -> o.work(roundEnd, done))).toList();
                for (var operator : round) {
                    operator.get();
                }
                long[] now = {System.nanoTime(), jitTimed ? jit.getTotalCompilationTime() : 0};
                window.add(now);
                if (window.size() > SETTLED_OVER_ROUNDS + 1) {
                    window.remove();
                }
                long[] first = window.peek();
                share = (now[1] - first[1]) / ((now[0] - first[0]) / 1e6);
                readiness.progress("узел разогревается после запуска: прогнано вопросов — " + done.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return jitTimed ? share : -1;
    }

    /** One warm-up operator: a session at a time, a question after another, a search now and then. */
    private static final class Operator {
        private final Rehearsal rehearsal;
        private final List<String> questions;
        private int next;
        private long session = -1;
        private int turns;
        private String token;

        Operator(Rehearsal rehearsal, List<String> questions, int number) {
            this.rehearsal = rehearsal;
            this.questions = questions;
            this.next = number * 7;
        }

        void work(long until, AtomicInteger done) {
            while (System.nanoTime() < until && !Thread.currentThread().isInterrupted()) {
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
                }
            }
        }

        /** Plain blocking HTTP with the connection kept alive, as load balancers and most clients send it. */
        private String send(String method, String path, String body) throws IOException {
            var connection = (HttpURLConnection) URI.create(rehearsal.baseUrl() + path).toURL().openConnection();
            connection.setConnectTimeout(2_000);
            connection.setReadTimeout(30_000);
            connection.setRequestMethod(method);
            connection.setRequestProperty("Authorization", "Bearer " + token);
            connection.setRequestProperty("Content-Type", "application/json");
            if (body != null) {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                connection.setDoOutput(true);
                connection.setFixedLengthStreamingMode(bytes.length);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(bytes);
                }
            }
            int status = connection.getResponseCode();
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
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
