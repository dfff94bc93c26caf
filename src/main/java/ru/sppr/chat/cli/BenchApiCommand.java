package ru.sppr.chat.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench api}: N concurrent clients against a running server, each looping start-session → ask → history
 * for a fixed time. Prints requests/s and latency percentiles per operation and writes them as JSON.
 */
@Command(name = "api", description = "Нагрузочный замер REST API работающего сервера: start-session + ask + history")
final class BenchApiCommand implements Callable<Integer> {
    private static final List<String> QUESTIONS = List.of(
            "Какой уровень воды у моста сейчас?", "Что известно о подтоплении в посёлке?",
            "Какие силы задействованы на переправе?", "What is the current water level?",
            "Когда ожидается пик паводка?", "Какие дороги перекрыты?");

    @Option(names = "--url", defaultValue = "http://localhost:8451") String url;
    @Option(names = "--token", required = true, description = "API-токен (например, из вывода demo)") String token;
    @Option(names = "--clients", defaultValue = "16") int clients;
    @Option(names = "--duration", defaultValue = "30", description = "Длительность замера, секунд") int seconds;
    @Option(names = "--warmup", defaultValue = "5", description = "Разогрев без учёта, секунд") int warmup;
    @Option(names = "--out", description = "Куда записать JSON (по умолчанию bench-results/api-<время>.json)") Path out;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public Integer call() throws Exception {
        run(Duration.ofSeconds(warmup), new Stats());
        Stats stats = new Stats();
        long started = System.nanoTime();
        run(Duration.ofSeconds(seconds), stats);
        double elapsed = (System.nanoTime() - started) / 1e9;
        Map<String, Object> result = stats.report(elapsed, clients);
        Figures.print(result, Figures.benchFile(out, "api"));
        return stats.errors.get() == 0 ? 0 : 1;
    }

    private void run(Duration duration, Stats stats) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                int client = c;
                pool.submit(() -> loop(client, deadline, stats));
            }
        }
    }

    private void loop(int client, long deadline, Stats stats) {
        int i = 0;
        while (System.nanoTime() < deadline) {
            JsonNode session = call(stats.start, "POST", "/chat/sessions", "{\"title\": \"bench " + client + "\"}", stats);
            if (session == null) {
                continue;
            }
            long id = session.get("payload").get("session_id").asLong();
            String question = QUESTIONS.get((client + i++) % QUESTIONS.size());
            call(stats.ask, "POST", "/chat/sessions/" + id + "/ask", "{\"user_message\": \"" + question + "\"}", stats);
            call(stats.history, "GET", "/chat/sessions/" + id + "/history?limit=20", null, stats);
        }
    }

    private JsonNode call(LatencyStats latency, String method, String path, String body, Stats stats) {
        var request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            latency.add(System.nanoTime() - t0);
            if (response.statusCode() >= 300) {
                stats.errors.incrementAndGet();
                stats.lastError = response.statusCode() + " " + response.body();
                return null;
            }
            return BackendCommand.JSON.readTree(response.body());
        } catch (Exception e) {
            stats.errors.incrementAndGet();
            stats.lastError = e.toString();
            return null;
        }
    }

    /** Latencies per operation and the error count of one phase. */
    private static final class Stats {
        final LatencyStats start = new LatencyStats();
        final LatencyStats ask = new LatencyStats();
        final LatencyStats history = new LatencyStats();
        final AtomicLong errors = new AtomicLong();
        volatile String lastError;

        Map<String, Object> report(double elapsedSeconds, int clients) {
            int requests = start.count() + ask.count() + history.count();
            var result = new LinkedHashMap<String, Object>();
            result.put("clients", clients);
            result.put("duration_s", Math.round(elapsedSeconds * 10) / 10.0);
            result.put("requests", requests);
            result.put("requests_per_s", Math.round(requests / elapsedSeconds * 10) / 10.0);
            result.put("errors", errors.get());
            if (lastError != null) {
                result.put("last_error", lastError);
            }
            result.put("start_session", start.summary());
            result.put("ask", ask.summary());
            result.put("history", history.summary());
            return result;
        }
    }
}
