package ru.sppr.chat.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.api.ApiHarness.Response;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.Role;

/**
 * Only the owner asks and rates in a session: an administrator's question would be answered within the
 * administrator's clearance and land, confidential text and all, in the owner's history and report.
 */
class SessionOwnershipTest {
    ApiHarness api;
    String ivan;

    @BeforeEach
    void start() throws Exception {
        api = ApiHarness.start(Backend.H2, Map.of());
        ivan = api.token("ivan", Role.OPERATOR, Clearance.PUBLIC);
        String analyst = api.token("anna", Role.ANALYST, Clearance.SECRET);
        assertThat(api.upload(analyst, "secret.txt", "Лодочная переправа у Ключей: пароль дежурного кварц-17.", "confidential")
                .status()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void an_admin_may_read_but_not_ask_in_another_users_session() {
        long session = api.startSession(ivan, "переправа");

        Response byAdmin = api.post("/chat/sessions/" + session + "/ask", api.adminToken,
                "{\"user_message\": \"Что известно о переправе у Ключей?\"}");

        assertThat(byAdmin.status()).isEqualTo(403);
        assertThat(byAdmin.error()).contains("только её владелец");
        JsonNode history = api.get("/chat/sessions/" + session + "/history", ivan).payload().get("history");
        assertThat(history).isEmpty();
        assertThat(api.get("/chat/sessions/" + session + "/history", api.adminToken).status()).isEqualTo(200);
    }

    @Test
    void the_owners_answer_stays_within_the_owners_clearance_and_only_the_owner_rates_it() {
        long session = api.startSession(ivan, "переправа");
        Response own = api.post("/chat/sessions/" + session + "/ask", ivan, "{\"user_message\": \"Что известно о переправе у Ключей?\"}");
        long turn = own.payload().get("turn_id").asLong();

        Response rateByAdmin = api.post("/chat/feedback", api.adminToken, "{\"turn_id\": " + turn + ", \"score\": -1}");
        Response rateByOwner = api.post("/chat/feedback", ivan, "{\"turn_id\": " + turn + ", \"score\": 1}");

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.raw()).doesNotContain("кварц-17");
        assertThat(rateByAdmin.status()).isEqualTo(403);
        assertThat(rateByAdmin.error()).contains("только её владелец");
        assertThat(rateByOwner.status()).isEqualTo(200);
        assertThat(api.get("/chat/sessions/" + session + "/report", ivan).raw()).doesNotContain("кварц-17");
    }
}
