package ru.sppr.chat.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.Role;

/**
 * On the demo base: an answer links the card of what it is about — the object or place, and the incident it used; its
 * citations name the type of their sources; the board leads an incident with the figures of its kind.
 */
class AnswerLinksApiTest {
    static ApiHarness api;
    static String operator;

    @BeforeAll
    static void start() throws IOException {
        api = ApiHarness.onDemoBase(Clock.systemUTC());
        operator = api.token("operator", Role.OPERATOR, Clearance.INTERNAL);
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    private JsonNode ask(String question) {
        long session = api.startSession(operator, "ссылки");
        var r = api.post("/chat/sessions/" + session + "/ask", operator, "{\"user_message\": \"" + question + "\"}");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.payload();
    }

    private static JsonNode link(JsonNode answer, String kind) {
        for (JsonNode link : answer.get("links")) {
            if (link.get("kind").asText().equals(kind)) {
                return link;
            }
        }
        throw new AssertionError("нет ссылки " + kind + ": " + answer);
    }

    private JsonNode card(JsonNode link) {
        String path = link.get("kind").asText().equals("entity") ? "/chat/entities/" : "/chat/incidents/";
        var r = api.get(path + java.net.URLEncoder.encode(link.get("id").asText(), java.nio.charset.StandardCharsets.UTF_8), operator);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.payload();
    }

    @Test
    void should_link_the_gauge_card_of_an_answer_about_its_level() {
        JsonNode answer = ask("Какой уровень воды на ГП Ключи?");

        assertThat(answer.get("response").asText()).contains("ГП Ключи");
        JsonNode gauge = link(answer, "entity");
        assertThat(answer.get("links").get(0)).isEqualTo(gauge);
        assertThat(gauge.get("title").asText()).isEqualTo("ГП Ключи");
        assertThat(card(gauge).toString()).contains("ГП Ключи");
    }

    @Test
    void should_link_the_shelter_card_and_an_incident_its_sources_report_on() {
        JsonNode answer = ask("в пвр 3 сколько сейчас людей");

        assertThat(answer.get("response").asText()).contains("ПВР № 3");
        JsonNode shelter = link(answer, "entity");
        assertThat(shelter.get("title").asText()).isEqualTo("ПВР № 3");
        assertThat(card(shelter).toString()).contains("ПВР № 3");
        JsonNode incident = link(answer, "incident");
        assertThat(answer.get("about")).isEqualTo(incident);
        JsonNode used = card(incident);
        assertThat(used.get("reports").findValuesAsText("source_id"))
                .containsAnyElementsOf(answer.get("references").findValuesAsText("source_id"));
        assertThat(used.get("entities").findValuesAsText("entity_id")).contains(shelter.get("id").asText());
    }

    @Test
    void should_link_the_very_incident_a_summary_is_made_of_not_one_overlapping_it() {
        for (String question : List.of("Подготовь сводку по эвакуации", "Подготовь сводку по наводнению")) {
            JsonNode answer = ask(question);

            String told = answer.get("response").asText();
            assertThat(told).as(question).startsWith("## Сводка: ");
            String title = told.substring("## Сводка: ".length(), told.indexOf("\n"));
            assertThat(link(answer, "incident").get("title").asText()).as(question).isEqualTo(title);
        }
    }

    @Test
    void should_link_the_settlement_an_answer_is_about_and_keep_it_on_a_follow_up() {
        long session = api.startSession(operator, "Нижние Ключи");
        var first = api.post("/chat/sessions/" + session + "/ask", operator, "{\"user_message\": \"Сколько человек эвакуировано из Нижних Ключей?\"}");
        var follow = api.post("/chat/sessions/" + session + "/ask", operator, "{\"user_message\": \"а на 12 апреля?\"}");

        assertThat(link(first.payload(), "entity").get("title").asText()).isEqualTo("Нижние Ключи");
        assertThat(link(follow.payload(), "entity").get("title").asText()).isEqualTo("Нижние Ключи");
    }

    @Test
    void should_give_the_links_back_with_the_answer_in_history() {
        long session = api.startSession(operator, "история");
        var asked = api.post("/chat/sessions/" + session + "/ask", operator, "{\"user_message\": \"в пвр 3 скока щас народу\"}");
        assertThat(asked.status()).as(asked.raw()).isEqualTo(200);
        JsonNode links = asked.payload().get("links");
        assertThat(links).hasSize(2);

        var history = api.get("/chat/sessions/" + session + "/history", operator);

        assertThat(history.status()).as(history.raw()).isEqualTo(200);
        JsonNode turns = history.payload().get("history");
        assertThat(turns.get(1).get("links")).isEqualTo(links);
        assertThat(turns.get(1).get("about")).isEqualTo(link(asked.payload(), "incident"));
        assertThat(turns.get(0).get("links")).as("вопрос").isEmpty();
    }

    @Test
    void should_link_an_incident_whose_card_shows_the_shelter_count_the_answer_gives() {
        JsonNode answer = ask("в пвр 3 скока щас народу");

        String told = answer.get("response").asText();
        var count = java.util.regex.Pattern.compile("(\\d+) человек").matcher(told);
        assertThat(count.find()).as(told).isTrue();
        JsonNode used = card(link(answer, "incident"));
        List<String> shown = new java.util.ArrayList<>();
        for (JsonNode figure : used.get("figures")) {
            if (figure.get("entity_id").asText().equals("object:пвр:3") && figure.get("attribute").asText().equals("sheltered")) {
                shown.addAll(figure.get("values").findValuesAsText("value"));
            }
        }
        assertThat(shown).as("в карточке происшествия — число в ПВР № 3 из ответа: " + told).contains(count.group(1) + " человек");
    }

    @Test
    void should_link_the_evacuation_for_the_people_evacuated_when_the_flood_reports_them_too() {
        JsonNode answer = ask("Сколько человек эвакуировано из Нижних Ключей?");

        assertThat(link(answer, "entity").get("title").asText()).isEqualTo("Нижние Ключи");
        assertThat(link(answer, "incident").get("title").asText()).startsWith("Эвакуация");
    }

    @Test
    void should_link_the_incident_a_timeline_is_made_of() {
        JsonNode answer = ask("Хронология эвакуации");

        String told = answer.get("response").asText();
        assertThat(told).as(told).startsWith("Хронология — ");
        String title = told.substring("Хронология — ".length(), told.indexOf(":\n"));
        assertThat(link(answer, "incident").get("title").asText()).isEqualTo(title);
    }

    @Test
    void should_link_no_card_to_a_definition() {
        JsonNode answer = ask("Что означает ПВР?");

        assertThat(answer.get("response").asText()).containsIgnoringCase("пункт временного размещения");
        assertThat(answer.get("links")).isEmpty();
        assertThat(answer.get("about").isNull()).isTrue();
    }

    @Test
    void should_link_nothing_when_the_answer_is_that_the_base_lacks_it() {
        JsonNode answer = ask("уровень воды на ГП Дубровка");

        assertThat(answer.get("references")).isEmpty();
        assertThat(answer.get("links")).isEmpty();
        assertThat(answer.get("about").isNull()).isTrue();
    }
    @Test
    void should_give_each_citation_of_a_model_answer_the_type_of_its_source() {
        JsonNode answer = ask("Хронология уровня воды на ГП Ключи");

        JsonNode references = answer.get("references");
        assertThat(references).as(answer.toString()).isNotEmpty();
        List<String> types = new java.util.ArrayList<>();
        for (JsonNode ref : references) {
            var source = api.get("/chat/documents/" + ref.get("source_id").asText(), operator);
            assertThat(source.status()).as(source.raw()).isEqualTo(200);
            assertThat(ref.get("type").asText()).as(ref.get("title").asText()).isEqualTo(source.payload().get("source").get("type").asText());
            types.add(ref.get("type").asText());
        }
        assertThat(types).as("гидропосты — таблица и журнал событий, не только документы").containsAnyOf("table", "events");
    }

    @Test
    void should_lead_the_evacuation_on_the_board_with_the_evacuated_not_water_levels() {
        var r = api.get("/chat/incidents?type=evacuation", operator);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        JsonNode evacuation = null;
        for (JsonNode i : r.payload().get("incidents")) {
            if (evacuation == null && i.get("title").asText().startsWith("Эвакуация — Нижние Ключи")) {
                evacuation = i;
            }
        }
        assertThat(evacuation).as(r.raw()).isNotNull();
        List<String> attributes = evacuation.get("key_figures").findValuesAsText("attribute");

        assertThat(attributes).as(evacuation.toString()).isNotEmpty();
        assertThat(attributes.getFirst()).as(evacuation.toString()).isEqualTo("evacuated");
        int firstOther = java.util.stream.IntStream.range(0, attributes.size())
                .filter(i -> !List.of("evacuated", "sheltered", "with_relatives", "refused", "deaths", "injured", "hospitalized", "missing")
                        .contains(attributes.get(i)))
                .findFirst().orElse(attributes.size());
        assertThat(attributes.subList(firstOther, attributes.size())).as("после показателей эвакуации — остальные: " + attributes)
                .noneMatch(a -> List.of("evacuated", "sheltered", "with_relatives", "refused").contains(a));
    }
    @Test
    void should_lead_the_flood_on_the_board_with_a_gauges_water_level_then_the_flooded_houses() {
        var r = api.get("/chat/incidents?type=flood", operator);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        JsonNode flood = r.payload().get("incidents").get(0);
        JsonNode figures = flood.get("key_figures");

        assertThat(figures.get(0).get("attribute").asText()).as(flood.toString()).isEqualTo("water_level");
        assertThat(figures.get(0).get("entity_id").asText()).as("уровень гидропоста, а не области: " + flood).startsWith("object:гидропост:");
        assertThat(figures.get(1).get("attribute").asText()).as(flood.toString()).isEqualTo("flooded_houses");
    }
}
