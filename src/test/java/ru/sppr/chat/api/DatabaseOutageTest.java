package ru.sppr.chat.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.storage.TestDatabases;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.Role;

/**
 * PostgreSQL stops for a while and starts again: meanwhile requests fail fast with 503 and a clear message; afterwards
 * the same running service answers again. Needs the commands that stop and start the test server
 * ({@code CHAT_TEST_PG_STOP}, {@code CHAT_TEST_PG_START}; {@code bin/test} provides them).
 */
class DatabaseOutageTest {
    private static final long FAIL_FAST_MS = 8_000;

    @Test
    void requests_fail_fast_while_the_database_is_away_and_work_again_when_it_is_back() throws Exception {
        String stop = System.getenv("CHAT_TEST_PG_STOP");
        String start = System.getenv("CHAT_TEST_PG_START");
        assumeTrue(stop != null && start != null, "CHAT_TEST_PG_STOP/START not set; bin/test provides them");
        try (var api = ApiHarness.start(TestDatabases.Backend.POSTGRES, Map.of())) {
            String token = api.token("operator", Role.OPERATOR, Clearance.INTERNAL);
            long session = api.startSession(token, "до остановки");
            shell(stop);
            try {
                for (String path : new String[] {"/chat/sessions/" + session + "/history", "/chat/sessions"}) {
                    long t0 = System.nanoTime();
                    var response = path.endsWith("history") ? api.get(path, token)
                            : api.post(path, token, "{\"title\": \"во время остановки\"}");
                    long millis = (System.nanoTime() - t0) / 1_000_000;
                    assertThat(response.status()).as(response.raw()).isEqualTo(503);
                    assertThat(response.error()).containsIgnoringCase("баз");
                    assertThat(response.retryAfter()).isNotNull();
                    assertThat(millis).as("fails fast").isLessThan(FAIL_FAST_MS);
                }
                var health = api.get("/chat/health", null);
                assertThat(health.status()).as(health.raw()).isEqualTo(503);
                assertThat(health.payload().get("database_status").asText()).isEqualTo("down");
            } finally {
                shell(start);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            ApiHarness.Response ask;
            do {
                Thread.sleep(500);
                ask = api.post("/chat/sessions/" + session + "/ask", token, "{\"user_message\": \"Привет\"}");
            } while (ask.status() != 200 && System.nanoTime() < deadline);
            assertThat(ask.status()).as("recovers by itself, no restart: " + ask.raw()).isEqualTo(200);
            assertThat(api.get("/chat/sessions/" + session + "/history", token).payload().get("history")).hasSize(2);
        }
    }

    private static void shell(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", command).inheritIO().start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(command).isTrue();
        assertThat(process.exitValue()).as(command).isZero();
    }
}
