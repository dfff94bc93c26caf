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
 * On the demo base, a question naming a village is answered of that village: the crossing of another village is not
 * the one asked about, and the refusal says where the base has one. Asked by an analyst cleared for every document, as
 * `eval dialogue` asks.
 */
class DemoPlacesAskedApiTest {
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
    void should_not_answer_of_a_crossing_or_bridge_in_one_village_with_that_of_another_but_say_where_there_is_one() {
        String crossing = said("в ольховке переправу лодочную организовали? сколько лодок");
        String bridge = said("в ольховке низководный мост закрывали?");
        String here = said("в ключах переправу лодочную организовали? сколько лодок");

        assertThat(crossing).isEqualTo("В базе нет сведений, отвечающих на вопрос, по «Ольховка»; есть по «Ключи».");
        assertThat(bridge).isEqualTo("В базе нет сведений, отвечающих на вопрос, по «Ольховка»; есть по «Ключи».");
        assertThat(here).contains("2 моторные лодки").doesNotContain("нет сведений");
    }

    private String said(String question) {
        return api.answer(operator, api.startSession(operator, "Переправа"), question);
    }
}
