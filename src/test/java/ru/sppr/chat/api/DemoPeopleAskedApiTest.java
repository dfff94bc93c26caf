package ru.sppr.chat.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.Role;

/**
 * On the demo base, what a person did or was charged with, asked as typed on shift: the sentences of the decisions,
 * protocols and reports naming them, in time order — not the figures of the village their documents name.
 */
class DemoPeopleAskedApiTest {
    static ApiHarness api;
    static String operator;

    @BeforeAll
    static void start() throws IOException {
        api = ApiHarness.onDemoBase(Clock.fixed(DemoDocumentsAskedApiTest.ASKED, ZoneOffset.UTC));
        operator = api.token("operator", Role.OPERATOR, Clearance.INTERNAL);
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    private String said(String question) {
        return api.answer(operator, api.startSession(operator, "кто что делал"), question);
    }

    @Test
    void should_list_what_a_person_was_charged_with_in_time_order() {
        String laptev = said("лаптеву за половодье чё поручали, по порядку");

        assertThat(laptev).contains("Хронология — Лаптев");
        int boats = laptev.indexOf("привести в готовность плавсредства");
        int generator = laptev.indexOf("ДЭС 60 кВт");
        int crossing = laptev.indexOf("свернуть лодочную переправу");
        assertThat(boats).isPositive();
        assertThat(generator).isGreaterThan(boats);
        assertThat(crossing).isGreaterThan(generator);
        assertThat(said("лаптев из 27 пч за половодье чё делал по порядку")).as("the person, not the fire station he heads")
                .startsWith("Хронология — Лаптев").contains("свернуть лодочную переправу");
    }

    @Test
    void should_tell_a_persons_part_not_the_figures_of_the_village_named_beside_them() {
        String nikitina = said("никитина глава ключевского поселения — чё ей поручали по порядку");

        assertThat(nikitina).contains("сходы граждан", "питьевой воды").doesNotContain("уровень воды");
    }

    @Test
    void should_not_repeat_the_role_every_report_names_a_person_in() {
        String gromov = said("громов что делал по порядку");

        assertThat(gromov).contains("Хронология — Громов");
        assertThat(gromov.split("Руководитель работ: Громов", -1)).hasSizeLessThanOrEqualTo(2);
        assertThat(gromov.split("Руководитель работ — Громов", -1)).hasSizeLessThanOrEqualTo(2);
    }
}
