package ru.sppr.chat.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.Role;

/**
 * Failed tokens are counted per credential and per address; a valid token is never refused for someone else's
 * failures; the forwarded client address counts only when the request comes from a configured proxy.
 */
class LockoutTest {
    final HttpClient client = HttpClient.newHttpClient();
    ApiHarness api;

    @AfterEach
    void stop() {
        api.close();
    }

    int get(String token, String forwardedFor) throws Exception {
        return get(api.http.port(), token, forwardedFor);
    }

    int get(int port, String token, String forwardedFor) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/chat/sessions"))
                .header("Authorization", "Bearer " + token);
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void a_guessing_address_is_refused_but_a_valid_token_from_it_keeps_working() throws Exception {
        api = ApiHarness.start(Backend.H2, Map.of());
        String valid = api.token("ivan", Role.OPERATOR, Clearance.INTERNAL);
        for (int i = 0; i < LoginFailures.PER_ADDRESS_PER_MINUTE; i++) {
            assertThat(get("sppr_guess" + i, null)).isEqualTo(401);
        }

        assertThat(get("sppr_guess-more", null)).isEqualTo(429);
        assertThat(get(valid, null)).isEqualTo(200);
    }

    @Test
    void two_nodes_on_one_database_share_the_counters() throws Exception {
        api = ApiHarness.start(Backend.H2, Map.of());
        var second = Api.create(api.app.services()).start("127.0.0.1", 0);
        try {
            for (int i = 0; i < LoginFailures.PER_ADDRESS_PER_MINUTE; i++) {
                int port = i % 2 == 0 ? api.http.port() : second.port();
                assertThat(get(port, "sppr_guess" + i, null)).isEqualTo(401);
            }
            assertThat(get(second.port(), "sppr_guess-more", null)).isEqualTo(429);
            assertThat(get(api.http.port(), "sppr_guess-again", null)).isEqualTo(429);
        } finally {
            second.stop();
        }
    }

    @Test
    void a_forged_forwarded_address_from_a_direct_client_changes_nothing() throws Exception {
        api = ApiHarness.start(Backend.H2, Map.of());
        for (int i = 0; i < LoginFailures.PER_ADDRESS_PER_MINUTE; i++) {
            assertThat(get("sppr_guess" + i, "10.0.0." + i)).isEqualTo(401);
        }
        assertThat(get("sppr_guess-more", "10.9.9.9")).isEqualTo(429);
    }

    @Test
    void behind_a_configured_proxy_each_client_address_counts_on_its_own() throws Exception {
        api = ApiHarness.start(Backend.H2, Map.of("CHAT_TRUSTED_PROXIES", "127.0.0.1"));
        String valid = api.token("ivan", Role.OPERATOR, Clearance.INTERNAL);
        for (int i = 0; i < LoginFailures.PER_ADDRESS_PER_MINUTE; i++) {
            assertThat(get("sppr_guess" + i, "10.0.0.1")).isEqualTo(401);
        }

        assertThat(get("sppr_guess-more", "10.0.0.1")).isEqualTo(429);
        assertThat(get("sppr_other", "10.0.0.2")).isEqualTo(401);
        assertThat(get(valid, "10.0.0.1")).isEqualTo(200);
    }

    @Test
    void the_same_wrong_credential_is_refused_after_a_few_tries_from_any_address() throws Exception {
        api = ApiHarness.start(Backend.H2, Map.of("CHAT_TRUSTED_PROXIES", "127.0.0.1"));
        for (int i = 0; i < LoginFailures.PER_CREDENTIAL_PER_MINUTE; i++) {
            assertThat(get("sppr_same", "10.0.1." + i)).isEqualTo(401);
        }
        assertThat(get("sppr_same", "10.0.2.1")).isEqualTo(429);
    }
}
