package ru.sppr.chat.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.sppr.chat.api.Api;
import ru.sppr.chat.knowledge.ingest.IngestOptions;
import ru.sppr.chat.storage.Database;
import ru.sppr.chat.storage.DatabaseSettings;
import ru.sppr.chat.storage.TestDatabases;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.NewUser;
import ru.sppr.chat.user.Role;

/**
 * {@code bin/backup} then {@code bin/restore} into a fresh PostgreSQL database and another home: the restored service
 * lists the sources, serves the uploaded original byte for byte, and the old token works.
 */
class PostgresBackupTest {
    private static final String TEXT = "Донесение 10 апреля: уровень воды у деревни Кукуево 512 см, дамба держится.";

    @TempDir
    Path dir;

    @Test
    void a_restored_store_has_the_sources_and_serves_the_originals() throws Exception {
        DatabaseSettings first = TestDatabases.settings(TestDatabases.Backend.POSTGRES);
        Path homeA = Files.createDirectories(dir.resolve("a"));
        String token;
        String sourceId;
        try (var app = Application.wire(AppConfig.load(Map.of("CHAT_WARMUP_S", "0"), homeA), Database.open(first, 4), Clock.systemUTC())) {
            var admin = app.users().ensure(new NewUser("admin", null, Role.ADMIN, Clearance.SECRET), Caller.LOCAL_ADMIN).user();
            token = app.tokens().issue(admin, Caller.LOCAL_ADMIN).token();
            var report = app.knowledge().upload("kukuevo.txt", new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)),
                    IngestOptions.defaults(), Caller.LOCAL_ADMIN);
            sourceId = report.files().get(0).sourceIds().get(0);
        }

        Path backup = dir.resolve("backup");
        run(List.of("bin/backup", backup.toString()), env(first, homeA));
        assertThat(backup.resolve("database.dump")).isNotEmptyFile();
        assertThat(runFor(List.of("tar", "-tf", backup.resolve("uploads.tar").toString()), Map.of()).output().lines()
                .filter(entry -> !entry.endsWith("/"))).as("the originals are in the database dump, not beside it").isEmpty();

        DatabaseSettings second = TestDatabases.settings(TestDatabases.Backend.POSTGRES);
        Path homeB = Files.createDirectories(dir.resolve("b"));
        run(List.of("bin/restore", backup.toString()), env(second, homeB));

        try (var app = Application.wire(AppConfig.load(Map.of("CHAT_WARMUP_S", "0"), homeB), Database.open(second, 4), Clock.systemUTC())) {
            Javalin http = Api.create(app.services()).start("127.0.0.1", 0);
            try {
                var client = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + http.port();
                var documents = client.send(get(base + "/chat/documents", token), HttpResponse.BodyHandlers.ofString());
                assertThat(documents.statusCode()).isEqualTo(200);
                assertThat(documents.body()).contains(sourceId);
                var original = client.send(get(base + "/chat/documents/" + sourceId + "/original", token),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertThat(original.statusCode()).isEqualTo(200);
                assertThat(original.body()).isEqualTo(TEXT);
                try (var files = Files.walk(homeB)) {
                    assertThat(files.filter(f -> f.toString().contains("kukuevo"))).as("served from the database").isEmpty();
                }
                var search = client.send(get(base + "/chat/search?q=%D0%9A%D1%83%D0%BA%D1%83%D0%B5%D0%B2%D0%BE", token),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(search.body()).as("the index is rebuilt from the restored database").contains(sourceId);
            } finally {
                http.stop();
            }
        }
    }

    @Test
    void restore_refuses_a_database_that_is_not_empty() throws Exception {
        DatabaseSettings used = TestDatabases.settings(TestDatabases.Backend.POSTGRES);
        Path home = Files.createDirectories(dir.resolve("c"));
        Database.open(used, 2).close();
        Path backup = Files.createDirectories(dir.resolve("fake"));
        Files.writeString(backup.resolve("database.dump"), "x");
        var result = runFor(List.of("bin/restore", backup.toString()), env(used, home));
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.output()).contains("уже есть таблицы");
    }

    private static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build();
    }

    private static Map<String, String> env(DatabaseSettings db, Path home) {
        var env = new HashMap<String, String>();
        env.put("CHAT_DATABASE_URL", db.url());
        env.put("CHAT_DATABASE_USER", db.user() == null ? "" : db.user());
        env.put("CHAT_DATABASE_PASSWORD", db.password() == null ? "" : db.password());
        env.put("CHAT_SPPR_HOME", home.toString());
        return env;
    }

    private record Result(int code, String output) {}

    private static void run(List<String> command, Map<String, String> env) throws Exception {
        Result result = runFor(command, env);
        assertThat(result.code()).as(String.join(" ", command) + ": " + result.output()).isZero();
    }

    private static Result runFor(List<String> command, Map<String, String> env) throws Exception {
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("CHAT_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
