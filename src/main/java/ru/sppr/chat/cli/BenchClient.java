package ru.sppr.chat.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** The HTTP side of the benchmarks: one JSON request to a running server, timed, failures counted not thrown. */
final class BenchClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final AtomicLong errors = new AtomicLong();
    private volatile String lastError;

    BenchClient(String url) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Sends the request; the parsed envelope on a 2xx answer, otherwise {@code null} with the error counted. */
    JsonNode call(LatencyStats latency, String token, String method, String path, String body) {
        String text = send(latency, token, method, path, body);
        try {
            return text == null ? null : BackendCommand.JSON.readTree(text);
        } catch (Exception e) {
            fail(e.toString());
            return null;
        }
    }

    /** Sends the request; the body of a 2xx answer as text, otherwise {@code null} with the error counted. */
    String send(LatencyStats latency, String token, String method, String path, String body) {
        var request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (latency != null) {
                latency.add(System.nanoTime() - t0);
            }
            if (response.statusCode() >= 300) {
                fail(method + " " + path + " → " + response.statusCode() + " " + response.body());
                return null;
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(e.toString());
            return null;
        } catch (Exception e) {
            fail(method + " " + path + " → " + e);
            return null;
        }
    }

    long errors() {
        return errors.get();
    }

    String lastError() {
        return lastError;
    }

    /** Forgets the errors counted so far (after a warm-up). */
    void resetErrors() {
        errors.set(0);
        lastError = null;
    }

    private void fail(String message) {
        errors.incrementAndGet();
        lastError = message;
    }
}
