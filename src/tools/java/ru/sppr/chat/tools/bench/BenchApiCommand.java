package ru.sppr.chat.tools.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ru.sppr.chat.tools.Figures;

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

    @Option(names = "--url", defaultValue = "http://localhost:8451", description = "Адрес сервера (по умолчанию ${DEFAULT-VALUE})") String url;
    @Option(names = "--token", required = true, description = "API-токен (например, из вывода demo)") String token;
    @Option(names = "--clients", defaultValue = "16", description = "Сколько клиентов одновременно (по умолчанию ${DEFAULT-VALUE})") int clients;
    @Option(names = "--duration", defaultValue = "30", description = "Длительность замера, секунд") int seconds;
    @Option(names = "--warmup", defaultValue = "5", description = "Разогрев без учёта, секунд") int warmup;
    @Option(names = "--out", description = "Куда записать JSON (по умолчанию bench-results/api-<время>.json)") Path out;

    private BenchClient client;
    private BenchCleanup cleanup;

    @Override
    public Integer call() throws Exception {
        client = new BenchClient(url);
        cleanup = new BenchCleanup(new BenchClient(url), token);
        try {
            run(Duration.ofSeconds(warmup), new Stats());
            client.resetErrors();
            Stats stats = new Stats();
            long started = System.nanoTime();
            run(Duration.ofSeconds(seconds), stats);
            double elapsed = (System.nanoTime() - started) / 1e9;
            Map<String, Object> result = stats.report(elapsed, clients, client);
            result.put("cleanup", cleanup.run());
            Figures.print(result, Figures.benchFile(out, "api"));
            return client.errors() == 0 ? 0 : 1;
        } finally {
            cleanup.run(); // a run that failed leaves nothing open either; after the one above, nothing is left
        }
    }

    private void run(Duration duration, Stats stats) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                int clientNo = c;
                pool.submit(() -> loop(clientNo, deadline, stats));
            }
        }
    }

    private void loop(int clientNo, long deadline, Stats stats) {
        int i = 0;
        while (System.nanoTime() < deadline) {
            JsonNode session = call(stats.start, "POST", "/chat/sessions", "{\"title\": \"bench " + clientNo + "\"}");
            if (session == null) {
                continue;
            }
            long id = session.get("payload").get("session_id").asLong();
            cleanup.session(token, id);
            String question = QUESTIONS.get((clientNo + i++) % QUESTIONS.size());
            call(stats.ask, "POST", "/chat/sessions/" + id + "/ask", "{\"user_message\": \"" + question + "\"}");
            call(stats.history, "GET", "/chat/sessions/" + id + "/history?limit=20", null);
        }
    }

    private JsonNode call(LatencyStats latency, String method, String path, String body) {
        return client.call(latency, token, method, path, body);
    }

    /** Latencies per operation and the error count of one phase. */
    private static final class Stats {
        final LatencyStats start = new LatencyStats();
        final LatencyStats ask = new LatencyStats();
        final LatencyStats history = new LatencyStats();
        Map<String, Object> report(double elapsedSeconds, int clients, BenchClient client) {
            int requests = start.count() + ask.count() + history.count();
            var result = new LinkedHashMap<String, Object>();
            result.put("clients", clients);
            result.put("duration_s", Math.round(elapsedSeconds * 10) / 10.0);
            result.put("requests", requests);
            result.put("requests_per_s", Math.round(requests / elapsedSeconds * 10) / 10.0);
            result.put("errors", client.errors());
            if (client.lastError() != null) {
                result.put("last_error", client.lastError());
            }
            result.put("start_session", start.summary());
            result.put("ask", ask.summary());
            result.put("history", history.summary());
            return result;
        }
    }
}
