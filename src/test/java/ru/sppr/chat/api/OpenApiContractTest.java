package ru.sppr.chat.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.api.ApiHarness.Response;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.Role;

/**
 * Real requests and their real responses checked against {@code /chat/openapi.json}: every request's route and method
 * are documented, its query parameters and body fields are documented ones (required ones present), the status it got
 * is among the route's documented responses, and every JSON answer fits the documented envelope schema.
 */
class OpenApiContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ApiHarness api;
    private static JsonNode document;

    @BeforeAll
    static void start() throws Exception {
        api = ApiHarness.start(Backend.H2, Map.of("CHAT_WARMUP_S", "0"));
        document = api.get("/chat/openapi.json", null).json();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void every_route_documents_its_statuses_bodies_and_parameters() {
        JsonNode paths = document.get("paths");
        JsonNode ask = paths.get("/chat/sessions/{id}/ask").get("post");
        assertThat(ask.get("requestBody").get("content").get("application/json").get("schema").get("required").toString())
                .contains("user_message");
        assertThat(fieldNames(ask.get("responses"))).contains("200", "400", "401", "403", "404", "409", "413", "429", "503");
        JsonNode search = paths.get("/chat/search").get("get");
        assertThat(search.get("parameters").toString()).contains("\"q\"").contains("\"k\"").contains("\"as_of\"");
        JsonNode upload = paths.get("/chat/documents").get("post");
        assertThat(upload.get("requestBody").get("content").has("multipart/form-data")).isTrue();
        assertThat(fieldNames(upload.get("responses"))).contains("201", "403", "409", "413");
        paths.properties().forEach(path -> path.getValue().properties().stream().filter(op -> List.of("post", "put", "patch", "delete").contains(op.getKey()))
                .forEach(op -> assertThat(fieldNames(op.getValue().get("responses"))).as(op.getKey() + " " + path.getKey())
                        .contains("413")));
        JsonNode digest = paths.get("/chat/digest").get("get");
        assertThat(digest.get("parameters").toString()).contains("\"since\"").contains("\"format\"");
        assertThat(fieldNames(digest.get("responses").get("200").get("content"))).contains("application/json", "text/markdown");
        assertThat(fieldNames(paths.get("/chat/sessions/{id}/report").get("get").get("responses").get("200").get("content")))
                .containsExactly("text/markdown");
        assertThat(paths.get("/chat/report").get("get").get("parameters").toString()).contains("\"limit\"");
        assertThat(fieldNames(paths.get("/chat/audit").get("get").get("responses"))).contains("403", "429");
        assertThat(fieldNames(paths.get("/chat/ready").get("get").get("responses"))).contains("200", "503");
        paths.properties().forEach(path -> path.getValue().properties().forEach(op ->
                assertThat(op.getValue().has("operationId")).as(path.getKey() + " " + op.getKey()).isTrue()));
    }

    @Test
    void real_requests_and_responses_match_the_document() {
        String analyst = api.token("analyst-contract", Role.ANALYST, Clearance.SECRET);
        String operator = api.token("operator-contract", Role.OPERATOR, Clearance.INTERNAL);
        var checks = new ArrayList<String>();

        check(checks, "GET", "/chat/health", null, null);
        check(checks, "GET", "/chat/ready", null, null);
        check(checks, "POST", "/chat/users", api.adminToken, "{\"username\": \"contract-user\", \"role\": \"operator\"}");
        check(checks, "POST", "/chat/users", operator, "{\"username\": \"x\"}");
        check(checks, "POST", "/chat/users", api.adminToken, "{\"role\": \"operator\"}");
        Response session = check(checks, "POST", "/chat/sessions", operator, "{\"title\": \"Проверка\"}");
        long id = session.payload().get("session_id").asLong();
        check(checks, "POST", "/chat/sessions/" + id + "/ask", operator, "{\"user_message\": \"Какой уровень воды?\"}");
        check(checks, "POST", "/chat/sessions/" + id + "/ask", analyst, "{\"user_message\": \"Чужая сессия\"}");
        check(checks, "POST", "/chat/sessions/" + id + "/ask", operator, "{\"user_message\": \"" + "я".repeat(70_000) + "\"}");
        check(checks, "POST", "/chat/sessions/" + id + "/ask", operator, "{\"user_message\": ");
        check(checks, "GET", "/chat/sessions/" + id + "/history?limit=10", operator, null);
        check(checks, "POST", "/chat/sessions/" + id + "/close", operator, null);
        check(checks, "POST", "/chat/sessions/" + id + "/ask", operator, "{\"user_message\": \"После закрытия\"}");
        check(checks, "GET", "/chat/sessions/999999", operator, null);
        check(checks, "GET", "/chat/search?q=%D1%83%D1%80%D0%BE%D0%B2%D0%B5%D0%BD%D1%8C&k=3", operator, null);
        check(checks, "GET", "/chat/search?q=%D1%83%D1%80%D0%BE%D0%B2%D0%B5%D0%BD%D1%8C", null, null);
        check(checks, "GET", "/chat/search?q=x&k=abc", operator, null);
        check(checks, "GET", "/chat/documents?limit=5", operator, null);
        check(checks, "GET", "/chat/audit?limit=5", operator, null);
        check(checks, "GET", "/chat/audit?limit=5", api.adminToken, null);
        check(checks, "GET", "/chat/users/me", operator, null);
        check(checks, "POST", "/chat/feedback", operator, "{\"turn_id\": 999999, \"score\": 1}");

        check(checks, "GET", "/chat/digest?since=2026-04-16T08:00", operator, null);
        check(checks, "GET", "/chat/digest?since=2026-04-16T08:00&format=markdown", operator, null);
        check(checks, "GET", "/chat/digest?format=pdf", operator, null);
        check(checks, "GET", "/chat/report?limit=5", api.adminToken, null);
        check(checks, "GET", "/chat/report?limit=0", api.adminToken, null);

        Response upload = api.upload(analyst, "contract.txt", "Уровень воды у моста 412 см.", "public");
        expectDocumented("POST", "/chat/documents", upload);
        Response again = api.upload(analyst, "contract-copy.txt", "Уровень воды у моста 412 см.", "public");
        assertThat(again.status()).as(again.raw()).isEqualTo(409);
        expectDocumented("POST", "/chat/documents", again);
        Response refused = api.upload(operator, "contract.txt", "текст", "public");
        expectDocumented("POST", "/chat/documents", refused);
        assertThat(checks).hasSizeGreaterThan(20);
    }

    private static Response check(List<String> checks, String method, String pathAndQuery, String token, String body) {
        Response response = api.send(method, pathAndQuery, token, body);
        JsonNode op = expectDocumented(method, pathAndQuery, response);
        int q = pathAndQuery.indexOf('?');
        if (q >= 0) {
            for (String pair : pathAndQuery.substring(q + 1).split("&")) {
                String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
                assertThat(op.path("parameters").toString()).as(method + " " + pathAndQuery + ": parameter " + name + " documented")
                        .contains("\"name\":\"" + name + "\"");
            }
        }
        if (body != null && response.status() < 400) {
            JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
            assertThat(schema.isMissingNode()).as(method + " " + pathAndQuery + ": body documented").isFalse();
            try {
                JsonNode sent = JSON.readTree(body);
                sent.fieldNames().forEachRemaining(f -> assertThat(schema.get("properties").has(f))
                        .as(method + " " + pathAndQuery + ": body field " + f + " documented").isTrue());
                schema.path("required").forEach(r -> assertThat(sent.has(r.asText())).isTrue());
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        checks.add(method + " " + pathAndQuery + " → " + response.status());
        return response;
    }

    /** The operation for the request, with its status documented and its JSON answer fitting the envelope. */
    private static JsonNode expectDocumented(String method, String pathAndQuery, Response response) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        JsonNode op = operation(method, path);
        assertThat(op).as(method + " " + path + " documented").isNotNull();
        assertThat(fieldNames(op.get("responses"))).as(method + " " + path + " answered " + response.status() + ": " + response.raw())
                .contains(Integer.toString(response.status()));
        if (response.json() != null) {
            JsonNode schema = document.get("components").get("schemas").get("Envelope");
            List<String> problems = new ArrayList<>();
            validate(schema, response.json(), "$", problems);
            assertThat(problems).as(method + " " + path + " " + response.raw()).isEmpty();
        }
        return op;
    }

    private static JsonNode operation(String method, String path) {
        String[] actual = path.split("/");
        for (Iterator<Map.Entry<String, JsonNode>> it = document.get("paths").properties().iterator(); it.hasNext(); ) {
            var entry = it.next();
            String[] template = entry.getKey().split("/");
            if (template.length != actual.length) {
                continue;
            }
            boolean matches = true;
            for (int i = 0; i < template.length && matches; i++) {
                matches = template[i].startsWith("{") || template[i].equals(actual[i]);
            }
            if (matches && entry.getValue().has(method.toLowerCase(Locale.ROOT))) {
                return entry.getValue().get(method.toLowerCase(Locale.ROOT));
            }
        }
        return null;
    }

    /** The subset of JSON Schema the document uses: type, nullable, required, properties, enum. */
    private static void validate(JsonNode schema, JsonNode value, String where, List<String> problems) {
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) {
                problems.add(where + ": null, but not nullable");
            }
            return;
        }
        String type = schema.path("type").asText("");
        boolean fits = switch (type) {
            case "object" -> value.isObject();
            case "boolean" -> value.isBoolean();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "array" -> value.isArray();
            default -> true;
        };
        if (!fits) {
            problems.add(where + ": expected " + type + ", got " + value.getNodeType());
            return;
        }
        schema.path("required").forEach(r -> {
            if (!value.has(r.asText())) {
                problems.add(where + ": missing " + r.asText());
            }
        });
        schema.path("properties").properties().forEach(p -> {
            if (value.has(p.getKey())) {
                validate(p.getValue(), value.get(p.getKey()), where + "." + p.getKey(), problems);
            }
        });
        if (schema.has("enum") && !schema.get("enum").toString().contains(value.toString())) {
            problems.add(where + ": " + value + " not in " + schema.get("enum"));
        }
        if ("string".equals(schema.path("format").asText()) || "date-time".equals(schema.path("format").asText())) {
            try {
                OffsetDateTime.parse(value.asText());
            } catch (DateTimeParseException e) {
                try {
                    Instant.parse(value.asText());
                } catch (DateTimeParseException again) {
                    problems.add(where + ": not a date-time: " + value.asText());
                }
            }
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        var names = new ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
