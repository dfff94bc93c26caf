package ru.sppr.chat.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real server node in its own JVM ({@code Main runserver}) on a free port, for tests that need several nodes or
 * kill one with SIGKILL. Its output goes to {@code server-N.log} in its home directory.
 */
final class ServerProcess implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path home;
    private final Map<String, String> env;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int port;
    private int starts;

    private ServerProcess(Path home, Map<String, String> env) {
        this.home = home;
        this.env = Map.copyOf(env);
    }

    /** Starts a node with {@code CHAT_SPPR_HOME=home} and the given environment; returns once it answers. */
    static ServerProcess start(Path home, Map<String, String> env) throws IOException, InterruptedException {
        var server = new ServerProcess(home, env);
        server.launch();
        return server;
    }

    private void launch() throws IOException, InterruptedException {
        port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "runserver", "--host", "127.0.0.1", "--port", Integer.toString(port)));
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("server-" + ++starts + ".log").toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(k -> k.startsWith("CHAT_"));
        environment.putAll(env);
        environment.put("CHAT_SPPR_HOME", home.toString());
        environment.putIfAbsent("CHAT_WARMUP_S", "0"); // these nodes test other things; ReadyTest tests the warm-up
        process = builder.start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server exited with " + process.exitValue() + ": " + log());
            }
            if (tryGet("/chat/health") != null) {
                return;
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("server did not answer within " + START_TIMEOUT + ": " + log());
    }

    /** SIGKILL: the process gets no chance to finish anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Starts the node again on the same home (a new port). */
    void restart() throws IOException, InterruptedException {
        if (process.isAlive()) {
            kill();
        }
        launch();
    }

    String log() {
        try {
            return Files.readString(home.resolve("server-" + starts + ".log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    Response get(String path, String token) {
        return send("GET", path, token, HttpRequest.BodyPublishers.noBody(), "application/json");
    }

    Response post(String path, String token, String json) {
        return send("POST", path, token, HttpRequest.BodyPublishers.ofString(json), "application/json");
    }

    Response delete(String path, String token) {
        return send("DELETE", path, token, HttpRequest.BodyPublishers.noBody(), "application/json");
    }

    /** {@code POST /chat/documents} with one file. */
    Response upload(String token, String fileName, String content) {
        String boundary = "----chat" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return send("POST", "/chat/documents", token, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8),
                "multipart/form-data; boundary=" + boundary);
    }

    private Response send(String method, String path, String token, HttpRequest.BodyPublisher body, String type) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).method(method, body)
                .timeout(Duration.ofSeconds(60)).header("Content-Type", type);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Response tryGet(String path) {
        try {
            Response response = get(path, null);
            return response.status() == 200 ? response : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    /** An answer: its status and envelope. */
    record Response(int status, JsonNode json) {
        JsonNode payload() {
            return json.get("payload");
        }
    }

    static Map<String, String> env(Object... keyValues) {
        var map = new HashMap<String, String>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], String.valueOf(keyValues[i + 1]));
        }
        return map;
    }
}
