package ru.sppr.chat.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.api.ApiHarness.Response;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.Role;

/**
 * {@code /chat/ready} is 503 with a Russian reason until the node has warmed itself up, then 200; the warm-up asks
 * and searches through the real code but writes nothing: no session, turn or audit record appears, the node's
 * telemetry counts no question, and its throwaway file is gone (also one a killed node left behind).
 */
class ReadyTest {
    @Test
    void is_503_while_warming_up_then_200_and_the_warm_up_leaves_no_trace() throws Exception {
        try (ApiHarness api = ApiHarness.start(Backend.H2, Map.of("CHAT_WARMUP_S", "2"))) {
            String analyst = api.token("analyst", Role.ANALYST, Clearance.SECRET);
            assertThat(api.upload(analyst, "svodka.txt",
                    "Сводка на 08:00 10 апреля. Уровень воды на гидропосте Ключи 512 см, мост закрыт.", "public").status())
                    .isEqualTo(201);

            assertThat(api.get("/chat/ready", null).status()).as("a node that does not warm up is ready").isEqualTo(200);
            String auditBefore = api.get("/chat/audit?limit=500", api.adminToken).payload().toString();
            String sessionsBefore = api.get("/chat/sessions", api.adminToken).payload().toString();
            Path leftByKilledNode = Files.createDirectories(api.app.dataDir().resolve("warm-up-123"));
            Files.writeString(leftByKilledNode.resolve("chat.mv.db"), "остаток");

            var warmUp = CompletableFuture.runAsync(api.app::train);
            Response warming = api.get("/chat/ready", null);
            for (int i = 0; i < 100 && warming.status() == 200; i++) {
                Thread.sleep(20);
                warming = api.get("/chat/ready", null);
            }
            assertThat(warming.status()).isEqualTo(503);
            assertThat(warming.error()).contains("не готов").contains("разогревается");
            assertThat(warming.retryAfter()).isNotNull();
            assertThat(warming.payload().get("status").asText()).isEqualTo("not_ready");
            assertThat(api.get("/chat/health", null).status()).as("a warming node is alive").isEqualTo(200);
            warmUp.get(60, TimeUnit.SECONDS);

            Response ready = api.get("/chat/ready", null);
            assertThat(ready.status()).isEqualTo(200);
            assertThat(ready.payload().get("status").asText()).isEqualTo("ready");
            assertThat(ready.payload().get("warmup_s").asDouble()).isPositive();
            assertThat(api.get("/chat/audit?limit=500", api.adminToken).payload().toString()).isEqualTo(auditBefore);
            assertThat(api.get("/chat/sessions", api.adminToken).payload().toString()).isEqualTo(sessionsBefore);
            assertThat(api.get("/chat/telemetry", api.adminToken).payload().path("telemetry").path("values")
                    .path("asks_total").asDouble()).isZero();
            try (var files = Files.list(api.app.dataDir())) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.startsWith("warm-up-"));
            }
        }
    }

    @Test
    void a_node_without_warm_up_is_ready_at_once() throws Exception {
        try (ApiHarness api = ApiHarness.start(Backend.H2, Map.of("CHAT_WARMUP_S", "0"))) {
            api.app.train();
            assertThat(api.get("/chat/ready", null).status()).isEqualTo(200);
        }
    }
}
