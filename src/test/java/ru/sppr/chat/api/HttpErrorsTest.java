package ru.sppr.chat.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.storage.TestDatabases.Backend;

/** Errors of requests the server cannot parse are told in Russian, and a known address asked with another method is a 405. */
class HttpErrorsTest {
    ApiHarness api;

    @BeforeEach
    void start() throws Exception {
        api = ApiHarness.start(Backend.H2, Map.of());
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void should_tell_where_a_json_body_breaks_in_russian_not_in_jacksons_words() {
        long session = api.startSession(api.adminToken, "разбор");

        var broken = api.post("/chat/sessions/" + session + "/ask", api.adminToken, "{\"user_message\": нет}");
        var cut = api.post("/chat/sessions/" + session + "/ask", api.adminToken, "{\"user_message\": \"обрыв");
        var secondLine = api.post("/chat/sessions/" + session + "/ask", api.adminToken, "{\n  \"user_message\": ,\n}");

        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.error()).isEqualTo("Тело запроса — некорректный JSON (строка 1, символ 19)");
        assertThat(secondLine.error()).isEqualTo("Тело запроса — некорректный JSON (строка 2, символ 19)");
        assertThat(cut.status()).isEqualTo(400);
        assertThat(cut.error()).isEqualTo("Тело запроса — некорректный JSON (строка 1, символ 24)");
    }

    @Test
    void should_name_the_parameter_of_a_number_that_is_not_one_in_russian() {
        var limit = api.get("/chat/sessions/1/history?limit=abc", api.adminToken);
        var id = api.get("/chat/sessions/abc", api.adminToken);

        assertThat(limit.status()).isEqualTo(400);
        assertThat(limit.error()).as("the field it names, as written").isEqualTo("limit: должно быть целым числом");
        assertThat(limit.payload().get("field").asText()).isEqualTo("limit");
        assertThat(id.status()).isEqualTo(400);
        assertThat(id.error()).doesNotContainPattern("[A-Za-z]{3,}");
    }

    @Test
    void should_answer_405_in_the_envelope_for_a_known_address_asked_with_another_method() {
        var wrongMethod = api.send("DELETE", "/chat/sessions", api.adminToken, null);
        var unknownAddress = api.get("/chat/nothing-here", api.adminToken);

        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.error()).isEqualTo("Метод не поддерживается для этого адреса");
        assertThat(unknownAddress.status()).isEqualTo(404);
        assertThat(unknownAddress.error()).isEqualTo("Нет такого адреса");
    }

    @Test
    void should_name_the_methods_an_address_takes_in_the_allow_header_of_a_405() throws Exception {
        var client = HttpClient.newHttpClient();
        var sessions = client.send(HttpRequest.newBuilder(URI.create(api.base + "/chat/sessions"))
                .DELETE().header("Authorization", "Bearer " + api.adminToken).build(), HttpResponse.BodyHandlers.ofString());
        var ask = client.send(HttpRequest.newBuilder(URI.create(api.base + "/chat/sessions/1/ask"))
                .GET().header("Authorization", "Bearer " + api.adminToken).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(sessions.statusCode()).isEqualTo(405);
        assertThat(sessions.headers().firstValue("Allow")).hasValueSatisfying(allow ->
                assertThat(allow.split(", ")).contains("GET", "POST").doesNotContain("DELETE"));
        assertThat(ask.statusCode()).isEqualTo(405);
        assertThat(ask.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void should_give_a_reason_as_a_sentence_from_a_capital_letter() {
        long session = api.startSession(api.adminToken, "закроется");
        assertThat(api.post("/chat/sessions/" + session + "/close", api.adminToken, "{}").status()).isEqualTo(200);

        var closed = api.post("/chat/sessions/" + session + "/ask", api.adminToken, "{\"user_message\": \"уровень воды\"}");
        var unknown = api.get("/chat/sessions/987654", api.adminToken);

        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.error()).isEqualTo("Сессия " + session + " закрыта: новые вопросы не принимаются");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.error()).isEqualTo("Сессия 987654 не найдена");
    }
}
