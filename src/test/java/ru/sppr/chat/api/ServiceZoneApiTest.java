package ru.sppr.chat.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.storage.DatabaseSettings;
import ru.sppr.chat.storage.TestDatabases;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.Role;

/**
 * A service outside Moscow ({@code CHAT_TIMEZONE=Asia/Yekaterinburg}) shows every time in its zone and labels it «UTC+5»:
 * the events of a log written in Moscow time that answers quote, the session report, the handover export.
 */
class ServiceZoneApiTest {
    private static final String LOG = String.join("\n",
            "{\"time\": \"2026-04-09T17:30:00+03:00\", \"type\": \"переправа\", \"location\": \"низководный мост у с. Ключи\", "
                    + "\"text\": \"Движение автотранспорта по низководному мосту у с. Ключи закрыто.\"}",
            "{\"time\": \"2026-04-16T14:00:00+03:00\", \"type\": \"переправа\", \"location\": \"низководный мост у с. Ключи\", "
                    + "\"text\": \"Движение по низководному мосту у с. Ключи открыто.\"}");

    private final DatabaseSettings database = TestDatabases.settings(Backend.H2);
    private ApiHarness api;
    private String operator;

    @BeforeEach
    void start() throws IOException {
        api = ApiHarness.start(database, Map.of("CHAT_TIMEZONE", "Asia/Yekaterinburg"));
        operator = api.token("operator", Role.OPERATOR, Clearance.INTERNAL);
        assertThat(api.upload(api.adminToken, "events.jsonl", LOG, "internal").status()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    private String ask(long session, String question) {
        return api.answer(operator, session, question);
    }

    @Test
    void should_quote_a_logged_event_with_its_time_in_the_service_zone_labelled() {
        long session = api.startSession(operator, "мост");

        String answer = ask(session, "Когда закрыли мост у Ключей?");

        assertThat(answer).contains("19:30 09.04.2026 UTC+5 — переправа, низководный мост у с. Ключи")
                .doesNotContain("17:30");
        assertThat(api.get("/chat/search?q=" + URLEncoder.encode("мост закрыто", StandardCharsets.UTF_8),
                operator).payload().get("hits").get(0).get("snippet").asText()).startsWith("19:30 09.04.2026 UTC+5 — ");
    }

    @Test
    void should_label_an_event_stored_before_labels_where_it_is_found_and_shown() throws SQLException {
        try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("UPDATE kb_fragments SET text = REGEXP_REPLACE(text, '^19:30 09\\.04\\.2026 UTC\\+5 — ', "
                    + "'17:30 09.04.2026 — ')")).as("the event as the log's time was written before, unlabelled").isPositive();
        }
        assertThat(api.post("/chat/reindex", api.adminToken, "{}").status()).isEqualTo(200);

        var hit = api.get("/chat/search?q=" + URLEncoder.encode("мост закрыто", StandardCharsets.UTF_8), operator).payload()
                .get("hits").get(0);
        String source = api.get("/chat/documents/" + hit.get("source_id").asText(), operator).raw();

        assertThat(hit.get("snippet").asText()).startsWith("19:30 09.04.2026 UTC+5 — переправа");
        assertThat(source).contains("19:30 09.04.2026 UTC+5 — переправа").doesNotContain("17:30");
        assertThat(ask(api.startSession(operator, "мост"), "Когда закрыли мост у Ключей?")).as("quoted in an answer")
                .contains("«19:30 09.04.2026 UTC+5 — переправа").doesNotContain("17:30");
    }

    @Test
    void should_label_the_times_of_the_session_report() {
        long session = api.startSession(operator, "мост");
        ask(session, "Когда закрыли мост у Ключей?");

        String report = api.get("/chat/sessions/" + session + "/report", operator).raw();

        assertThat(report).containsPattern("начата \\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d UTC\\+5,")
                .contains(", 09.04.2026 19:30 UTC+5 (");
    }

    @Test
    void should_name_the_zone_of_the_handover_export_by_its_offset_not_its_id() {
        var md = api.get("/chat/digest?since=2026-04-09T10:00:00Z&format=markdown", operator);

        assertThat(md.status()).isEqualTo(200);
        assertThat(md.raw()).startsWith("# Что изменилось с 09.04.2026 15:00 UTC+5").doesNotContain("Asia/Yekaterinburg");
    }
}
