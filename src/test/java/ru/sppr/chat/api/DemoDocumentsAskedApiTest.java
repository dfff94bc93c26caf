package ru.sppr.chat.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.Role;

/**
 * On the demo base, operator questions as typed: one naming a document by its kind («по плану», «по постановлению 214»,
 * «по памятке») is answered from that document, and a follow-up from the document the question before named.
 */
class DemoDocumentsAskedApiTest {
    /** When the questions are asked: the evening the demo base ends, 21:00 МСК 16.04.2026, as `eval dialogue` asks them. */
    static final Instant ASKED = Instant.parse("2026-04-16T18:00:00Z");
    static ApiHarness api;
    static String operator;

    @BeforeAll
    static void start() throws IOException {
        api = ApiHarness.onDemoBase(Clock.fixed(ASKED, ZoneOffset.UTC));
        operator = api.token("operator", Role.OPERATOR, Clearance.INTERNAL);
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    private String said(long session, String question) {
        return api.answer(operator, session, question);
    }

    @Test
    void should_answer_from_the_plan_or_resolution_the_question_names() {
        String plan = said(api.startSession(operator, "план"), "подьезд к нижним ключам по плану при каком уровне заливает");
        String zone = said(api.startSession(operator, "постановление"), "зона чс по постановлению 214 какие территории захватывает");

        assertThat(plan).contains("630 см");
        assertThat(zone).contains("Ключевского и Ольховского сельских поселений");
    }

    @Test
    void should_answer_a_figure_asked_as_of_a_morning_from_that_mornings_report_not_an_older_one() {
        String answer = said(api.startSession(operator, "дамба"), "запас до гребня дамбы утром 12 апреля какой был");

        assertThat(answer).startsWith("Запас до гребня дамбы — 47 см.");
    }

    @Test
    void should_digest_a_warning_or_an_extract_asked_by_its_kind_not_a_document_sharing_more_words_with_the_question() {
        String warning = said(api.startSession(operator, "предупреждение"), "штормовое предупреждение цгмс № 12 — коротко чё там");
        String extract = said(api.startSession(operator, "план"), "выписку из плана по эвакуации нижних ключей кратко");

        assertThat(warning).startsWith("«ШТОРМОВОЕ ПРЕДУПРЕЖДЕНИЕ № 12 об опасном гидрологическом явлении (СЕВЕРСКИЙ ЦГМС")
                .contains("р. Сосна — с. Ключи: 670–700 см").doesNotContain("Волкова Н.А.");
        assertThat(extract).startsWith("«Выписка из Плана действий").contains("650 см");
    }

    @Test
    void should_digest_a_report_form_by_each_of_its_fields() {
        String report = said(api.startSession(operator, "донесение"), "донесение в цукс 10го в 13:00 — коротко чё там");

        assertThat(report).contains("Вид ЧС: опасное гидрологическое явление", "336 человек", "Силы и средства: 112 человек",
                "дизельная электростанция 60 кВт");
        assertThat(report.lines().filter(line -> line.startsWith("- ")))
                .as("a field cut short ends at a clause, not inside a bracket or after a comma")
                .noneMatch(line -> line.matches(".*(?:\\([^)]*|,)….*"));
    }

    @Test
    void should_answer_from_the_plan_whatever_place_it_is_of_and_keep_it_on_a_follow_up() {
        long session = api.startSession(operator, "план");

        String seats = said(session, "по плану эвакуации нижних ключей пазики по скока мест");
        String trips = said(session, "а рейсов скока каждый делает");

        assertThat(seats).contains("по 40 мест").doesNotContain("нет сведений");
        assertThat(trips).contains("2 рейса каждый");
    }

    @Test
    void should_answer_a_follow_up_from_the_memo_the_question_before_named() {
        long session = api.startSession(operator, "памятка");

        said(session, "по памятке при эвакуации дома чё отключать надо");
        String windows = said(session, "а с окнами чё делать");

        assertThat(windows).contains("Закройте окна").doesNotContain("нет сведений");
    }

    @Test
    void should_answer_a_follow_up_asked_with_a_verb_the_base_never_says_from_the_memo_named_before() {
        long session = api.startSession(operator, "памятка");

        said(session, "по памятке после спада воды сразу в дом заходить можно?");
        String damage = said(session, "а ущерб как оформлять");

        assertThat(damage).contains("Зафиксируйте ущерб").doesNotContain("нет сведений");
    }
}
