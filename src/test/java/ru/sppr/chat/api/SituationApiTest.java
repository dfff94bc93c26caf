package ru.sppr.chat.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.storage.OnEachBackend;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.Role;

/** Incidents and entities over REST: grouped at upload, with figures, within the reader's clearance, gone with their sources. */
@OnEachBackend
class SituationApiTest {
    private static final String NEWS = String.join("\n",
            "{\"id\": \"fire-1\", \"title\": \"Пожар на складе в Подольске\", \"date\": \"2024-08-14T07:00:00+00:00\", "
                    + "\"text\": \"В Подольске загорелся склад «Мега» на ул. Комсомольской. Площадь пожара 1400 кв. м, пострадали двое.\"}",
            "{\"id\": \"fire-2\", \"title\": \"Пожар в Подольске локализован\", \"date\": \"2024-08-14T11:30:00+00:00\", "
                    + "\"text\": \"Пожар на складе «Мега» в Подольске локализован. По уточнённым данным, пострадали три человека, один погиб.\"}",
            "{\"id\": \"fire-3\", \"title\": \"Пожар в Казани\", \"date\": \"2024-08-14T09:00:00+00:00\", "
                    + "\"text\": \"В Казани горит жилой дом на ул. Баумана, эвакуировано 40 человек.\"}");
    private static final String SECRET = "{\"id\": \"flood-x\", \"title\": \"Подтопление в Лесном районе\", "
            + "\"date\": \"2024-08-15T08:00:00+00:00\", \"text\": \"В Лесном районе подтоплено 12 домов в с. Сосновка.\"}";

    final Backend backend;
    ApiHarness api;
    String operator;

    SituationApiTest(Backend backend) {
        this.backend = backend;
    }

    @BeforeEach
    void start() throws IOException {
        api = ApiHarness.start(backend, Map.of());
        operator = api.token("operator", Role.OPERATOR, Clearance.INTERNAL);
        assertThat(api.upload(api.adminToken, "news.jsonl", NEWS, "internal").status()).isEqualTo(201);
        assertThat(api.upload(api.adminToken, "secret.jsonl", SECRET, "confidential").status()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    private List<JsonNode> incidents(String query, String token) {
        var r = api.get("/chat/incidents" + query, token);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        List<JsonNode> list = new ArrayList<>();
        r.payload().get("incidents").forEach(list::add);
        return list;
    }

    @Test
    void should_group_reports_of_one_fire_and_keep_another_citys_fire_apart() {
        var fires = incidents("?type=fire", operator);

        assertThat(fires).hasSize(2);
        JsonNode podolsk = fires.stream().filter(i -> i.get("title").asText().contains("Подольск")).findFirst().orElseThrow();
        assertThat(podolsk.get("report_count").asInt()).isEqualTo(2);
        assertThat(podolsk.get("type_label").asText()).isEqualTo("пожар");

        var card = api.get("/chat/incidents/" + podolsk.get("incident_id").asLong(), operator);
        assertThat(card.status()).isEqualTo(200);
        assertThat(card.payload().get("report_count").asInt()).isEqualTo(2);
        assertThat(card.payload().get("reports")).extracting(r -> r.get("source_id").asText()).containsExactly("fire-1", "fire-2");
        assertThat(card.payload().get("figures").toString()).contains("1400 кв. м", "погибших", "3 человека");
    }

    @Test
    void should_hide_what_only_sources_above_the_readers_clearance_say() {
        assertThat(incidents("", operator)).noneMatch(i -> i.toString().contains("Лесн") || i.toString().contains("Сосновк"));
        assertThat(api.get("/chat/entities?q=сосновк", operator).payload().get("entities")).isEmpty();
        assertThat(incidents("", api.adminToken)).anyMatch(i -> i.toString().contains("Сосновка"));
        assertThat(api.get("/chat/entities?q=сосновк", api.adminToken).payload().get("entities")).isNotEmpty();
    }

    @Test
    void should_show_an_entity_with_its_observations_over_time() {
        var found = api.get("/chat/entities?q=подольск", operator).payload().get("entities");
        assertThat(found).isNotEmpty();
        String id = found.get(0).get("entity_id").asText();

        var card = api.get("/chat/entities/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"), operator);

        assertThat(card.status()).as(card.raw()).isEqualTo(200);
        assertThat(card.payload().get("name").asText()).isEqualTo("Подольск");
    }

    @Test
    void should_refuse_an_unknown_type_naming_the_field_and_404_an_unknown_incident() {
        var bad = api.get("/chat/incidents?type=meteor", operator);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.payload().get("field").asText()).isEqualTo("type");
        assertThat(api.get("/chat/incidents/999999", operator).status()).isEqualTo(404);
    }

    @Test
    void should_group_reports_that_tell_of_two_related_events_once_each() {
        String azs = String.join("\n",
                "{\"id\": \"azs-1\", \"title\": \"Взрыв на АЗС в Махачкале\", \"date\": \"2024-09-27T12:00:00+00:00\", "
                        + "\"text\": \"В Махачкале на АЗС произошёл взрыв, после чего начался пожар. Пострадали 13 человек.\"}",
                "{\"id\": \"azs-2\", \"title\": \"Пожар на АЗС в Махачкале потушен\", \"date\": \"2024-09-27T14:00:00+00:00\", "
                        + "\"text\": \"Пожар после взрыва на АЗС в Махачкале потушен, погибли 4 человека.\"}");
        assertThat(api.upload(api.adminToken, "azs.jsonl", azs, "internal").status()).isEqualTo(201);

        var card = incidents("?place=махачкал", operator);

        assertThat(card).as("one incident, each report in it once").singleElement()
                .satisfies(i -> assertThat(i.get("report_count").asInt()).isEqualTo(2));
    }

    @Test
    void should_see_an_upload_and_a_removal_at_once_though_the_node_remembers_its_reads() {
        assertThat(api.get("/chat/entities?q=махачкал", operator).payload().get("entities")).isEmpty();
        assertThat(incidents("?place=махачкал", operator)).isEmpty();
        String azs = "{\"id\": \"azs-1\", \"title\": \"Взрыв на АЗС в Махачкале\", \"date\": \"2024-09-27T12:00:00+00:00\", "
                + "\"text\": \"В Махачкале на АЗС произошёл взрыв, после чего начался пожар. Пострадали 13 человек.\"}";

        assertThat(api.upload(api.adminToken, "azs.jsonl", azs, "internal").status()).isEqualTo(201);
        assertThat(api.get("/chat/entities?q=махачкал", operator).payload().get("entities")).isNotEmpty();
        assertThat(incidents("?place=махачкал", operator)).hasSize(1);

        assertThat(api.send("DELETE", "/chat/documents/azs-1", api.adminToken, null).status()).isEqualTo(200);
        assertThat(api.get("/chat/entities?q=махачкал", operator).payload().get("entities")).isEmpty();
        assertThat(incidents("?place=махачкал", operator)).isEmpty();
    }

    @Test
    void should_rebuild_the_same_model_from_the_knowledge_base() {
        var before = incidents("", api.adminToken).stream().map(i -> i.get("title").asText() + "/" + i.get("report_count").asInt()).sorted().toList();

        api.app.situation().rebuild();

        var after = incidents("", api.adminToken).stream().map(i -> i.get("title").asText() + "/" + i.get("report_count").asInt()).sorted().toList();
        assertThat(after).isEqualTo(before).isNotEmpty();
    }

    @Test
    void should_drop_an_incident_when_its_last_report_is_removed() {
        assertThat(api.send("DELETE", "/chat/documents/fire-3", api.adminToken, null).status()).isEqualTo(200);

        assertThat(incidents("?type=fire", operator)).hasSize(1).allMatch(i -> i.get("title").asText().contains("Подольск"));
    }

    @Test
    void should_tell_what_changed_since_a_moment_each_line_with_its_source() {
        var r = api.get("/chat/digest?since=2024-08-14T10:00:00Z", operator);

        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        var digest = r.payload();
        assertThat(digest.get("since").asText()).isEqualTo("2024-08-14T10:00:00Z");
        assertThat(digest.get("shift_start").asBoolean()).isFalse();
        assertThat(digest.get("new_incidents")).as("both fires were first reported before 10:00").isEmpty();
        List<String> changes = new ArrayList<>();
        digest.get("changes").forEach(c -> changes.add(c.get("label").asText() + ": "
                + (c.get("before").isNull() ? "" : c.get("before").get("value").asText() + " → ") + c.get("after").get("value").asText()
                + " [" + c.get("source_id").asText() + "]"));
        assertThat(changes).as(changes.toString()).anyMatch(c -> c.startsWith("пострадавших: ") && c.contains("→ 3 человека [fire-2]"));
        assertThat(changes).allMatch(c -> c.endsWith("[fire-2]"));
        assertThat(digest.toString()).doesNotContain("Лесн", "Сосновк");
    }

    @Test
    void should_list_new_incidents_and_read_the_service_zones_wall_time() {
        var r = api.get("/chat/digest?since=2024-08-14T09:30", operator);

        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.payload().get("since").asText()).as("09:30 МСК").isEqualTo("2024-08-14T06:30:00Z");
        List<String> fresh = new ArrayList<>();
        r.payload().get("new_incidents").forEach(i -> fresh.add(i.get("title").asText() + " [" + i.get("source_id").asText() + "]"));
        assertThat(fresh).anyMatch(t -> t.contains("Подольск") && t.endsWith("[fire-1]"))
                .anyMatch(t -> t.contains("Казан") && t.endsWith("[fire-3]"));
    }

    @Test
    void should_default_to_the_start_of_the_current_shift_and_export_markdown() {
        var r = api.get("/chat/digest", operator);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.payload().get("shift_start").asBoolean()).isTrue();
        var since = Instant.parse(r.payload().get("since").asText()).atZone(ZoneId.of("Europe/Moscow"));
        assertThat(since.getHour()).isIn(8, 20);
        assertThat(since.getMinute()).isZero();

        var md = api.get("/chat/digest?since=2024-08-14T10:00:00Z&format=markdown", operator);
        assertThat(md.status()).isEqualTo(200);
        assertThat(md.raw()).startsWith("# Что изменилось с 14.08.2024 13:00 МСК").contains("## Изменились показатели и состояния")
                .contains("[источник: Пожар в Подольске локализован, fire-2]");
    }

    @Test
    void should_link_an_answer_to_the_incident_its_sources_report_on() {
        long session = api.startSession(operator, "пожар");

        var r = api.post("/chat/sessions/" + session + "/ask", operator, "{\"user_message\": \"Сколько пострадавших при пожаре на складе в Подольске?\"}");

        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.payload().get("references")).isNotEmpty();
        var about = r.payload().get("about");
        assertThat(about.get("kind").asText()).isEqualTo("incident");
        assertThat(about.get("title").asText()).contains("Подольск");
        var card = api.get("/chat/incidents/" + about.get("id").asText(), operator);
        assertThat(card.status()).isEqualTo(200);
    }

    @Test
    void should_refuse_a_bad_moment_or_format_in_russian() {
        var bad = api.get("/chat/digest?since=вчера", operator);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.payload().get("field").asText()).isEqualTo("since");
        assertThat(bad.json().get("error").asText()).contains("время").doesNotContain("вчера", "Exception", "DateTime");
        var format = api.get("/chat/digest?format=pdf", operator);
        assertThat(format.status()).isEqualTo(400);
        assertThat(format.payload().get("field").asText()).isEqualTo("format");
    }
}
