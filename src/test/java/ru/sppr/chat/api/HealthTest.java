package ru.sppr.chat.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.api.ApiHarness.Response;
import ru.sppr.chat.storage.TestDatabases.Backend;

/** {@code /chat/health} reports the database, the index lag and the leader, and says 503 when the node cannot serve. */
class HealthTest {
    @Test
    void reports_database_index_and_leader_and_answers_503_when_the_database_is_gone() throws Exception {
        ApiHarness api = ApiHarness.start(Backend.H2, Map.of());
        try {
            Response up = api.get("/chat/health", null);
            assertThat(up.status()).isEqualTo(200);
            assertThat(up.payload().get("database_status").asText()).isEqualTo("up");
            assertThat(up.payload().get("index_lag").asLong()).isZero();
            assertThat(up.payload().get("situation_lag").asLong()).isZero();
            assertThat(up.payload().has("cluster_leader")).isTrue();
            assertThat(up.payload().get("timezone").asText()).isEqualTo("Europe/Moscow");

            api.closeApplication();
            Response down = api.get("/chat/health", null);

            assertThat(down.status()).isEqualTo(503);
            assertThat(down.json().get("ok").asBoolean()).isFalse();
            assertThat(down.error()).isEqualTo("База данных недоступна — узел не может обслуживать запросы");
            assertThat(down.payload().get("database_status").asText()).isEqualTo("down");
            assertThat(down.retryAfter()).isNotNull();
        } finally {
            api.close();
        }
    }
}
