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
 * On the demo base, a shelter is asked of by the building that hosts it, as people on shift call it: «пвр в школе 2» is
 * ПВР № 1 (the base writes «ПВР № 1 — МБОУ «Заречненская СОШ № 2»»), not ПВР № 2 for the «2»; and a follow-up asking
 * a detail of it is answered by the line that tells that detail, not by the shelter's heading.
 */
class DemoSheltersAskedApiTest {
    static ApiHarness api;
    static String operator;

    @BeforeAll
    static void start() throws IOException {
        api = ApiHarness.onDemoBase(Clock.fixed(DemoDocumentsAskedApiTest.ASKED, ZoneOffset.UTC));
        operator = api.token("analyst", Role.ANALYST, Clearance.SECRET);
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void should_read_a_shelter_named_by_its_school_as_the_shelter_there() {
        String head = api.answer(operator, api.startSession(operator, "ПВР"), "пвр в школе 2 в заречье кто там начальник");
        String other = api.answer(operator, api.startSession(operator, "ПВР"), "пвр в олимпе кто начальник");

        assertThat(head).contains("Соколова").doesNotContain("Тарасов").doesNotContain("нет сведений");
        assertThat(other).contains("Тарасов").doesNotContain("нет сведений");
    }

    @Test
    void should_answer_a_follow_up_on_a_shelter_by_the_line_telling_what_it_asks() {
        long session = api.startSession(operator, "ПВР");
        api.answer(operator, session, "пвр в заречной школе 2 — спят где, в спортзале?");
        String guarded = api.answer(operator, session, "а охраняет там кто");

        assertThat(guarded.replaceFirst("^Не уверен — проверьте источники\\.\\s*", "")).startsWith("Охрана — наряд ОМВД (круглосуточно) и сотрудник ЧОО.");

        long another = api.startSession(operator, "ПВР");
        api.answer(operator, another, "пвр в школе 2 в заречье кто там начальник");
        String guardedToo = api.answer(operator, another, "а охраняет там кто");
        assertThat(guardedToo.replaceFirst("^Не уверен — проверьте источники\\.\\s*", ""))
                .as("though the shelter's heading shares more words with the question before").startsWith("Охрана — наряд ОМВД");
    }
}
