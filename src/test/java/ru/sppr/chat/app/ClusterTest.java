package ru.sppr.chat.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.sppr.chat.storage.ClusterLock;
import ru.sppr.chat.storage.Database;
import ru.sppr.chat.storage.DatabaseSettings;
import ru.sppr.chat.storage.TestDatabases;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.NewUser;
import ru.sppr.chat.user.Role;

/** Two server processes on one PostgreSQL: shared sessions, knowledge seen on both, one leader that can die. */
class ClusterTest {
    private static final Duration CATCH_UP = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    @Test
    void the_cluster_lock_has_one_holder_and_passes_on_when_it_goes() {
        DatabaseSettings db = TestDatabases.settings(TestDatabases.Backend.POSTGRES);
        try (var first = ClusterLock.of(db); var second = ClusterLock.of(db)) {
            assertThat(first.refresh()).isTrue();
            assertThat(second.refresh()).isFalse();
            assertThat(first.refresh()).as("the holder keeps the lead").isTrue();
            first.close();
            assertThat(second.refresh()).as("the lead passes on when the holder goes").isTrue();
            assertThat(second.leading()).isTrue();
        }
    }

    @Test
    void two_nodes_share_sessions_and_knowledge_and_one_leads() throws Exception {
        DatabaseSettings db = TestDatabases.settings(TestDatabases.Backend.POSTGRES);
        String token = adminToken(db, Files.createDirectories(dir.resolve("admin")));
        Map<String, String> env = ServerProcess.env("CHAT_DATABASE_URL", db.url(), "CHAT_DATABASE_USER", nullToEmpty(db.user()),
                "CHAT_DATABASE_PASSWORD", nullToEmpty(db.password()), "CHAT_TELEMETRY", "false", "CHAT_DATABASE_POOL", "4");
        try (var a = ServerProcess.start(Files.createDirectories(dir.resolve("a")), env);
             var b = ServerProcess.start(Files.createDirectories(dir.resolve("b")), env)) {
            eventually("exactly one node leads", () -> leads(a) ^ leads(b));

            var uploaded = a.upload(token, "kukuevo.txt",
                    "Уровень воды у деревни Кукуево достиг 512 сантиметров, дамба держится.");
            assertThat(uploaded.status()).as(uploaded.json().toString()).isEqualTo(201);
            String sourceId = uploaded.payload().get("files").get(0).get("source_ids").get(0).asText();
            eventually("a source ingested on A is searchable on B", () -> found(b, token, "Кукуево"));

            long session = a.post("/chat/sessions", token, "{\"title\": \"Кукуево\"}").payload().get("session_id").asLong();
            var first = a.post("/chat/sessions/" + session + "/ask", token, "{\"user_message\": \"Какой уровень воды у Кукуево?\"}");
            assertThat(first.status()).isEqualTo(200);
            var followUp = b.post("/chat/sessions/" + session + "/ask", token, "{\"user_message\": \"А дамба держится?\"}");
            assertThat(followUp.status()).as("a session started on A continues on B").isEqualTo(200);
            assertThat(followUp.payload().get("references").toString()).contains(sourceId);
            var history = b.get("/chat/sessions/" + session + "/history?limit=10", token);
            assertThat(history.payload().get("history")).hasSize(4);

            assertThat(a.delete("/chat/documents/" + sourceId, token).status()).isEqualTo(200);
            eventually("a source deleted on A is gone on B", () -> !found(b, token, "Кукуево"));

            ServerProcess leader = leads(a) ? a : b;
            ServerProcess follower = leader == a ? b : a;
            leader.kill();
            eventually("the follower takes the lead when the leader dies", () -> leads(follower));
            leader.restart();
            assertThat(leads(leader)).as("a node that comes back does not take the lead from the living one").isFalse();
            assertThat(leads(follower)).isTrue();
        }
    }

    /** An administrator's token, issued by a node that only opens the database (its index lives in {@code home}). */
    static String adminToken(DatabaseSettings db, Path home) throws Exception {
        try (var app = Application.wire(AppConfig.load(Map.of(), home),
                Database.open(db, 2), Clock.systemUTC())) {
            var user = app.users().ensure(new NewUser("admin", null, Role.ADMIN, Clearance.SECRET), Caller.LOCAL_ADMIN).user();
            return app.tokens().issue(user, Caller.LOCAL_ADMIN).token();
        }
    }

    private static boolean leads(ServerProcess node) {
        return node.get("/chat/health", null).payload().get("cluster_leader").asBoolean();
    }

    private static boolean found(ServerProcess node, String token, String word) {
        return node.get("/chat/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8) + "&k=3",
                token).payload().get("hits").size() > 0;
    }

    static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + CATCH_UP.toSeconds() + " s: " + what);
            }
            Thread.sleep(250);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
