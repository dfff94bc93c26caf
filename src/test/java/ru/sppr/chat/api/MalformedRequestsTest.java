package ru.sppr.chat.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.api.ApiHarness.Response;
import ru.sppr.chat.audit.AuditQuery;
import ru.sppr.chat.audit.AuditRecord;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.Role;

/**
 * Thousands of generated malformed requests against every documented route: wrong types, missing and extra
 * fields, huge numbers, odd Unicode, invalid UTF-8, injection attempts, out-of-range path parameters. Never a
 * 5xx, always the envelope with a message, and a rejected request changes nothing (the audit trail is where
 * every change leaves a record).
 */
class MalformedRequestsTest {
    static final int REQUESTS = 2500;
    static final List<String> VALUES = List.of("null", "true", "-1", "0", "1", "99999999999999999999999999", "1e308", "-0.5",
            "\"\"", "\"   \"", "\"x\"", "[]", "{}", "[1,2,3]", "{\"a\":{\"b\":[]}}", "\"\\u0000\\u202e\\ud83d\\ude00\"",
            "\"' OR 1=1; DROP TABLE chat_users; --\"", "\"title:x OR *:* AND \\\"unbalanced\"", "\"" + "я".repeat(5000) + "\"",
            "\"<script>alert(1)</script>\"", "\"../../etc/passwd\"", "\"secret\"", "\"admin\"", "\"thumbs\"");
    static final List<String> FIELDS = List.of("user_message", "title", "user_id", "username", "role", "clearance",
            "display_name", "turn_id", "score", "scale", "comment", "token", "extra", "", "\u0000");
    static final List<String> PATH_IDS = List.of("0", "-1", "abc", "99999999999999999999", "%00", "..%2F..", "1e3", "%F0%9F%98%80", "1");

    ApiHarness api;
    String admin;
    String operator;

    @BeforeEach
    void start() throws Exception {
        api = ApiHarness.start(Backend.H2, Map.of("CHAT_RATE_LIMIT_PER_MIN", "1000000"));
        admin = api.adminToken;
        operator = api.token("ivan", Role.OPERATOR, Clearance.INTERNAL);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void should_never_answer_5xx_always_use_the_envelope_and_change_nothing_when_rejecting() {
        var random = new Random(20261124);
        List<String[]> routes = routes();
        int rejected = 0;
        for (int i = 0; i < REQUESTS; i++) {
            String[] route = routes.get(random.nextInt(routes.size()));
            String path = route[1].replaceAll("\\{[a-z_]+}", PATH_IDS.get(random.nextInt(PATH_IDS.size())));
            if (random.nextInt(4) == 0) {
                path += "?limit=" + URLEncoder.encode(VALUES.get(random.nextInt(VALUES.size())), StandardCharsets.UTF_8)
                        + "&before=" + PATH_IDS.get(random.nextInt(PATH_IDS.size())) + "&q=" + PATH_IDS.get(random.nextInt(PATH_IDS.size()));
            }
            long auditBefore = auditCount();
            String shown = route[0] + " " + (path.length() > 200 ? path.substring(0, 200) + "…" : path);
            byte[] body = body(random);
            Response r;
            try {
                r = api.sendBytes(route[0], path, random.nextBoolean() ? operator : admin, body);
            } catch (UncheckedIOException e) {
                throw new AssertionError("no response to " + shown + " with body "
                        + (body == null ? "none" : new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8)), e);
            }

            assertThat(r.status()).as(shown).isLessThan(500);
            if (r.status() >= 400) {
                rejected++;
                assertThat(r.json()).as("%s → %s", shown, r.raw().length() > 300 ? r.raw().substring(0, 300) : r.raw()).isNotNull();
                assertThat(r.json().get("ok").asBoolean()).isFalse();
                assertThat(r.json().get("error").asText()).isNotBlank();
                assertThat(auditCount()).as("%s changed state while rejecting", shown).isEqualTo(auditBefore);
            }
        }
        assertThat(rejected).isGreaterThan(REQUESTS / 2);
    }

    List<String[]> routes() {
        List<String[]> routes = new ArrayList<>();
        JsonNode paths = api.get("/chat/openapi.json", null).json().get("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            var path = it.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase();
                if (!path.getKey().equals("/metrics") && !path.getKey().startsWith("/chat/docs")) {
                    routes.add(new String[] {method, path.getKey()});
                }
            }
        }
        return routes;
    }

    static byte[] body(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> new byte[] {'{', '"', 'x', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
            case 2 -> "{\"user_message\": ".getBytes(StandardCharsets.UTF_8);
            case 3 -> VALUES.get(random.nextInt(VALUES.size())).getBytes(StandardCharsets.UTF_8);
            default -> {
                var json = new StringBuilder("{");
                int fields = 1 + random.nextInt(4);
                for (int f = 0; f < fields; f++) {
                    json.append(f == 0 ? "" : ",").append('"').append(FIELDS.get(random.nextInt(FIELDS.size())).replace("\u0000", "\\u0000"))
                            .append("\":").append(VALUES.get(random.nextInt(VALUES.size())));
                }
                yield json.append('}').toString().getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    long auditCount() {
        return api.app.services().audit().find(new AuditQuery(null, null, null, null, null, null, 1),
                Caller.LOCAL_ADMIN).stream().mapToLong(AuditRecord::seq).findFirst().orElse(0);
    }
}
