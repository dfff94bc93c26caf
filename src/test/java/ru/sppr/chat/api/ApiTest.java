package ru.sppr.chat.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.api.ApiHarness.Response;
import ru.sppr.chat.storage.OnEachBackend;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.Role;

@OnEachBackend
class ApiTest {
    final Backend backend;
    ApiHarness api;
    String ivan;
    String petr;

    ApiTest(Backend backend) {
        this.backend = backend;
    }

    @BeforeEach
    void start() throws Exception {
        api = ApiHarness.start(backend, Map.of("CHAT_SESSION_MAX_TURNS", "3"));
        ivan = api.token("ivan", Role.OPERATOR, Clearance.INTERNAL);
        petr = api.token("petr", Role.OPERATOR, Clearance.INTERNAL);
    }

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void should_answer_health_without_a_token_and_refuse_everything_else_without_one() {
        Response health = api.get("/chat/health", null);
        Response noToken = api.get("/chat/sessions", null);
        Response badToken = api.get("/chat/sessions", "sppr_not-a-real-token");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("ok").asBoolean()).isTrue();
        assertThat(health.json().has("timestamp")).isTrue();
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.json().get("ok").asBoolean()).isFalse();
        assertThat(noToken.error()).contains("Bearer");
        assertThat(badToken.status()).isEqualTo(401);
        assertThat(api.get("/metrics", null).status()).isEqualTo(401);
    }

    @Test
    void should_let_only_an_admin_register_users() {
        String body = "{\"username\": \"anna\", \"role\": \"analyst\", \"clearance\": \"confidential\"}";

        assertThat(api.post("/chat/users", ivan, body).status()).isEqualTo(403);
        Response created = api.post("/chat/users", api.adminToken, body);
        Response again = api.post("/chat/users", api.adminToken, body);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.payload().get("user_id").asLong()).isPositive();
        assertThat(created.payload().get("role").asText()).isEqualTo("analyst");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.payload().get("created").asBoolean()).isFalse();
        assertThat(api.post("/chat/users", api.adminToken, "{\"role\": \"boss\", \"username\": \"x\"}").payload().get("field").asText())
                .isEqualTo("role");
        assertThat(api.post("/chat/users", api.adminToken, "{}").payload().get("field").asText()).isEqualTo("username");
    }

    @Test
    void should_issue_a_working_token_and_revoke_it() {
        long annaId = api.post("/chat/users", api.adminToken, "{\"username\": \"anna\"}").payload().get("user_id").asLong();

        Response issued = api.post("/chat/users/" + annaId + "/tokens", api.adminToken, null);
        String token = issued.payload().get("token").asText();
        assertThat(issued.status()).isEqualTo(201);
        assertThat(api.get("/chat/users/me", token).payload().get("username").asText()).isEqualTo("anna");
        assertThat(api.post("/chat/users/" + annaId + "/tokens", ivan, null).status()).isEqualTo(403);

        assertThat(api.post("/chat/tokens/revoke", api.adminToken, "{\"token\": \"" + token + "\"}").payload().get("revoked").asBoolean()).isTrue();
        assertThat(api.get("/chat/users/me", token).status()).isEqualTo(401);
    }

    @Test
    void should_hold_a_conversation_with_the_prototype_payload_fields() {
        long session = api.startSession(ivan, "Паводок");

        Response ask = api.post("/chat/sessions/" + session + "/ask", ivan, "{\"user_message\": \"Какой уровень воды у моста?\"}");
        Response history = api.get("/chat/sessions/" + session + "/history", ivan);

        assertThat(ask.status()).isEqualTo(200);
        JsonNode answer = ask.payload();
        assertThat(answer.fieldNames()).toIterable().contains("turn_id", "response", "confidence", "references", "intent", "suggestions");
        assertThat(answer.get("response").asText()).startsWith("В базе знаний нет сведений");
        assertThat(answer.get("confidence").asDouble()).isZero();
        assertThat(answer.get("references")).isEmpty();
        assertThat(answer.get("intent").get("intent").asText()).isEqualTo("general_query");
        JsonNode turns = history.payload().get("history");
        assertThat(turns).hasSize(2);
        assertThat(turns.get(0).fieldNames()).toIterable().contains("position", "role", "content", "confidence", "created_at");
        assertThat(turns.get(0).get("content").asText()).isEqualTo("Какой уровень воды у моста?");
        assertThat(turns.get(1).get("turn_id").asLong()).isEqualTo(answer.get("turn_id").asLong());
        assertThat(history.payload().has("suggestions")).isTrue();
        Response report = api.get("/chat/sessions/" + session + "/report", ivan);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.raw()).startsWith("# Отчёт по сессии «Паводок»").contains("Какой уровень воды у моста?");
        assertThat(api.get("/chat/sessions/" + session + "/report", petr).status()).isEqualTo(404);
        Response mine = api.get("/chat/sessions", ivan);
        assertThat(mine.payload().get("sessions").get(0).get("turn_count").asInt()).isEqualTo(2);
    }

    @Test
    void should_number_turns_1_to_40_when_20_questions_arrive_at_once() throws Exception {
        ApiHarness roomy = ApiHarness.start(backend, Map.of());
        try (roomy; var pool = Executors.newFixedThreadPool(20)) {
            String token = roomy.token("olga", Role.OPERATOR, Clearance.INTERNAL);
            long session = roomy.startSession(token, "одновременно");
            var statuses = IntStream.range(0, 20)
                    .mapToObj(i -> pool.submit(() -> roomy.post("/chat/sessions/" + session + "/ask", token,
                            "{\"user_message\": \"вопрос " + i + "\"}").status()))
                    .toList();
            for (var status : statuses) {
                assertThat(status.get()).isEqualTo(200);
            }

            JsonNode history = roomy.get("/chat/sessions/" + session + "/history?limit=100", token).payload().get("history");
            assertThat(history).hasSize(40);
            for (int i = 0; i < 40; i++) {
                assertThat(history.get(i).get("position").asInt()).isEqualTo(i + 1);
            }
        }
    }

    @Test
    void should_stream_an_answer_as_server_sent_events_ending_with_the_full_payload() {
        long session = api.startSession(ivan, "поток");

        Response stream = api.post("/chat/sessions/" + session + "/ask?stream=true", ivan, "{\"user_message\": \"Привет!\"}");
        Response closed = api.post("/chat/sessions/999999/ask?stream=true", ivan, "{\"user_message\": \"?\"}");

        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.raw()).startsWith("event: sentence\ndata: {").contains("\n\nevent: done\ndata: {\"ok\":true");
        assertThat(stream.raw()).contains("\"turn_id\"").contains("\"intent\"").contains("\"suggestions\"");
        assertThat(closed.status()).isEqualTo(404);
        assertThat(api.get("/chat/sessions/" + session + "/history", ivan).payload().get("history")).hasSize(2);
    }

    @Test
    void should_hide_other_users_sessions_but_show_them_to_an_admin() {
        long session = api.startSession(ivan, "личная");
        api.post("/chat/sessions/" + session + "/ask", ivan, "{\"user_message\": \"вопрос\"}");

        assertThat(api.get("/chat/sessions/" + session + "/history", petr).status()).isEqualTo(404);
        assertThat(api.post("/chat/sessions/" + session + "/ask", petr, "{\"user_message\": \"чужой\"}").status()).isEqualTo(404);
        assertThat(api.post("/chat/sessions/" + session + "/close", petr, null).status()).isEqualTo(404);
        assertThat(api.get("/chat/sessions", petr).payload().get("sessions")).isEmpty();
        assertThat(api.get("/chat/sessions/" + session + "/history", api.adminToken).status()).isEqualTo(200);
        assertThat(api.get("/chat/sessions/" + session + "/history", ivan).payload().get("history")).hasSize(2);
    }

    @Test
    void should_take_the_owner_from_the_token_and_accept_a_seed_user_id_only_when_it_matches() {
        long ivanId = api.get("/chat/users/me", ivan).payload().get("user_id").asLong();
        long petrId = api.get("/chat/users/me", petr).payload().get("user_id").asLong();

        Response own = api.post("/chat/sessions", ivan, "{\"user_id\": " + ivanId + ", \"title\": \"моя\"}");
        Response foreign = api.post("/chat/sessions", ivan, "{\"user_id\": " + petrId + ", \"title\": \"чужая\"}");
        Response byAdmin = api.post("/chat/sessions", api.adminToken, "{\"user_id\": " + petrId + ", \"title\": \"для Петра\"}");

        assertThat(own.status()).isEqualTo(201);
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.payload().get("field").asText()).isEqualTo("user_id");
        assertThat(byAdmin.payload().get("user_id").asLong()).isEqualTo(petrId);
    }

    @Test
    void should_refuse_questions_in_unknown_closed_or_full_sessions_and_write_nothing() {
        long closed = api.startSession(ivan, "закрыта");
        api.post("/chat/sessions/" + closed + "/close", ivan, null);
        long full = api.startSession(ivan, "полная");
        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/chat/sessions/" + full + "/ask", ivan, "{\"user_message\": \"вопрос " + i + "\"}").status()).isEqualTo(200);
        }

        Response unknown = api.post("/chat/sessions/987654/ask", ivan, "{\"user_message\": \"?\"}");
        Response inClosed = api.post("/chat/sessions/" + closed + "/ask", ivan, "{\"user_message\": \"?\"}");
        Response overLimit = api.post("/chat/sessions/" + full + "/ask", ivan, "{\"user_message\": \"четвёртый\"}");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(inClosed.status()).isEqualTo(409);
        assertThat(overLimit.status()).isEqualTo(409);
        assertThat(overLimit.error()).contains("предел");
        assertThat(api.get("/chat/sessions/" + closed + "/history", ivan).payload().get("history")).isEmpty();
        assertThat(api.get("/chat/sessions/" + full + "/history", ivan).payload().get("history")).hasSize(6);
    }

    @Test
    void should_reject_bad_input_with_a_clear_400_or_413_and_change_nothing() {
        long session = api.startSession(ivan, "ввод");
        String ask = "/chat/sessions/" + session + "/ask";

        assertBadRequest(api.post(ask, ivan, "{\"user_message\": "), null);
        assertBadRequest(api.post(ask, ivan, "[1, 2]"), null);
        assertBadRequest(api.post(ask, ivan, "{\"user_message\": 42}"), "user_message");
        assertBadRequest(api.post(ask, ivan, "{\"user_message\": \"   \"}"), "user_message");
        assertBadRequest(api.post(ask, ivan, "{}"), "user_message");
        assertBadRequest(api.post(ask, ivan, "{\"user_message\": \"" + "я".repeat(4001) + "\"}"), "user_message");
        assertBadRequest(api.sendBytes("POST", ask, ivan, new byte[] {'{', '"', 'u', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}), null);
        assertBadRequest(api.post("/chat/sessions/abc/ask", ivan, "{\"user_message\": \"x\"}"), "id");
        assertBadRequest(api.get("/chat/sessions/" + session + "/history?limit=0", ivan), "limit");
        assertBadRequest(api.get("/chat/sessions/" + session + "/history?before=x", ivan), "before");
        Response tooBig = api.post(ask, ivan, "{\"user_message\": \"" + "a".repeat(70_000) + "\"}");

        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.json().get("ok").asBoolean()).isFalse();
        assertThat(api.get("/chat/sessions/" + session + "/history", ivan).payload().get("history")).isEmpty();
    }

    @Test
    void should_validate_feedback_and_keep_one_per_user_and_turn() {
        long session = api.startSession(ivan, "оценки");
        JsonNode answer = api.post("/chat/sessions/" + session + "/ask", ivan, "{\"user_message\": \"вопрос\"}").payload();
        long turn = answer.get("turn_id").asLong();
        long question = answer.get("question_turn_id").asLong();

        assertBadRequest(api.post("/chat/feedback", ivan, "{\"turn_id\": " + turn + ", \"score\": 7}"), "score");
        assertBadRequest(api.post("/chat/feedback", ivan, "{\"turn_id\": " + turn + ", \"score\": \"good\"}"), "score");
        assertBadRequest(api.post("/chat/feedback", ivan, "{\"score\": 1}"), "turn_id");
        assertBadRequest(api.post("/chat/feedback", ivan, "{\"turn_id\": " + question + ", \"score\": 1}"), "turn_id");
        assertBadRequest(api.post("/chat/feedback", ivan, "{\"turn_id\": " + turn + ", \"score\": 1, \"comment\": \"" + "x".repeat(2001) + "\"}"), "comment");
        assertThat(api.post("/chat/feedback", petr, "{\"turn_id\": " + turn + ", \"score\": 1}").status()).isEqualTo(404);

        Response first = api.post("/chat/feedback", ivan, "{\"turn_id\": " + turn + ", \"score\": -1, \"comment\": \"не то\"}");
        Response second = api.post("/chat/feedback", ivan, "{\"turn_id\": " + turn + ", \"score\": 4}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.payload().get("replaced").asBoolean()).isFalse();
        assertThat(second.payload().get("replaced").asBoolean()).isTrue();
        assertThat(second.payload().get("scale").asText()).isEqualTo("stars");
    }

    @Test
    void should_show_the_audit_trail_to_admins_only_with_filters() {
        long session = api.startSession(ivan, "аудит");
        api.post("/chat/sessions/" + session + "/ask", ivan, "{\"user_message\": \"вопрос\"}");

        Response forbidden = api.get("/chat/audit", ivan);
        Response asked = api.get("/chat/audit?session_id=" + session + "&event_type=question_asked", api.adminToken);
        Response wrongType = api.get("/chat/audit?event_type=nonsense", api.adminToken);

        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(asked.payload().get("events")).hasSize(1);
        assertThat(asked.payload().get("events").get(0).get("type").asText()).isEqualTo("question_asked");
        assertBadRequest(wrongType, "event_type");
    }

    @Test
    void should_serve_monitoring_endpoints_to_admins() {
        long session = api.startSession(ivan, "метрики");
        api.post("/chat/sessions/" + session + "/ask", ivan, "{\"user_message\": \"вопрос\"}");
        api.get("/chat/sessions/" + session, null);

        Response watchdog = api.get("/chat/watchdog", api.adminToken);
        Response telemetry = api.get("/chat/telemetry", api.adminToken);
        Response report = api.get("/chat/report", api.adminToken);
        Response metrics = api.get("/metrics", api.adminToken);

        assertThat(watchdog.payload().get("audit_chain").get("intact").asBoolean()).isTrue();
        assertThat(watchdog.payload().get("unanswered_questions").asLong()).isZero();
        assertThat(telemetry.payload().get("telemetry").get("values").get("asks_total").asDouble()).isEqualTo(1.0);
        assertThat(report.status()).isEqualTo(200);
        assertThat(metrics.raw()).contains("chat_asks_total").contains("chat_asks_running 0.0")
                .contains("chat_asks_waiting 0.0")
                .contains("http_server_requests_seconds_count{method=\"POST\",status=\"200\",uri=\"/chat/sessions/{id}/ask\"} 1")
                .contains("http_server_requests_seconds_count{method=\"GET\",status=\"401\",uri=\"/chat/sessions/{id}\"} 1");
        assertThat(api.get("/chat/watchdog", ivan).status()).isEqualTo(403);
    }

    @Test
    void should_let_analysts_upload_and_everyone_search_within_their_clearance() {
        String analyst = api.token("anna", Role.ANALYST, Clearance.SECRET);
        String guest = api.token("gost", Role.GUEST, Clearance.PUBLIC);

        assertThat(api.upload(ivan, "x.txt", "Переправа закрыта.", "internal").status()).isEqualTo(403);
        Response open = api.upload(analyst, "open.txt", "Лодочная переправа у Ключей работает с 12:00.", "public");
        Response secret = api.upload(analyst, "secret.txt", "Лодочная переправа: список дежурных с телефонами.", "confidential");
        assertThat(open.status()).isEqualTo(201);
        assertThat(secret.status()).isEqualTo(201);

        JsonNode guestHits = api.get("/chat/search?q=" + enc("лодочная переправа"), guest).payload().get("hits");
        JsonNode analystHits = api.get("/chat/search?q=" + enc("лодочная переправа") + "&k=5", analyst).payload().get("hits");
        assertThat(guestHits).hasSize(1);
        assertThat(guestHits.get(0).get("snippet").asText()).contains("12:00");
        assertThat(analystHits).hasSize(2);
        assertThat(api.get("/chat/documents", guest).payload().get("sources")).hasSize(1);
        String secretId = analystHits.findValues("source_id").stream().map(JsonNode::asText)
                .filter(id -> !id.equals(guestHits.get(0).get("source_id").asText())).findFirst().orElseThrow();
        assertThat(api.get("/chat/documents/" + secretId, guest).status()).isEqualTo(404);
        assertThat(api.get("/chat/documents/" + secretId, analyst).payload().get("fragments")).hasSize(1);
        assertThat(api.get("/chat/documents/" + secretId + "/original", analyst).raw()).isEqualTo("Лодочная переправа: список дежурных с телефонами.");
        assertThat(api.get("/chat/documents/" + secretId + "/original", guest).status()).isEqualTo(404);
        String clearedOperator = api.token("oleg", Role.OPERATOR, Clearance.SECRET);
        assertThat(api.send("DELETE", "/chat/documents/" + secretId, ivan, null).status()).isEqualTo(404);
        assertThat(api.send("DELETE", "/chat/documents/" + secretId, clearedOperator, null).status()).isEqualTo(403);
        assertThat(api.send("DELETE", "/chat/documents/" + secretId, analyst, null).status()).isEqualTo(200);
        assertThat(api.get("/chat/search?q=" + enc("лодочная переправа"), analyst).payload().get("hits")).hasSize(1);
        assertBadRequest(api.get("/chat/search?q=", analyst), "q");
        assertBadRequest(api.get("/chat/search?q=x&k=1000", analyst), "k");
    }

    @Test
    void should_take_the_days_of_source_filters_in_the_service_zone_as_the_console_sends_them() {
        String analyst = api.token("dana", Role.ANALYST, Clearance.SECRET);
        String records = String.join("\n",
                "{\"id\": \"n-1\", \"title\": \"Ночное донесение\", \"date\": \"2026-04-15T22:30:00+00:00\", \"text\": \"Ночью у моста Заречье тихо.\"}",
                "{\"id\": \"n-2\", \"title\": \"Вечернее донесение\", \"date\": \"2026-04-15T20:00:00+00:00\", \"text\": \"Вечером у моста Заречье тихо.\"}");
        assertThat(api.upload(analyst, "nights.jsonl", records, "internal").status()).isEqualTo(201);

        // 01:30 16.04 and 23:00 15.04 in Moscow: only the first is on 16.04 there
        JsonNode listed = api.get("/chat/documents?from=2026-04-16T00:00&to=2026-04-16T23:59", analyst).payload().get("sources");
        JsonNode found = api.get("/chat/search?q=" + enc("мост Заречье") + "&from=2026-04-16T00:00&to=2026-04-16T23:59", analyst)
                .payload().get("hits");

        assertThat(listed.findValuesAsText("title")).containsExactly("Ночное донесение");
        assertThat(found.findValuesAsText("title")).containsExactly("Ночное донесение");
        assertThat(api.get("/chat/documents?from=2026-04-15T20:00:00Z", analyst).payload().get("sources").findValuesAsText("title"))
                .as("мгновение с поясом — как раньше").contains("Ночное донесение", "Вечернее донесение");
        assertBadRequest(api.get("/chat/documents?from=16.04.2026", analyst), "from");
    }

    @Test
    void should_take_as_of_and_audit_times_without_an_offset_in_the_service_zone_too() {
        String analyst = api.token("dana", Role.ANALYST, Clearance.SECRET);
        String admin = api.token("root", Role.ADMIN, Clearance.SECRET);
        String records = String.join("\n",
                "{\"id\": \"n-1\", \"title\": \"Ночное донесение\", \"date\": \"2026-04-15T22:30:00+00:00\", \"text\": \"Ночью у моста Заречье тихо.\"}",
                "{\"id\": \"n-2\", \"title\": \"Вечернее донесение\", \"date\": \"2026-04-15T20:00:00+00:00\", \"text\": \"Вечером у моста Заречье тихо.\"}");
        assertThat(api.upload(analyst, "nights.jsonl", records, "internal").status()).isEqualTo(201);

        // 00:30 16.04 in Moscow is 21:30 UTC on 15.04: the night report (22:30 UTC) was not yet known then
        JsonNode moscow = api.get("/chat/search?q=" + enc("мост Заречье") + "&as_of=2026-04-16T00:30", analyst).payload().get("hits");
        JsonNode utc = api.get("/chat/search?q=" + enc("мост Заречье") + "&as_of=2026-04-16T00:30:00Z", analyst).payload().get("hits");

        assertThat(moscow.findValuesAsText("title")).containsExactly("Вечернее донесение");
        assertThat(utc.findValuesAsText("title")).containsExactlyInAnyOrder("Ночное донесение", "Вечернее донесение");
        assertBadRequest(api.get("/chat/search?q=x&as_of=16.04.2026", analyst), "as_of");
        assertThat(api.get("/chat/audit?from=2026-04-16T08:00&to=2026-04-16T20:00", admin).status()).isEqualTo(200);
        assertBadRequest(api.get("/chat/audit?from=вчера", admin), "from");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void should_limit_requests_per_user_and_slow_down_an_address_sending_bad_tokens() throws Exception {
        try (ApiHarness limited = ApiHarness.start(backend, Map.of("CHAT_RATE_LIMIT_PER_MIN", "5"))) {
            String token = limited.token("olga", Role.OPERATOR, Clearance.INTERNAL);
            for (int i = 0; i < 5; i++) {
                assertThat(limited.get("/chat/sessions", token).status()).isEqualTo(200);
            }
            Response refused = limited.get("/chat/sessions", token);
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.retryAfter()).isNotNull();
            assertThat(refused.error()).startsWith("Слишком много запросов — повторите через ");

            for (int i = 0; i < 20; i++) {
                assertThat(limited.get("/chat/sessions", "sppr_bad" + i).status()).isEqualTo(401);
            }
            assertThat(limited.get("/chat/sessions", "sppr_bad-again").status()).isEqualTo(429);
            assertThat(limited.get("/chat/health", null).status()).isEqualTo(200);
        }
    }

    @Test
    void should_refuse_an_ask_that_waits_too_long_for_its_turn_and_record_nothing() throws Exception {
        try (ApiHarness busy = ApiHarness.start(backend, Map.of("CHAT_ASK_CONCURRENCY", "1", "CHAT_ASK_WAIT_S", "1"));
             var pool = Executors.newSingleThreadExecutor()) {
            String token = busy.token("olga", Role.OPERATOR, Clearance.INTERNAL);
            long session = busy.startSession(token, "очередь");
            var started = new CountDownLatch(1);
            var release = new CountDownLatch(1);
            var occupant = pool.submit(() -> busy.app.services().admission().admit(() -> {
                started.countDown();
                return awaitQuietly(release);
            }));
            started.await();

            Response refused = busy.post("/chat/sessions/" + session + "/ask", token, "{\"user_message\": \"Какой уровень воды?\"}");
            release.countDown();
            occupant.get();
            Response later = busy.post("/chat/sessions/" + session + "/ask", token, "{\"user_message\": \"Какой уровень воды?\"}");

            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.retryAfter()).isNotNull();
            assertThat(refused.error()).contains("перегружен");
            assertThat(later.status()).isEqualTo(200);
            JsonNode history = busy.get("/chat/sessions/" + session + "/history", token).payload().get("history");
            assertThat(history).hasSize(2);
        }
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void should_answer_503_while_the_database_is_unavailable() throws Exception {
        ApiHarness broken = ApiHarness.start(backend, Map.of());
        String token = broken.token("olga", Role.OPERATOR, Clearance.INTERNAL);
        broken.closeApplication();
        try {
            Response r = broken.get("/chat/sessions", token);

            assertThat(r.status()).isEqualTo(503);
            assertThat(r.error()).isEqualTo("База данных временно недоступна — повторите запрос позже");
            assertThat(r.retryAfter()).isEqualTo("5");
        } finally {
            broken.close();
        }
    }

    @Test
    void should_answer_unknown_paths_with_a_404_envelope() {
        Response r = api.get("/chat/nothing-here", ivan);

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("ok").asBoolean()).isFalse();
    }

    @Test
    void should_document_every_served_route_in_openapi() {
        JsonNode paths = api.get("/chat/openapi.json", null).json().get("paths");
        Set<String> served = api.http.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(e -> e.endpoint.method.isHttpMethod())
                .map(e -> e.endpoint.method.name().toLowerCase() + " " + e.endpoint.path)
                .collect(Collectors.toSet());

        assertThat(served).isNotEmpty().allSatisfy(route -> {
            String[] parts = route.split(" ");
            assertThat(paths.has(parts[1])).as(route).isTrue();
            assertThat(paths.get(parts[1]).has(parts[0])).as(route).isTrue();
        });
        assertThat(api.get("/chat/docs", null).raw()).contains("swagger-ui");
    }

    static void assertBadRequest(Response r, String field) {
        assertThat(r.status()).as(r.raw()).isEqualTo(400);
        assertThat(r.json().get("ok").asBoolean()).isFalse();
        assertThat(r.error()).isNotBlank();
        if (field != null) {
            assertThat(r.payload().get("field").asText()).isEqualTo(field);
        }
    }
}
