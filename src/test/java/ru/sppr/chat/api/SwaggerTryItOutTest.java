package ru.sppr.chat.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.Role;

/**
 * Swagger UI's "Try it out" for ask, search and upload, done the way Swagger UI does it: the server from the
 * document ({@code servers}, or the document's own origin without them), the bearer token where the operation's
 * security asks for it, the media type's {@code example} as the body or else the body Swagger generates from the
 * schema (every property: example, default, first enum value, else a placeholder by type), required query parameters
 * from their examples, a multipart form with the file and the form fields that have a default. Each request gets the
 * documented success status.
 */
class SwaggerTryItOutTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    ApiHarness api;
    String analyst;
    JsonNode document;
    URI server;

    @BeforeEach
    void start() throws Exception {
        api = ApiHarness.start(Backend.H2, Map.of("CHAT_WARMUP_S", "0"));
        analyst = api.token("anna", Role.ANALYST, Clearance.INTERNAL);
        URI documentUri = URI.create("http://127.0.0.1:" + api.http.port() + "/chat/openapi.json");
        document = JSON.readTree(client.send(HttpRequest.newBuilder(documentUri).build(), HttpResponse.BodyHandlers.ofString()).body());
        JsonNode servers = document.path("servers");
        server = documentUri.resolve(servers.isArray() && !servers.isEmpty() ? servers.get(0).get("url").asText() : "/");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void upload_search_and_ask_work_as_swagger_sends_them() throws Exception {
        var upload = send("post", "/chat/documents", Map.of());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);

        var search = send("get", "/chat/search", Map.of());
        assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
        assertThat(JSON.readTree(search.body()).get("payload").get("hits")).as("the example query finds the uploaded file").isNotEmpty();

        var session = send("post", "/chat/sessions", Map.of());
        assertThat(session.statusCode()).as(session.body()).isEqualTo(201);
        String id = JSON.readTree(session.body()).get("payload").get("session_id").asText();
        var ask = send("post", "/chat/sessions/{id}/ask", Map.of("id", id));
        assertThat(ask.statusCode()).as(ask.body()).isEqualTo(200);
        assertThat(JSON.readTree(ask.body()).get("payload").get("response").asText()).isNotBlank();
    }

    /** The request Swagger UI builds for an operation; the user fills only the path parameters. */
    private HttpResponse<String> send(String method, String path, Map<String, String> pathParams) throws Exception {
        JsonNode op = document.get("paths").get(path).get(method);
        String target = path;
        var query = new StringJoiner("&");
        for (JsonNode p : op.path("parameters")) {
            String name = p.get("name").asText();
            switch (p.get("in").asText()) {
                case "path" -> target = target.replace("{" + name + "}", pathParams.get(name));
                case "query" -> {
                    if (p.path("required").asBoolean()) {
                        JsonNode value = p.has("example") ? p.get("example") : sample(p.get("schema"));
                        query.add(name + "=" + URLEncoder.encode(value.asText(), StandardCharsets.UTF_8));
                    }
                }
                default -> throw new AssertionError("unexpected parameter " + p);
            }
        }
        URI uri = server.resolve(target.substring(1) + (query.length() == 0 ? "" : "?" + query));
        var request = HttpRequest.newBuilder(uri);
        if (op.has("security") && document.at("/components/securitySchemes/bearer/scheme").asText().equals("bearer")) {
            request.header("Authorization", "Bearer " + analyst);
        }
        JsonNode content = op.path("requestBody").path("content");
        if (content.has("application/json")) {
            JsonNode media = content.get("application/json");
            JsonNode body = media.has("example") ? media.get("example") : sample(media.get("schema"));
            request.header("Content-Type", "application/json")
                    .method(method.toUpperCase(), HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else if (content.has("multipart/form-data")) {
            String boundary = "----SwaggerBoundary" + System.nanoTime();
            request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .method(method.toUpperCase(), HttpRequest.BodyPublishers.ofByteArray(
                            form(content.get("multipart/form-data").get("schema"), boundary)));
        } else {
            request.method(method.toUpperCase(), HttpRequest.BodyPublishers.noBody());
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The form Swagger UI sends: a chosen file for each binary field, and the fields that show a value (default, enum). */
    private static byte[] form(JsonNode schema, String boundary) throws IOException {
        var body = new ByteArrayOutputStream();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.get("properties").fields(); it.hasNext(); ) {
            var field = it.next();
            JsonNode s = field.getValue();
            boolean file = s.path("format").asText().equals("binary") || s.path("items").path("format").asText().equals("binary");
            if (file) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                        + "\"; filename=\"svodka.txt\"\r\nContent-Type: text/plain\r\n\r\n"
                        + "Сводка: уровень воды у моста Заречье 512 см, переправа закрыта.\r\n").getBytes(StandardCharsets.UTF_8));
            } else if (s.has("default") || s.has("enum") || s.has("example")) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                        + sample(s).asText() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** Swagger UI's sample of a schema: example, default, first enum value, else a placeholder by type and format. */
    static JsonNode sample(JsonNode schema) {
        var f = JsonNodeFactory.instance;
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("default")) {
            return schema.get("default");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        return switch (schema.path("type").asText("object")) {
            case "object" -> {
                ObjectNode object = f.objectNode();
                schema.path("properties").fields().forEachRemaining(e -> object.set(e.getKey(), sample(e.getValue())));
                yield object;
            }
            case "array" -> {
                ArrayNode array = f.arrayNode();
                array.add(sample(schema.path("items")));
                yield array;
            }
            case "integer", "number" -> f.numberNode(0);
            case "boolean" -> f.booleanNode(true);
            default -> switch (schema.path("format").asText()) {
                case "date-time" -> f.textNode("2026-04-10T08:00:00.000Z");
                case "date" -> f.textNode("2026-04-10");
                default -> f.textNode("string");
            };
        };
    }
}
