package ru.sppr.chat.tools.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import ru.sppr.chat.tools.Figures;

/** The HTTP side of the benchmarks: one JSON request to a running server, timed, failures counted not thrown. */
final class BenchClient {
    private final String url;
    private final AtomicLong errors = new AtomicLong();
    private volatile String lastError;

    static {
        // a kept-alive connection per operator (the JDK keeps 5 per server unless told)
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", "256");
        }
    }

    BenchClient(String url) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Sends the request; the parsed envelope on a 2xx answer, otherwise {@code null} with the error counted. */
    JsonNode call(LatencyStats latency, String token, String method, String path, String body) {
        String text = send(latency, token, method, path, body);
        try {
            return text == null ? null : Figures.JSON.readTree(text);
        } catch (Exception e) {
            fail(e.toString());
            return null;
        }
    }

    /**
     * Sends the request; the body of a 2xx answer as text, otherwise {@code null} with the error counted. Plain
     * blocking {@link HttpURLConnection} on the operator's own thread (connections kept alive): the load generator
     * shares the machine with the server, and the JDK's asynchronous client costs about twice the CPU per request.
     */
    String send(LatencyStats latency, String token, String method, String path, String body) {
        return send(latency, System.nanoTime(), token, method, path, body);
    }

    /** As {@link #send(LatencyStats, String, String, String, String)}, the latency counted from {@code since}. */
    String send(LatencyStats latency, long since, String token, String method, String path, String body) {
        try {
            var connection = (HttpURLConnection) URI.create(url + path).toURL().openConnection();
            connection.setConnectTimeout(5_000);
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
            String text = read(status < 400 ? connection.getInputStream() : connection.getErrorStream());
            if (latency != null) {
                latency.add(System.nanoTime() - since);
            }
            if (status >= 300) {
                fail(method + " " + path + " → " + status + " " + text);
                return null;
            }
            return text;
        } catch (Exception e) {
            fail(method + " " + path + " → " + e);
            return null;
        }
    }

    /** Reads the whole body, which lets the connection be reused. */
    private static String read(InputStream in) throws IOException {
        if (in == null) {
            return "";
        }
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
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
