package ru.sppr.chat.tools.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import ru.sppr.chat.tools.Figures;

/**
 * {@code bench load}: N simulated operators, each its own user with its own token and session, ask questions drawn
 * from a data set against a running server for a fixed time (a new session when one reaches its turn budget).
 * Prints asks/s, ask latency percentiles, the error count, the server's CPU time per ask, its GC pauses and allocation
 * rate over the measurement (from its {@code /metrics}), the server's own view of ask latency (inside the dialogue
 * turn, and the whole request including the wait for admission: where a tail comes from), and every 15 s the
 * asks answered and their latency in those 15 s, as the operators saw it and as the server recorded it, with the
 * server's heap, RSS and JIT time (when a run went wrong, and on which side, shows; {@link ServerTimeline}). The
 * measurement starts once the server has warmed up (see {@link #warmUp}).
 *
 * <p>Without {@code --rate} each operator asks again as soon as it has its answer (after {@code --think-ms}): the
 * server runs saturated and the latency is mostly the time spent queued behind the other operators. With
 * {@code --rate} the operators together ask at that fixed rate, each on its own timetable, and a latency is counted
 * from the moment the ask was due, not from when it could be sent: a server that stalls is charged for every ask that
 * waited behind the stall (no "coordinated omission"); the asks that fell due before the end but were still waiting to be
 * sent then are counted too, with the time they had waited by the end ({@code unsent_at_end}), so the percentiles of a
 * server that falls behind include its backlog rather than only what it got through.
 */
@Command(name = "load", description = "Нагрузка: N операторов, у каждого своя сессия, задают вопросы из набора данных")
final class BenchLoadCommand implements Callable<Integer> {
    private static final Duration SAMPLE_PERIOD = Duration.ofSeconds(15);
    /** A warm-up step (shorter only when the whole warm-up is); the JIT's activity is judged over the last one. */
    private static final Duration STEP = Duration.ofSeconds(15);
    /** The share of a warm-up step the server's JIT compilers may still work when the server counts as warmed up. */
    private static final double SETTLED_JIT_SHARE = 0.02;

    @Spec
    CommandSpec spec;
    private BenchCleanup cleanup;

    @Option(names = "--url", defaultValue = "http://localhost:8451", description = "Адрес сервера (по умолчанию ${DEFAULT-VALUE})") String url;
    @Option(names = "--token", required = true, description = "Токен администратора (создаёт пользователей-операторов и читает /metrics)")
    String adminToken;
    @Option(names = "--operators", defaultValue = "32", description = "Сколько операторов (по умолчанию ${DEFAULT-VALUE})") int operators;
    @Option(names = "--duration", defaultValue = "300", description = "Длительность замера, секунд") int seconds;
    @Option(names = "--warmup", defaultValue = "90", description = "Разогрев без учёта, не меньше стольких секунд;"
            + " дальше он идёт, пока JIT-компилятор сервера занят (больше 2 %% времени), но не дольше --warmup-max") int warmup;
    @Option(names = "--warmup-max", defaultValue = "300", description = "Разогрев не дольше, секунд") int warmupMax;
    @Option(names = "--questions", required = true,
            description = "Вопросы: JSONL с полем text или question (например, xquad-ru/queries.jsonl, eval/dialogue/operators.jsonl) или текст, вопрос в строке")
    Path questionsFile;
    @Option(names = "--turns-per-session", defaultValue = "40", description = "После скольких вопросов начинать новую сессию")
    int turnsPerSession;
    @Option(names = "--think-ms", defaultValue = "0", description = "Пауза оператора после ответа, мс (0 — сразу следующий вопрос)")
    int thinkMs;
    @Option(names = "--rate", defaultValue = "0",
            description = "Вопросов в секунду от всех операторов вместе, по расписанию (0 — каждый спрашивает сразу после ответа)")
    double rate;
    @Option(names = "--out", description = "Куда записать JSON (по умолчанию bench-results/load-<время>.json)") Path out;
    @Option(names = "--start", description = "Команда (bash -c), запускающая сервер по --url: замер ждёт его готовности"
            + " (/chat/ready), печатает, через сколько секунд он стал готов (ready_after_s), и останавливает его в конце;"
            + " с --warmup 0 --duration 60 — задержка первых 60 с после готовности")
    String startCommand;

    @Override
    public Integer call() throws Exception {
        if (rate < 0 || (rate > 0 && thinkMs > 0)) {
            throw new ParameterException(spec.commandLine(), "--rate должен быть ≥ 0 и не сочетается с --think-ms");
        }
        if (warmup < 0 || warmupMax < 0) {
            throw new ParameterException(spec.commandLine(), "--warmup и --warmup-max должны быть ≥ 0");
        }
        List<String> questions = questions(questionsFile);
        if (startCommand == null) {
            return measure(questions, null);
        }
        Path log = Figures.benchFile(out, "load").resolveSibling("server-" + Instant.now().toString().replace(':', '-') + ".log");
        try (var server = BenchServer.start(startCommand, log)) {
            return measure(questions, server.awaitReady(url));
        }
    }

    private int measure(List<String> questions, Double readyAfter) throws IOException {
        var client = new BenchClient(url);
        cleanup = new BenchCleanup(new BenchClient(url), adminToken);
        try {
            return measure(questions, readyAfter, client);
        } finally {
            cleanup.run(); // a run that failed leaves nothing open either; after a finished one, nothing is left
        }
    }

    private int measure(List<String> questions, Double readyAfter, BenchClient client) throws IOException {
        List<String> tokens = operatorTokens(client);
        List<Operator> crew = new ArrayList<>();
        for (int i = 0; i < operators; i++) {
            crew.add(new Operator(client, tokens.get(i), questions, i));
        }
        var timeline = new ServerTimeline(new BenchClient(url), adminToken);
        WarmUp warmedUp = warmUp(crew, timeline);
        client.resetErrors();

        Phase phase = new Phase();
        timeline.sample(0, null);
        long started = System.nanoTime();
        var sampler = Executors.newSingleThreadScheduledExecutor();
        long period = SAMPLE_PERIOD.toMillis();
        sampler.scheduleAtFixedRate(() -> timeline.sample((System.nanoTime() - started) / 1e9, phase.ask.window()),
                period, period, TimeUnit.MILLISECONDS);
        run(crew, Duration.ofSeconds(seconds), phase);
        double elapsed = (System.nanoTime() - started) / 1e9;
        sampler.shutdownNow();
        timeline.sample(elapsed, phase.ask.window());

        var result = new LinkedHashMap<String, Object>();
        if (readyAfter != null) {
            result.put("ready_after_s", readyAfter);
        }
        result.put("operators", operators);
        result.put("think_ms", thinkMs);
        if (rate > 0) {
            result.put("rate_per_s", rate);
        }
        result.put("warmup_s", warmedUp.seconds());
        if (warmedUp.endJitShare() >= 0) {
            result.put("warmup_end_server_jit_share", warmedUp.endJitShare());
        }
        result.put("duration_s", Math.round(elapsed * 10) / 10.0);
        int answered = phase.ask.count() - phase.unsent.get();
        result.put("asks", answered);
        result.put("asks_per_s", Math.round(answered / elapsed * 10) / 10.0);
        if (rate > 0) {
            result.put("unsent_at_end", phase.unsent.get());
        }
        result.put("errors", client.errors());
        if (client.lastError() != null) {
            result.put("last_error", client.lastError());
        }
        result.put("ask", phase.ask.summary());
        result.put("start_session", phase.start.summary());
        result.putAll(timeline.summary(answered));
        result.put("cleanup", cleanup.run());
        Figures.print(result, Figures.benchFile(out, "load"));
        return client.errors() == 0 ? 0 : 1;
    }

    static List<String> questions(Path file) throws IOException {
        List<String> questions = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String text = line.strip();
            if (text.startsWith("{")) {
                JsonNode node = Figures.JSON.readTree(text);
                text = node.path("text").asText(node.path("question").asText("")).strip();
            }
            if (!text.isEmpty()) {
                questions.add(text);
            }
        }
        if (questions.isEmpty()) {
            throw new IOException("в " + file + " нет вопросов");
        }
        return questions;
    }

    /** One user and token per operator ({@code bench-operator-N}), created through the API. */
    private List<String> operatorTokens(BenchClient client) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < operators; i++) {
            JsonNode user = client.call(null, adminToken, "POST", "/chat/users",
                    "{\"username\": \"bench-operator-" + i + "\", \"role\": \"operator\"}");
            JsonNode token = user == null ? null : client.call(null, adminToken, "POST",
                    "/chat/users/" + user.path("payload").path("user_id").asLong() + "/tokens", null);
            if (token == null) {
                throw new IllegalStateException("не удалось создать оператора: " + client.lastError());
            }
            tokens.add(token.path("payload").path("token").asText());
            cleanup.token(tokens.getLast()); // revoked even if a later operator cannot be created
        }
        return tokens;
    }

    /**
     * The operators work unmeasured in steps of 15 s: at least {@code --warmup} seconds, then on while the server's JIT
     * compilers worked more than {@link #SETTLED_JIT_SHARE} of the last step, up to {@code --warmup-max} seconds. On a small
     * machine under load the JIT goes on compiling for minutes after the server started, and a measurement taken
     * before it settled reports the compilation, not the server.
     */
    private WarmUp warmUp(List<Operator> crew, ServerTimeline timeline) {
        if (warmup == 0) {
            return new WarmUp(0, -1);
        }
        Duration step = Duration.ofSeconds(Math.min(STEP.toSeconds(), warmup));
        long started = System.nanoTime();
        long stepStarted = started;
        double jitMs = timeline.serverJitMs();
        double jitShare = -1;
        while (elapsedSeconds(started) < warmup || (elapsedSeconds(started) < warmupMax && jitShare > SETTLED_JIT_SHARE)) {
            run(crew, step, new Phase());
            double jitMsNow = timeline.serverJitMs();
            jitShare = jitMs < 0 || jitMsNow < 0 ? -1 : (jitMsNow - jitMs) / (elapsedSeconds(stepStarted) * 1000);
            jitMs = jitMsNow;
            stepStarted = System.nanoTime();
        }
        return new WarmUp(Math.round(elapsedSeconds(started) * 10) / 10.0, Math.round(jitShare * 1000) / 1000.0);
    }

    private static double elapsedSeconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** How long the warm-up ran, and the share of its last step the server's JIT worked (-1: unknown, or no warm-up). */
    private record WarmUp(double seconds, double endJitShare) {}

    /**
     * The operators work for {@code duration}. The same operators, in the same sessions, go on from the warm-up into
     * the measurement, so it begins in the state the warm-up reached (not with every operator opening a session at once).
     */
    private void run(List<Operator> crew, Duration duration, Phase phase) {
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        long interval = rate > 0 ? Math.round(1e9 * operators / rate) : 0;
        try (var pool = Executors.newFixedThreadPool(operators)) {
            for (int i = 0; i < operators; i++) {
                Operator operator = crew.get(i);
                var timetable = new Timetable(start + interval * i / operators, interval);
                pool.submit(() -> operator.work(deadline, timetable, phase));
            }
        }
    }

    /** One simulated operator: asks questions in turn, starting a new session every {@code turnsPerSession}. */
    private final class Operator {
        private final BenchClient client;
        private final String token;
        private final List<String> questions;
        private int next;
        private long sessionId = -1;
        private int turns;

        Operator(BenchClient client, String token, List<String> questions, int number) {
            this.client = client;
            this.token = token;
            this.questions = questions;
            this.next = number * 7919 % questions.size();
        }

        void work(long deadline, Timetable timetable, Phase phase) {
            while (System.nanoTime() < deadline) {
                if (sessionId < 0 || turns >= turnsPerSession) {
                    JsonNode session = client.call(phase.start, token, "POST", "/chat/sessions", "{\"title\": \"нагрузка\"}");
                    if (session == null) {
                        continue;
                    }
                    sessionId = session.path("payload").path("session_id").asLong();
                    cleanup.session(token, sessionId);
                    turns = 0;
                }
                String question = questions.get(next++ % questions.size());
                String body = Figures.JSON.createObjectNode().put("user_message", question).toString();
                long due = timetable.paced() ? timetable.next() : System.nanoTime();
                if (due >= deadline || !sleepUntil(due)) {
                    return;
                }
                client.send(phase.ask, due, token, "POST", "/chat/sessions/" + sessionId + "/ask", body);
                turns++;
                if (thinkMs > 0 && !sleepUntil(System.nanoTime() + thinkMs * 1_000_000L)) {
                    return;
                }
            }
            countUnsent(timetable, deadline, phase);
        }
    }

    /**
     * Under {@code --rate}, the asks that fell due before the end but were never sent, because the operator was still
     * waiting for earlier answers: each is counted with the time it had waited by the end (a lower bound of its latency),
     * so a server that falls behind cannot leave its worst asks out of the percentiles; their number is in {@code unsent}.
     */
    private static void countUnsent(Timetable timetable, long deadline, Phase phase) {
        long now = Math.max(System.nanoTime(), deadline);
        for (long due : timetable.dueBefore(deadline)) {
            phase.ask.add(now - due);
            phase.unsent.incrementAndGet();
        }
    }

    /** When one operator's asks are due under {@code --rate}: every {@code interval} ns from {@code first}. */
    static final class Timetable {
        private long due;
        private final long interval;

        Timetable(long first, long interval) {
            this.due = first;
            this.interval = interval;
        }

        /** The asks still to come that fall due before {@code deadline}, taken off the timetable (none when not paced). */
        List<Long> dueBefore(long deadline) {
            List<Long> due = new ArrayList<>();
            while (paced() && this.due < deadline) {
                due.add(next());
            }
            return due;
        }

        boolean paced() {
            return interval > 0;
        }

        long next() {
            long at = due;
            due += interval;
            return at;
        }
    }

    /** Waits until the given {@link System#nanoTime()}; false if interrupted. */
    private static boolean sleepUntil(long nanoTime) {
        try {
            long wait = nanoTime - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Latencies of one phase (warm-up or measurement). */
    private static final class Phase {
        final LatencyStats ask = new LatencyStats();
        final LatencyStats start = new LatencyStats();
        final AtomicInteger unsent = new AtomicInteger();
    }
}
