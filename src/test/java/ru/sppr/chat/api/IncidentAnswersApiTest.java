package ru.sppr.chat.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.Role;

/**
 * Operator questions on news records of incidents: a report that names no town still answers about its incident, the
 * channel a record came from is named when sources are asked, a brand typed in Cyrillic finds the report writing it in
 * Latin, and a figure found only elsewhere is no answer about the place asked.
 */
class IncidentAnswersApiTest {
    private static final String NEWS = String.join("\n",
            record("n-1", "2024-09-01T00:50:00+03:00", "Telegram channel «112» (id -100), message 1",
                    "Три ребенка и женщина погибли при пожаре в Егорьевске в Подмосковье. Возгорание началось на 4 этаже, пожар локализовали на площади 40 кв. метров."),
            record("n-2", "2024-09-01T14:12:00+03:00", "Telegram channel «112» (id -100), message 2",
                    "Причиной пожара в жилом доме в Подмосковье, где погибли трое детей, мог стать взорвавшийся аккумулятор электроскутера — источник 112. Еще несколько человек находятся в больнице."),
            record("n-3", "2024-07-10T10:16:00+03:00", "Telegram channel «SHOT» (id -200), message 3",
                    "Прогулочный самолёт Cessna-172 упал возле посёлка Камское Устье в Татарстане и загорелся."),
            record("n-4", "2024-05-02T09:00:00+03:00", "Telegram channel «Mash» (id -300), message 4",
                    "В Латвии вышла из берегов река Даугава и затопила дома и улицы города Ливаны."),
            record("n-5", "2024-09-20T09:00:00+03:00", "Telegram channel «112» (id -100), message 5",
                    "Посёлок Киалим эвакуировали полностью из-за разрушения дамбы на водохранилище в Челябинской области."),
            record("n-6", "2024-11-28T16:35:00+03:00", "Telegram channel «112» (id -100), message 6",
                    "Самолет из Таиланда с подозрительным устройством на борту экстренно сажают в Екатеринбурге. На борту рейса из Бангкока находятся 263 пассажира."),
            record("n-7", "2024-11-20T10:00:00+03:00", "Telegram channel «SHOT» (id -200), message 7",
                    "В Екатеринбурге, Тюмени и Челябинске 10-балльные пробки из-за снегопада."),
            record("n-8", "2024-11-26T15:55:00+03:00", "Telegram channel «SHOT» (id -200), message 8",
                    "Задержан автоблогер Гаджи Гаджиев. В середине ноября Гаджиев на BMW въехал в толпу в Одинцово."),
            record("n-9", "2024-11-27T12:00:00+03:00", "Telegram channel «112» (id -100), message 9",
                    "Водителю самосвала, сбившему пешехода в Балашихе, избрана мера пресечения — подписка о невыезде."),
            record("n-10", "2024-10-19T07:33:00+03:00", "Telegram channel «Mash» (id -300), message 10",
                    "Двое человек погибли в результате взрыва бытового газа в городе Кирсанов Тамбовской области. Восемь человек "
                            + "обратились за помощью в больницу, двое погибли. UPD. Количество погибших увеличилось до трёх."),
            record("n-11", "2024-11-09T16:04:00+03:00", "Telegram channel «SHOT» (id -200), message 11",
                    "Рейсовый автобус загорелся на ходу в Калуге. В салоне ехали двенадцать пассажиров. По данным SHOT, автобус шёл "
                            + "по маршруту номер 14 от вокзала к микрорайону Правгород. Водитель заметил дым из моторного отсека на "
                            + "остановке у рынка. Пассажиров высадили за минуту, водитель вызвал пожарных и попытался сбить огонь "
                            + "огнетушителем. Автобус вспыхнул на улице Московской. Огонь охватил весь салон за несколько минут. "
                            + "Никто не пострадал. Движение по улице перекрывали на час. Предварительно, причиной стала "
                            + "неисправность топливного насоса, из-за чего загорелось дизельное топливо."),
            record("n-12", "2024-08-14T11:20:00+03:00", "Telegram channel «112» (id -100), message 12",
                    "Строительная люлька с рабочими сорвалась с высоты девятого этажа в Уфе. Погибли трое рабочих, ещё один пострадал."));

    private ApiHarness api;
    private String operator;

    private static String record(String id, String date, String source, String text) {
        return "{\"id\": \"" + id + "\", \"date\": \"" + date + "\", \"source\": \"" + source.replace("\"", "\\\"")
                + "\", \"text\": \"" + text + "\"}";
    }

    @BeforeEach
    void start() throws IOException {
        api = ApiHarness.start(Backend.H2, Map.of());
        operator = api.token("operator", Role.OPERATOR, Clearance.INTERNAL);
        assertThat(api.upload(api.adminToken, "news.jsonl", NEWS, "internal").status()).isEqualTo(201);
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
    void should_tell_in_a_brief_of_a_story_who_was_hurt_and_why_though_those_lines_share_no_word_with_the_question() {
        long session = api.startSession(operator, "Калуга");

        String brief = ask(session, "автобус в калуге загорелся — коротко");

        assertThat(brief).contains("Рейсовый автобус загорелся на ходу в Калуге").contains("Никто не пострадал")
                .contains("неисправность топливного насоса");
    }

    @Test
    void should_not_give_the_dead_of_another_town_for_a_town_named_by_its_short_name() {
        long session = api.startSession(operator, "Екб");

        String answer = ask(session, "в екб строительная люлька с рабочими сорвалась — скока погибло");

        assertThat(answer).startsWith("В базе нет сведений").contains("Екатеринбург").doesNotContain("Уф");
    }

    @Test
    void should_answer_a_follow_up_from_a_report_of_the_incident_that_names_no_town_and_name_its_channel() {
        long session = api.startSession(operator, "Егорьевск");

        ask(session, "пожар в егорьевске 1 сентября 2024 скока погибших");
        String cause = ask(session, "а причина?");
        String from = ask(session, "откуда данные?");

        assertThat(cause).contains("аккумулятор").doesNotContain("В базе нет сведений");
        assertThat(from).contains("Telegram channel «112»");
    }

    @Test
    void should_name_the_channel_that_wrote_a_claim() {
        long session = api.startSession(operator, "Кто писал");

        assertThat(ask(session, "кто писал что самолет упал возле камского устья")).contains("Telegram channel «SHOT»")
                .doesNotContain("(id -200)");
    }

    @Test
    void should_find_a_brand_typed_in_cyrillic_as_reports_write_it() {
        long session = api.startSession(operator, "Цессна");

        assertThat(ask(session, "где цессна упала в татарстане")).contains("Камское Устье");
    }

    @Test
    void should_not_give_a_figure_of_another_place_for_the_place_asked() {
        long session = api.startSession(operator, "Киалим");

        assertThat(ask(session, "сколько домов затопило в киалиме")).startsWith("В базе нет сведений").doesNotContain("Латви");
    }

    @Test
    void should_find_a_town_typed_as_operators_shorten_it_beside_another_named_in_full() {
        long session = api.startSession(operator, "Екб");

        assertThat(ask(session, "кратко что было с самолетом из бангкока в екб")).startsWith("Самолет из Таиланда").contains("263");
    }

    @Test
    void should_not_answer_about_a_named_person_with_what_another_one_got() {
        long session = api.startSession(operator, "Гаджиев");

        assertThat(ask(session, "гаджиеву меру пресечения какую избрали")).startsWith("В базе нет сведений")
                .contains("Гаджиев").doesNotContain("подписка");
    }

    @Test
    void should_answer_a_count_a_post_updated_with_the_update_though_the_post_said_the_old_one_twice() {
        long session = api.startSession(operator, "Кирсанов");

        assertThat(ask(session, "в кирсанове при взрыве газа скока погибло")).contains("3 человека").doesNotContain("2 человека");
    }
}
