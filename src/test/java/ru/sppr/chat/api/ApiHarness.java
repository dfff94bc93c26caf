package ru.sppr.chat.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import ru.sppr.chat.app.AppConfig;
import ru.sppr.chat.TempTrees;
import ru.sppr.chat.app.Application;
import ru.sppr.chat.knowledge.ingest.IngestListener;
import ru.sppr.chat.knowledge.ingest.IngestOptions;
import ru.sppr.chat.storage.Database;
import ru.sppr.chat.storage.DatabaseSettings;
import ru.sppr.chat.storage.TestDatabases;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.NewUser;
import ru.sppr.chat.user.Role;

/** The real application on a fresh database, served on a free port, with a small JSON HTTP client. */
final class ApiHarness implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    final Application app;
    final Javalin http;
    final String adminToken;
    private HttpClient client = HttpClient.newHttpClient();
    final String base;
    private final Path home;
    private boolean appClosed;

    private ApiHarness(Application app, Javalin http, Path home) {
        this.app = app;
        this.http = http;
        this.home = home;
        this.base = "http://127.0.0.1:" + http.port();
        this.adminToken = token("admin", Role.ADMIN, Clearance.SECRET);
    }

    static ApiHarness start(TestDatabases.Backend backend, Map<String, String> env) throws IOException {
        return start(TestDatabases.settings(backend), env);
    }

    /** With the service's clock at {@code clock}: questions asked at a moment of the base («на 20:00 13.04» of that April). */
    static ApiHarness start(TestDatabases.Backend backend, Map<String, String> env, Clock clock) throws IOException {
        return start(TestDatabases.settings(backend), env, clock);
    }

    /**
     * On the demo base (`demo/knowledge`), ingested and read into the situation model, with the service's clock at
     * {@code clock}.
     */
    static ApiHarness onDemoBase(Clock clock) throws IOException {
        ApiHarness api = start(TestDatabases.Backend.H2, Map.of(), clock);
        api.app.knowledge().ingest(List.of(Path.of("demo/knowledge")), IngestOptions.defaults(), Caller.LOCAL_ADMIN, IngestListener.NONE);
        if (!api.app.situation().awaitFollowed(Duration.ofMinutes(1))) {
            api.close();
            throw new IllegalStateException("the situation model did not read the demo base within a minute");
        }
        return api;
    }

    /** On the database {@code settings} name, for a test that also reaches it directly. */
    static ApiHarness start(DatabaseSettings settings, Map<String, String> env) throws IOException {
        return start(settings, env, Clock.systemUTC());
    }

    private static ApiHarness start(DatabaseSettings settings, Map<String, String> env, Clock clock) throws IOException {
        Path home = Files.createTempDirectory("chat-api-test");
        try {
            var app = Application.wire(AppConfig.load(env, home), Database.open(settings, 30), clock);
            return new ApiHarness(app, Api.create(app.services()).start("127.0.0.1", 0), home);
        } catch (RuntimeException e) {
            TempTrees.delete(home); // also when the test is skipped (no PostgreSQL)
            throw e;
        }
    }

    String token(String username, Role role, Clearance clearance) {
        var user = app.users().ensure(new NewUser(username, null, role, clearance), Caller.LOCAL_ADMIN).user();
        return app.tokens().issue(user, Caller.LOCAL_ADMIN).token();
    }

    Response get(String path, String token) {
        return send("GET", path, token, null);
    }

    Response post(String path, String token, String body) {
        return send("POST", path, token, body);
    }

    Response send(String method, String path, String token, String body) {
        return sendBytes(method, path, token, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    Response sendBytes(String method, String path, String token, byte[] body) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException closedByServer) {
                // The server may close a connection after answering a malformed request; a new one gets the answer.
                client = HttpClient.newHttpClient();
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            }
            JsonNode json = response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")
                    ? JSON.readTree(response.body()) : null;
            return new Response(response.statusCode(), json, response.body(), response.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Response upload(String token, String fileName, String content, String access) {
        String boundary = "----chat" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"access\"\r\n\r\n" + access + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        var request = HttpRequest.newBuilder(URI.create(base + "/chat/documents"))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + token);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), JSON.readTree(response.body()), response.body(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    long startSession(String token, String title) {
        Response r = post("/chat/sessions", token, "{\"title\": \"" + title + "\"}");
        if (r.status() != 201) {
            throw new IllegalStateException("start session failed: " + r.raw());
        }
        return r.payload().get("session_id").asLong();
    }

    /** The text of the answer to a question asked in a session; the ask must succeed. */
    String answer(String token, long session, String question) {
        Response r = post("/chat/sessions/" + session + "/ask", token, "{\"user_message\": \"" + question + "\"}");
        if (r.status() != 200) {
            throw new IllegalStateException("ask failed: " + r.raw());
        }
        return r.payload().get("response").asText();
    }

    /** Closes the application, its database included, while HTTP keeps answering: a node whose database is gone. */
    void closeApplication() {
        appClosed = true;
        app.close();
    }

    /** Stops HTTP, closes the application unless {@link #closeApplication} did, and deletes the data directory. */
    @Override
    public void close() {
        http.stop();
        if (!appClosed) {
            app.close();
        }
        TempTrees.delete(home);
    }

    record Response(int status, JsonNode json, String raw, String retryAfter) {
        JsonNode payload() {
            return json.get("payload");
        }

        String error() {
            return json.get("error").asText();
        }
    }
}
