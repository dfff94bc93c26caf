package ru.sppr.chat.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.Role;

/**
 * Answers from the situation model through the dialogue: the figure of the object and moment asked, follow-ups that
 * keep the object and change the moment, a newer upload that changes the answer, a plain "not in the base" for an
 * object the base does not have, and nothing from sources above the asker's clearance.
 */
class BriefingApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GAUGES = String.join("\n",
            "{\"id\": \"s-10\", \"title\": \"Сводка на 08:00 10.04.2026\", \"date\": \"2026-04-10T05:00:00+00:00\", "
                    + "\"text\": \"ГП Ключи: уровень воды 612 см. Низководный мост у с. Ключи закрыт.\"}",
            "{\"id\": \"s-11\", \"title\": \"Сводка на 08:00 11.04.2026\", \"date\": \"2026-04-11T05:00:00+00:00\", "
                    + "\"text\": \"ГП Ключи: уровень воды 652 см.\"}",
            "{\"id\": \"s-12\", \"title\": \"Сводка на 20:00 12.04.2026\", \"date\": \"2026-04-12T17:00:00+00:00\", "
                    + "\"text\": \"ГП Ключи: уровень воды 691 см. Низководный мост у с. Ключи открыт.\"}");
    private static final String LATER = "{\"id\": \"s-13\", \"title\": \"Сводка на 08:00 13.04.2026\", "
            + "\"date\": \"2026-04-13T05:00:00+00:00\", \"text\": \"Низководный мост у с. Ключи закрыт.\"}";
    private static final String SECRET = "{\"id\": \"s-14\", \"title\": \"Сводка на 08:00 14.04.2026\", "
            + "\"date\": \"2026-04-14T05:00:00+00:00\", \"text\": \"ГП Ключи: уровень воды 705 см.\"}";

    private static final String EVACUATION = String.join("\n",
            "{\"id\": \"e-11\", \"title\": \"Сводка на 08:00 11.04.2026\", \"date\": \"2026-04-11T05:00:00+00:00\", "
                    + "\"text\": \"Эвакуация населения. Из с. Нижние Ключи эвакуировано 312 человек. Из с. Ольховка эвакуирован 41 человек.\"}",
            "{\"id\": \"e-12\", \"title\": \"Сводка на 20:00 12.04.2026\", \"date\": \"2026-04-12T17:00:00+00:00\", "
                    + "\"text\": \"Эвакуация населения. Из с. Нижние Ключи эвакуировано 327 человек.\"}");

    private ApiHarness api;
    private String operator;

    @BeforeEach
    void start() throws IOException {
        api = ApiHarness.start(Backend.H2, Map.of());
        operator = api.token("operator", Role.OPERATOR, Clearance.INTERNAL);
        uploaded("gauges.jsonl", GAUGES);
        assertThat(api.upload(api.adminToken, "secret.jsonl", SECRET, "confidential").status()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    /** One line of a JSON-lines upload: a news record with its id, title, ISO date and text. */
    private static String record(String id, String title, String date, String text) {
        return JSON.createObjectNode().put("id", id).put("title", title).put("date", date).put("text", text).toString();
    }

    /** {@code n} lines of an upload, the {@code i}-th made by {@code record}: reports of other stories beside the one asked. */
    private static String records(int n, IntFunction<String> record) {
        return IntStream.range(0, n).mapToObj(record).collect(Collectors.joining("\n"));
    }

    /** One line of an event log: its time, type, location and text (no id or title, so it is an event, not a record). */
    private static String event(String time, String type, String location, String text) {
        return JSON.createObjectNode().put("time", time).put("type", type).put("location", location).put("text", text).toString();
    }

    /** Uploads records readable to the operator; the upload must be accepted. */
    private void uploaded(String name, String records) {
        assertThat(api.upload(api.adminToken, name, records, "internal").status()).isEqualTo(201);
    }

    /**
     * What the answer says, without the warning an answer below the confidence threshold starts with: these tests check
     * what is said; when an answer is unsure is the confidence model's (fitted on first runs of new question sets, under
     * which an answer of one source in a small base is unsure) and DialogTurnTest's.
     */
    private String said(long session, String question) {
        return ask(session, question).get("response").asText().replaceFirst("^Не уверен — проверьте источники\\. ", "");
    }

    private JsonNode ask(long session, String question) {
        var r = api.post("/chat/sessions/" + session + "/ask", operator,
                "{\"user_message\": \"" + question + "\"}");
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.payload();
    }

    @Test
    void should_give_a_count_asked_with_a_verb_that_only_helps_though_the_base_says_that_verb_elsewhere() {
        uploaded("evacuation.jsonl", EVACUATION);
        uploaded("news.jsonl", record("n-1", "Новости района", "2026-04-11T09:00:00+00:00",
                "Жители Ольховки успели поднять вещи на чердаки до подъёма воды."));
        long session = api.startSession(operator, "Эвакуация");

        String count = said(session, "на утро 11 апреля скока народу из нижних ключей успели вывезти");

        assertThat(count).contains("312 человек").doesNotContain("чердаки");
    }

    @Test
    void should_give_the_figure_of_the_moment_asked_and_the_latest_on_a_follow_up() {
        long session = api.startSession(operator, "Ключи");

        JsonNode morning = ask(session, "какой уровень на гп ключи на утро 11 апреля");
        JsonNode now = ask(session, "а сейчас?");

        assertThat(morning.get("response").asText()).contains("ГП Ключи", "652 см", "на 08:00 11.04.2026 МСК: 652 см").doesNotContain("691");
        assertThat(zoneLabels(morning.get("response").asText())).as("the zone is named once an answer").isEqualTo(1);
        assertThat(morning.get("references")).isNotEmpty();
        assertThat(now.get("response").asText()).contains("ГП Ключи", "691 см").doesNotContain("705");
    }

    @Test
    void should_say_the_sources_agree_when_asked_and_none_gives_another_value() {
        long session = api.startSession(operator, "Ключи");

        String agreed = ask(session, "какой уровень на гп ключи на утро 11 апреля, данные расходятся?").get("response").asText();

        assertThat(agreed).contains("652 см", "Другого значения на этот момент источники в базе не дают (1 источник).");
    }

    @Test
    void should_give_the_figure_asked_before_of_the_place_a_short_follow_up_names() {
        uploaded("zarechye.jsonl", record("z-12", "Сводка на 20:00 12.04.2026", "2026-04-12T17:00:00+00:00", "ГП Заречье: уровень воды 548 см."));
        long session = api.startSession(operator, "Уровни");

        ask(session, "какой уровень на гп ключи?");
        JsonNode there = ask(session, "а у заречья?");

        assertThat(there.get("intent").get("intent").asText()).isEqualTo("general_query");
        assertThat(there.get("response").asText()).contains("ГП Заречье", "548 см").doesNotContain("сценари");
    }

    @Test
    void should_say_whether_the_boat_crossing_runs_by_its_latest_state() {
        uploaded("crossing.jsonl", String.join("\n",
                record("c-10", "Сводка на 20:00 10.04.2026", "2026-04-10T17:00:00+00:00",
                        "Движение по мосту закрыто. С 12:00 у с. Ключи работает временная лодочная переправа МЧС."),
                record("c-11", "Сводка на 20:00 11.04.2026", "2026-04-11T17:00:00+00:00", "Переправа у с. Ключи: за день перевезено 83 человека."),
                record("c-12", "Сводка на 08:00 12.04.2026", "2026-04-12T05:00:00+00:00", "Лодочная переправа приостановлена с 07:00, не работает."),
                record("c-13", "Сводка на 20:00 13.04.2026", "2026-04-13T17:00:00+00:00", "В 15:00 лодочная переправа возобновила работу."),
                record("c-16", "Сводка на 20:00 16.04.2026", "2026-04-16T17:00:00+00:00", "Лодочная переправа свёрнута в 15:00.")));
        long session = api.startSession(operator, "Переправа");

        String now = said(session, "лодки у ключей ещё ходят?");
        String bridge = ask(session, "мост у ключей открыт?").get("response").asText();
        String timeline = ask(session, "хронология по переправе у ключей").get("response").asText();

        assertThat(now).startsWith("Состояние (переправа), на 15:00 16.04.2026 МСК: закрыт [1]").contains("свёрнута");
        assertThat(bridge).doesNotContain("переправа)");
        assertThat(timeline).as("the states are told of the crossing by its kind, its place by a heading")
                .startsWith("Хронология — переправа:").contains("состояние: закрыт", "состояние: открыт");
    }

    @Test
    void should_tell_a_things_timeline_by_the_entries_of_the_event_log_on_the_topic_asked() {
        uploaded("events.jsonl", String.join("\n",
                event("2026-04-10T14:00:00+03:00", "эвакуация", "с. Нижние Ключи", "Начата эвакуация населения: 3 автобуса."),
                event("2026-04-10T23:30:00+03:00", "эвакуация", "с. Нижние Ключи", "Эвакуация завершена."),
                event("2026-04-10T23:50:00+03:00", "электроснабжение", "ПС «Ключи», фидер № 4", "Превентивно обесточено с. Нижние Ключи (163 абонента)."),
                event("2026-04-12T03:40:00+03:00", "электроснабжение", "ВЛ-10 кВ ф. 7", "Аварийное отключение: обесточено с. Луговое (41 домовладение)."),
                event("2026-04-14T17:30:00+03:00", "электроснабжение", "с. Луговое", "Восстановлено электроснабжение по ВЛ-10 кВ ф. 7."),
                event("2026-04-16T18:40:00+03:00", "электроснабжение", "с. Нижние Ключи, ТП-15", "Подано напряжение на ТП-15 (99 абонентов)."),
                event("2026-04-16T16:00:00+03:00", "дороги", "38К-031, км 2+400", "Открыта автодорога «Подъезд к с. Нижние Ключи».")));
        uploaded("evacuation.jsonl", EVACUATION);
        long session = api.startSession(operator, "Хронологии");

        String power = ask(session, "электроснабжение нижних ключей как было по времени").get("response").asText();
        String evacuation = ask(session, "хронология эвакуации нижних ключей").get("response").asText();
        String road = said(session, "38к-031 по порядку что было");

        assertThat(power).as("the village's power, in time order, not its evacuation").startsWith("Хронология — Нижние Ключи:")
                .contains("Превентивно обесточено", "Подано напряжение на ТП-15").doesNotContain("эвакуированных", "Луговое");
        assertThat(power.indexOf("23:50 10.04.2026")).isLessThan(power.indexOf("18:40 16.04.2026"));
        assertThat(evacuation).as("the entries of the evacuation among its figures, by time")
                .contains("Начата эвакуация", "Эвакуация завершена", "эвакуированных: 312 человек", "эвакуированных: 327 человек")
                .doesNotContain("обесточено");
        assertThat(evacuation.indexOf("Начата эвакуация")).isLessThan(evacuation.indexOf("312 человек"));
        assertThat(road).as("a road's number typed in lower case is the road").startsWith("Хронология — 38К-031:").contains("Открыта автодорога");
    }

    @Test
    void should_tell_what_happened_in_a_period_by_its_log_entries_and_documents_and_say_when_there_is_none() {
        uploaded("events.jsonl", String.join("\n",
                event("2026-04-11T22:10:00+03:00", "дамба", "Ольховская дамба", "Патруль обнаружил фильтрацию."),
                event("2026-04-12T03:40:00+03:00", "электроснабжение", "ВЛ-10 кВ ф. 7", "Аварийное отключение: обесточено с. Луговое."),
                event("2026-04-12T07:00:00+03:00", "переправа", "с. Ключи", "Лодочная переправа приостановлена."),
                event("2026-04-12T20:00:00+03:00", "гидрология", "ГП Ключи", "Уровень 691 см, рост прекратился."),
                event("2026-04-13T09:00:00+03:00", "решение", "г. Заречье", "Заседание КЧС и ОПБ.")));
        long session = api.startSession(operator, "Хроника");

        String day = ask(session, "что происходило 12 апреля по порядку").get("response").asText();
        String none = ask(session, "что было 2 апреля").get("response").asText();
        String secret = ask(session, "что было 14 апреля").get("response").asText();

        assertThat(day).as("the day's entries in time order, then the documents of the day").startsWith("Хроника за 12.04.2026:")
                .contains("Аварийное отключение", "Лодочная переправа приостановлена", "Документы и сообщения за период: «Сводка на 20:00 12.04.2026»")
                .doesNotContain("фильтрацию", "Заседание КЧС");
        assertThat(day.indexOf("03:40 12.04.2026")).isLessThan(day.indexOf("07:00 12.04.2026"));
        assertThat(day.indexOf("07:00 12.04.2026")).isLessThan(day.indexOf("20:00 12.04.2026"));
        assertThat(none).isEqualTo("В базе нет ни записей журнала, ни документов, ни сообщений за 02.04.2026.");
        assertThat(secret).as("nothing above the asker's clearance").doesNotContain("705", "Сводка на 08:00 14.04.2026");
    }

    @Test
    void should_answer_the_latest_case_as_of_a_day_from_the_reports_before_it() throws IOException {
        try (var asked = ApiHarness.start(Backend.H2, Map.of(), Clock.fixed(Instant.parse("2024-12-05T09:00:00Z"), ZoneOffset.UTC))) {
            assertThat(asked.upload(asked.adminToken, "colonies.jsonl", String.join("\n",
                    record("c-1", "Исправительная колония 10 горит в Екатеринбурге.", "2024-10-20T06:00:00+00:00",
                            "Исправительная колония 10 горит в Екатеринбурге, горит пожарное депо на её территории."),
                    record("c-2", "Колония горит в Ижевске.", "2024-11-10T06:00:00+00:00", "В Ижевске горит колония, пламя на крыше цеха.")),
                    "internal").status()).isEqualTo(201);
            String reader = asked.token("operator", Role.OPERATOR, Clearance.INTERNAL);
            long session = asked.startSession(reader, "Колонии");

            String last = asked.answer(reader, session, "на 1 ноября последний раз где колония горела");

            assertThat(last).contains("Екатеринбург").doesNotContain("Ижевск", "нет сведений");
        }
    }

    @Test
    void should_list_the_incidents_of_the_type_asked_reported_on_a_day() {
        uploaded("day.jsonl", String.join("\n",
                record("f-1", "Пожар на складе в Климовске.", "2024-11-28T06:41:00+00:00",
                        "Пожар на складе в Климовске, площадь 1400 кв. м."),
                record("f-2", "Площадь пожара в Климовске выросла до 4200 кв. м.", "2024-11-28T09:23:00+00:00",
                        "Площадь пожара в Климовске выросла до 4200 кв. м."),
                record("a-1", "ДТП с автобусом в Туле.", "2024-11-28T08:00:00+00:00", "В Туле автобус столкнулся с грузовиком."),
                record("f-3", "Пожар в общежитии в Казани.", "2024-11-29T10:00:00+00:00", "В Казани горит общежитие.")));
        long session = api.startSession(operator, "Пожары");

        String fires = ask(session, "какие пожары были 28 ноября 2024").get("response").asText();
        String next = ask(session, "а 29-го?").get("response").asText();
        String none = ask(session, "были ли взрывы 28 ноября 2024").get("response").asText();

        assertThat(fires).as("one line per fire of the day, not the crash, not the next day's fire")
                .startsWith("Хроника за 28.11.2024 — пожар:").contains("Пожар на складе в Климовске", "ещё 1 сообщение")
                .doesNotContain("Туле", "Казани");
        assertThat(next).as("the follow-up asks the fires of the next day").startsWith("Хроника за 29.11.2024 — пожар:")
                .contains("Пожар в общежитии в Казани").doesNotContain("Климовске");
        assertThat(none).isEqualTo("В базе нет сообщений о происшествиях вида «взрыв» за 28.11.2024.");
    }

    @Test
    void should_refuse_a_figure_asked_of_a_month_before_the_data_and_not_take_the_month_for_a_place() {
        uploaded("april.jsonl", record("a-10", "Сводка на 20:00 10.04.2026", "2026-04-10T17:00:00+00:00",
                "Из с. Нижние Ключи эвакуировано 254 человека."));
        long session = api.startSession(operator, "Март");

        JsonNode march = ask(session, "сколько эвакуировали в марте 2026");

        assertThat(march.get("references")).as(march.get("response").asText()).isEmpty();
        assertThat(march.get("response").asText()).as("a month is no place").startsWith("В базе нет сведений").doesNotContain("Марте");
    }

    @Test
    void should_not_answer_an_outage_asked_in_one_town_with_an_outage_in_another() {
        uploaded("outages.jsonl", String.join("\n",
                record("o-1", "Авария на ТЭЦ в Подольске.", "2024-11-20T06:00:00+00:00",
                        "На ТЭЦ в Подольске авария: без тепла остались 12 домов."),
                record("o-2", "Рыбак из Хабаровска спасён в Охотском море.", "2024-10-15T01:05:00+00:00",
                        "Рыбака из Хабаровска спасли в Охотском море.")));
        long session = api.startSession(operator, "Тепло");

        JsonNode elsewhere = ask(session, "авария на тэц в хабаровске, скока домов без тепла");
        String here = ask(session, "авария на тэц в подольске, скока домов без тепла").get("response").asText();

        assertThat(elsewhere.get("references")).as("no outage is reported in Хабаровск: " + elsewhere.get("response").asText()).isEmpty();
        assertThat(here).contains("12 домов");
    }

    @Test
    void should_answer_of_the_town_asked_from_its_report_when_a_report_of_another_shares_more_words() {
        uploaded("snow.jsonl", String.join("\n",
                record("w-1", "Регион завалило снегом.", "2024-11-27T09:00:00+00:00",
                        "Регион завалило снегом на прошлой неделе. Энергоколлапс из-за сильного снегопада в Тверской области."),
                record("w-2", "Благовещенск в сугробах.", "2024-11-27T12:00:00+00:00",
                        "В Благовещенске выпала трёхмесячная норма снега. Власти города объявили режим ЧС."),
                records(3, i -> record("d-" + i, "ДТП в Благовещенске.", "2024-06-1" + i + "T12:00:00+00:00",
                        "В Благовещенске столкнулись " + (i + 2) + " машины."))));
        long session = api.startSession(operator, "Снег");

        String answer = said(session, "благовещенск завалило снегом — чё там");

        assertThat(answer).contains("трёхмесячная норма снега").doesNotContain("Тверской", "нет сведений");
    }

    @Test
    void should_give_the_figure_of_an_incident_asked_with_a_word_no_report_has_and_say_which_figure_it_lacks() {
        uploaded("attack.jsonl", record("a-1", "Первое видео с террористами в Анкаре.", "2024-10-23T13:58:00+00:00",
                "Первое видео и фото с террористами в Анкаре. Преступники подъехали ко входу на такси, после — взрыв и стрельба. "
                        + "Погибло три человека."));
        long session = api.startSession(operator, "Анкара");

        String deaths = said(session, "в анкаре теракт на авиазаводе — скока погибших");
        String injured = said(session, "щас в анкаре теракт — скока раненых");

        assertThat(deaths).contains("3 человека").doesNotContain("нет сведений");
        assertThat(injured).as("«щас» is the latest, not a moment the incident must fall in")
                .startsWith("По происшествию «Взрыв — Анкара»").doesNotContain("нет сведений о происшествии");
    }

    @Test
    void should_take_a_kind_of_object_before_a_towns_name_for_one_in_that_town() {
        uploaded("station.jsonl", record("g-1", "Взрыв на АЗС в Махачкале.", "2024-09-27T15:09:00+00:00",
                "Взрыв на АЗС в Махачкале: погибли 4 человека."));
        long session = api.startSession(operator, "АЗС");

        String asked = ask(session, "азс махачкала скока погибших").get("response").asText();

        assertThat(asked).contains("4 человека").doesNotContain("нет сведений");
    }

    @Test
    void should_tell_whether_a_fire_is_out_by_the_latest_report_of_its_incident_though_it_names_no_street() {
        uploaded("fire.jsonl", String.join("\n",
                record("t-1", "На 3-й Тверской-Ямской улице пожар.", "2024-11-06T10:54:00+00:00",
                        "На 3-й Тверской-Ямской улице пожар. Горят перекрытия между 4-м и 5-м этажами жилого дома."),
                record("t-2", "Пожар в доме на 3-й Тверской-Ямской в центре Москвы.", "2024-11-06T11:05:00+00:00",
                        "Пожар в доме на 3-й Тверской-Ямской в центре Москвы. Огонь распространяется к чердаку."),
                record("t-3", "Пожар в здании в центре Москвы ликвидировали, идет разбор завалов.", "2024-11-06T12:03:00+00:00",
                        "Пожар в здании в центре Москвы ликвидировали, идет разбор завалов.")));
        long session = api.startSession(operator, "Пожар");

        String out = said(session, "пожар на тверской-ямской потушили?");
        String burning = said(session, "на 3й тверской-ямской ещё горит?");

        assertThat(out).startsWith("По последним данным (на 15:03 06.11.2024 МСК): Пожар в здании в центре Москвы ликвидировали")
                .contains("До этого (14:05 06.11.2024").contains("Огонь распространяется к чердаку.").doesNotContain("перекрытия");
        assertThat(burning).contains("ликвидировали");
    }

    @Test
    void should_answer_where_a_claim_comes_from_by_the_report_saying_it_not_by_the_streets_figures() {
        uploaded("omskaya.jsonl", String.join("\n",
                record("o-1", "Во Внуково на улице Омская из-за пожара пострадал один человек.", "2024-11-12T10:26:00+00:00",
                        "Во Внуково на улице Омская из-за пожара пострадал один человек."),
                record("o-2", "Врачи реанимируют пострадавшую на пожаре в Москве.", "2024-11-12T10:51:00+00:00",
                        "Врачи реанимируют пострадавшую на пожаре в Москве. Студия выгорела полностью.")));
        long session = api.startSession(operator, "Пожар");

        String from = said(session, "откуда инфа что на омской во внуково студия полностью выгорела");

        assertThat(from).contains("Студия выгорела полностью").doesNotStartWith("Источники по «улица Омская»");
    }

    @Test
    void should_tell_the_news_of_a_day_by_each_records_headline_and_first_sentences() {
        uploaded("news.jsonl", String.join("\n",
                record("n-11", "Из Нижних Ключей эвакуированы 312 человек", "2026-04-11T07:00:00+00:00",
                        "Эвакуация из Нижних Ключей завершена. В пунктах временного размещения 119 человек."),
                record("n-12a", "Дамба в Ольховке цела, сообщения о прорыве — ложь", "2026-04-12T08:30:00+00:00",
                        "Утром в чатах распространилось сообщение о прорыве дамбы. Администрация района заявляет: это неправда. "
                                + "На дамбе укрепляют участок у насосной станции. Подробности позже."),
                record("n-12b", "Жителей улицы Береговой временно отселили", "2026-04-12T13:00:00+00:00",
                        "41 житель улицы Береговой села Ольховка временно переселён.")));
        long session = api.startSession(operator, "Новости");

        String news = said(session, "чё в новостях района 12 апреля писали, в двух словах");
        String none = said(session, "что было в новостях 2 апреля");

        assertThat(news).as("each record of the day, in time order, by its headline and first sentences").startsWith("Новости за 12.04.2026:")
                .contains("«Дамба в Ольховке цела, сообщения о прорыве — ложь»: Утром в чатах", "это неправда", "41 житель")
                .doesNotContain("312 человек", "Подробности позже");
        assertThat(news.indexOf("ложь")).isLessThan(news.indexOf("41 житель"));
        assertThat(said(session, "что в новостях про маломобильных 12 апреля писали")).as("a topic asked is no day's news")
                .doesNotStartWith("Новости за");
        assertThat(none).isEqualTo("В базе нет новостей за 02.04.2026.");
    }

    @Test
    void should_not_sum_up_a_place_when_the_summary_asks_of_a_topic_its_figures_do_not_speak_of() {
        uploaded("situation.jsonl", String.join("\n",
                record("w-10", "Оперативная сводка на 08:00 10.04.2026", "2026-04-10T05:00:00+00:00",
                        "Из с. Нижние Ключи эвакуировано 254 человека. В с. Нижние Ключи подтоплено 12 жилых домов."),
                record("w-11", "Оперативная сводка на 08:00 11.04.2026", "2026-04-11T05:00:00+00:00",
                        "Из с. Нижние Ключи эвакуировано 312 человек. Маломобильных граждан в с. Нижние Ключи на учёте 23, "
                                + "им назначены сопровождающие.")));
        long session = api.startSession(operator, "Сводка по теме");

        String place = said(session, "сводка по нижним ключам");
        String asked = said(session, "подготовь, плз, актуальную сводку по нижним ключам");
        String topic = said(session, "по маломобильным нижних ключей коротко всё");

        assertThat(place).as("a place's summary is its figures").startsWith("## Сводка по «Нижние Ключи»").contains("312 человек");
        assertThat(asked).as("words asking for a summary ask no topic").startsWith("## Сводка по «Нижние Ключи»");
        assertThat(topic).as("a topic's summary speaks of the topic").contains("Маломобильных граждан").doesNotStartWith("## Сводка по «");
    }

    @Test
    void should_sum_up_the_situation_with_every_gauges_level_and_the_districts_total_before_its_villages() {
        uploaded("situation.jsonl", String.join("\n",
                record("w-12", "Оперативная сводка на 20:00 12.04.2026", "2026-04-12T17:00:00+00:00",
                        "Уровень воды на ГП Ключи — 691 см, на ГП Ольховка — 741 см. Из с. Нижние Ключи эвакуировано 327 человек. "
                                + "С ул. Береговая с. Ольховка отселён 41 человек. Всего по Заречному району эвакуировано 368 человек. "
                                + "Низководный мост у с. Ключи закрыт."),
                record("w-13", "Оперативная сводка на 08:00 13.04.2026", "2026-04-13T05:00:00+00:00",
                        "Уровень воды на ГП Ключи — 686 см, на ГП Ольховка — 747 см.")));
        long session = api.startSession(operator, "Обстановка");

        String summary = said(session, "что по обстановке на 08:00 13.04.2026, кратко");

        assertThat(summary).startsWith("## Сводка").contains("уровень воды — 686 см", "уровень воды — 747 см", "368 человек");
        assertThat(summary.indexOf("368 человек")).as("the district's total before its villages").isLessThan(summary.indexOf("327 человек"));
    }

    @Test
    void should_tell_what_happened_at_a_place_on_a_day_by_the_reports_of_its_one_incident_that_day() {
        uploaded("tagil.jsonl", String.join("\n",
                record("t-1", "Взрыв газа произошел в пятиэтажке в Нижнем Тагиле.", "2024-08-01T07:28:00+00:00",
                        "Взрыв газа произошел в пятиэтажке в Нижнем Тагиле. Полностью разрушена одна из секций жилого дома."),
                record("t-2", "Количество пострадавших при обрушении в Нижнем Тагиле возросло до 6 человек.", "2024-08-01T08:13:00+00:00",
                        "Количество пострадавших при обрушении в Нижнем Тагиле возросло до 6 человек."),
                record("t-3", "Пострадавших при обрушении в Нижнем Тагиле уже 10 человек.", "2024-08-01T10:35:00+00:00",
                        "Пострадавших при обрушении в Нижнем Тагиле уже 10 человек, один человек погиб."),
                record("t-4", "Число погибших при обрушении пятиэтажки в Нижнем Тагиле возросло до двух человек.", "2024-08-01T16:32:00+00:00",
                        "Число погибших при обрушении пятиэтажки в Нижнем Тагиле возросло до 2 человек.")));
        long session = api.startSession(operator, "Тагил");

        String story = said(session, "что было в нижнем тагиле 1 августа, по порядку");

        assertThat(story).startsWith("Хронология").contains("Взрыв газа произошел в пятиэтажке", "Число погибших при обрушении");
        assertThat(story.indexOf("Взрыв газа")).as("in the order reported").isLessThan(story.indexOf("погибших"));
    }

    @Test
    void should_tell_the_story_of_an_event_its_words_find_from_its_first_report_to_its_latest() {
        uploaded("blast.jsonl", String.join("\n",
                record("b-1", "На Профсоюзной взорвалась машина.", "2024-10-15T06:31:00+00:00",
                        "На Профсоюзной взорвалась машина. Возбуждено уголовное дело о покушении на убийство."),
                record("b-2", "Взрывное устройство сработало под днищем автомобиля на Профсоюзной улице.", "2024-10-15T06:35:00+00:00",
                        "Взрывное устройство сработало под днищем автомобиля на Профсоюзной улице, пострадали три человека."),
                record("b-3", "В Москве задержали подозреваемого в подрыве машины на Профсоюзной улице.", "2024-10-16T05:45:00+00:00",
                        "В Москве задержали подозреваемого в подрыве машины на Профсоюзной улице."),
                record("b-4", "Газ взорвался в жилом доме в Стерлитамаке.", "2024-07-02T05:06:00+00:00",
                        "Газ взорвался в жилом доме в Стерлитамаке, пострадал один человек.")));
        long session = api.startSession(operator, "Взрыв");

        String story = ask(session, "хронология по взрыву машины на профсоюзной").get("response").asText();

        assertThat(story).startsWith("Хронология — Взрыв").contains("На Профсоюзной взорвалась машина", "задержали подозреваемого")
                .doesNotContain("Стерлитамак");
        assertThat(story.indexOf("взорвалась машина")).isLessThan(story.indexOf("задержали подозреваемого"));
    }

    @Test
    void should_tell_a_story_of_two_reports_by_more_than_the_first_new_sentence_of_each() {
        uploaded("tver.jsonl", String.join("\n",
                record("f-1", "Склад горит в Твери.", "2024-09-02T06:10:00+00:00",
                        "Склад горит в Твери. Огонь охватил кровлю здания на улице Складской. На месте работают двенадцать расчётов. "
                                + "Жителей соседних домов попросили закрыть окна из-за дыма."),
                record("f-2", "Пожар на складе в Твери потушен.", "2024-09-02T09:40:00+00:00",
                        "Пожар на складе в Твери потушен. Площадь пожара составила 900 кв. метров. Пострадал один пожарный, его "
                                + "доставили в больницу с ожогами рук.")));
        long session = api.startSession(operator, "Тверь");

        String story = said(session, "пожар на складе в твери — по порядку что было");

        assertThat(story).startsWith("Хронология — Пожар").contains("Огонь охватил кровлю", "двенадцать расчётов", "Пострадал один пожарный");
    }

    @Test
    void should_show_a_headline_its_feed_cut_at_an_abbreviation_whole() {
        uploaded("surgery.jsonl", String.join("\n",
                record("h-1", "Пожар возник в научном центре хирургии им.", "2024-11-07T20:06:00+00:00",
                        "Пожар возник в научном центре хирургии им. академика Б. В. Петровского в Москве, идет эвакуация."),
                record("h-2", "Пожар в научном центре хирургии в Москве ликвидирован.", "2024-11-07T20:40:00+00:00",
                        "Пожар в научном центре хирургии в Москве ликвидирован. Пострадавших нет, эвакуировали 40 человек.")));
        long session = api.startSession(operator, "Хирургия");

        String story = said(session, "пожар в центре хирургии в москве — по порядку");

        assertThat(story).startsWith("Хронология — Пожар").contains("«Пожар возник в научном центре хирургии им. академика Б. В. "
                + "Петровского в Москве, идет эвакуация.»").doesNotContain("хирургии им.»");
    }

    @Test
    void should_show_a_headline_its_feed_cut_with_an_ellipsis_whole_and_once() {
        uploaded("car.jsonl", String.join("\n",
                record("b-1", "Автомобиль на ходу загорелся на проспекте Багратиона в Москве, временно перекрывалось движение…",
                        "2024-11-07T20:06:00+00:00", "Автомобиль на ходу загорелся на проспекте Багратиона в Москве, временно "
                                + "перекрывалось движение в сторону области, возгорание уже ликвидировано, сообщает дептранс. Водитель "
                                + "успел выйти из машины."),
                record("b-2", "Пострадавших при пожаре автомобиля на проспекте Багратиона нет.", "2024-11-07T20:40:00+00:00",
                        "Пострадавших при пожаре автомобиля на проспекте Багратиона нет. Движение восстановлено.")));
        long session = api.startSession(operator, "Багратиона");

        String story = said(session, "машина горела на багратиона — хронология");

        assertThat(story).startsWith("Хронология").contains("«Автомобиль на ходу загорелся на проспекте Багратиона в Москве, временно "
                + "перекрывалось движение в сторону области, возгорание уже ликвидировано, сообщает дептранс.»")
                .doesNotContain("движение…»");
        assertThat(story.split("возгорание уже ликвидировано", -1)).as("the whole headline is not told again as a detail").hasSize(2);
    }

    @Test
    void should_carry_a_story_on_past_the_incident_it_began_with_and_tell_the_cause_its_report_gives() {
        uploaded("blogger.jsonl", String.join("\n",
                record("o-1", "В Одинцово БМВ, принадлежащая автоблогеру, въехала в толпу людей на сходке дрифтеров.", "2024-11-16T12:37:00+00:00",
                        "В Одинцово БМВ, принадлежащая автоблогеру, въехала в толпу людей на сходке дрифтеров. Момент ДТП попал на видео."),
                record("o-2", "В Одинцово грузовик столкнулся с рейсовым автобусом.", "2024-11-20T08:00:00+00:00",
                        "В Одинцово грузовик столкнулся с рейсовым автобусом, никто не пострадал."),
                record("o-3", "Задержан автоблогер Гаджи Гаджиев.", "2024-11-26T12:55:00+00:00",
                        "Задержан автоблогер Гаджи Гаджиев. ДТП в Одинцово произошло в середине ноября. Ему грозит два года колонии за наезд "
                                + "на толпу людей. Предварительная причина ДТП — занос машины при дрифте на мокром асфальте.")));
        long session = api.startSession(operator, "Одинцово");

        String story = said(session, "блогер на бмв в одинцово в толпу въехал, как там по порядку было");

        assertThat(story).as("the arrest ten days later is the same story; the other crash there is not")
                .startsWith("Хронология — ДТП").contains("въехала в толпу", "Задержан автоблогер").doesNotContain("грузовик столкнулся");
        assertThat(story.indexOf("въехала в толпу")).isLessThan(story.indexOf("Задержан автоблогер"));
        assertThat(story).as("a report's cause is told besides its first new sentence").contains("Предварительная причина ДТП — занос");
    }

    @Test
    void should_give_the_highest_value_when_the_peak_is_asked_with_the_latest_beside_it() {
        assertThat(api.upload(api.adminToken, "later.jsonl", "{\"id\": \"s-15\", \"title\": \"Сводка на 08:00 15.04.2026\", "
                + "\"date\": \"2026-04-15T05:00:00+00:00\", \"text\": \"ГП Ключи: уровень воды 640 см.\"}\n"
                + "{\"id\": \"a-12\", \"title\": \"Данные АГК на 14:00 12.04.2026\", \"date\": \"2026-04-12T11:00:00+00:00\", "
                + "\"text\": \"ГП Ключи: уровень воды 688 см.\"}", "internal").status()).isEqualTo(201);
        long session = api.startSession(operator, "Ключи");

        String peak = ask(session, "какой был максимальный уровень на гп ключи").get("response").asText();

        assertThat(peak).startsWith("Наибольшее значение — ").contains("691 см (на 20:00 12.04.2026", "по другим данным — 688 см", "Последнее — 640 см")
                .doesNotContain("705");
    }

    @Test
    void should_not_answer_how_a_quantity_the_model_does_not_track_changed_with_another_ones_timeline() {
        long session = api.startSession(operator, "Ключи");

        String timeline = ask(session, "как менялась температура воды на гп ключи").get("response").asText();

        assertThat(timeline).doesNotContain("Хронология — ГП Ключи", "691 см");
    }

    @Test
    void should_say_a_quantity_asked_of_one_gauge_is_known_of_another_instead_of_giving_the_other_ones() {
        uploaded("temperature.jsonl", record("b-1", "Гидробюллетень", "2026-04-13T05:00:00+00:00",
                "Температура воды на ГП Ключи — +4,2 °C. Уровень воды на ГП Ольховка — 645 см."));
        long session = api.startSession(operator, "Температура");

        String other = ask(session, "какая температура воды на гп ольховка").get("response").asText();
        String own = ask(session, "какая температура воды на гп ключи").get("response").asText();

        assertThat(other).isEqualTo("По «ГП Ольховка» в базе нет сведений о том, что спрошено (температур…); есть по «ГП Ключи».");
        assertThat(own).contains("+4,2 °C");
    }

    @Test
    void should_name_instead_of_a_missing_place_those_the_rest_of_the_question_finds() {
        uploaded("districts.jsonl", String.join("\n",
                record("z-1", "Подтопление", "2026-04-12T05:00:00+00:00", "Подтопление в Заречном районе: вода в 12 домах."),
                record("z-2", "Пожар", "2026-04-12T06:00:00+00:00", "Пожар на складе в Кировском районе Казани."),
                record("z-3", "Пожар", "2026-04-12T07:00:00+00:00", "Пожар в гараже в Кировском районе Казани, огонь потушен.")));
        long session = api.startSession(operator, "Районы");

        String answer = ask(session, "что с подтоплением в лесном районе").get("response").asText();

        assertThat(answer).startsWith("В базе нет сведений о «Лесной район».").contains("Заречный район").doesNotContain("Кировский");
    }

    @Test
    void should_not_answer_a_street_asked_in_one_town_with_the_street_of_that_name_in_another() {
        uploaded("pushkin.jsonl", String.join("\n",
                record("p-1", "Горит АЗС", "2024-10-01T06:00:00+00:00", "Во время перекачки топлива на АЗС на улице Пушкина в Уфе загорелся бензовоз."),
                record("p-2", "Пожар в Казани", "2024-10-02T06:00:00+00:00", "В Казани загорелся склад на улице Тукая, площадь пожара 300 кв. м.")));
        long session = api.startSession(operator, "Улицы городов");

        String kazan = ask(session, "пожар на улице пушкина в казани").get("response").asText();
        String ufa = ask(session, "пожар на улице пушкина в уфе").get("response").asText();

        assertThat(kazan).startsWith("В базе нет сведений").doesNotContain("бензовоз");
        assertThat(ufa).contains("бензовоз");
    }

    @Test
    void should_give_each_places_figure_of_the_moment_asked_when_the_question_names_no_place() {
        uploaded("evacuation.jsonl", EVACUATION);
        long session = api.startSession(operator, "Эвакуация");

        String answer = ask(session, "сколько было эвакуировано на утро 11 апреля").get("response").asText();

        assertThat(answer).contains("Нижние Ключи", "312 человек", "Ольховка", "41 человек", "где они есть на 08:00 11.04.2026 МСК:\n")
                .doesNotContain("327");
        assertThat(zoneLabels(answer)).isEqualTo(1);
    }

    @Test
    void should_give_the_forces_at_work_as_of_the_moment_and_the_agencys_part_on_a_follow_up() {
        uploaded("forces.jsonl", String.join("\n",
                record("f-10", "Сводка на 20:00 10.04.2026", "2026-04-10T17:00:00+00:00", "Силы и средства: 148 человек, 39 единиц "
                        + "техники, 11 плавсредств, в том числе МЧС России — 64 человека, 15 единиц техники."),
                record("f-12", "Сводка на 20:00 12.04.2026", "2026-04-12T17:00:00+00:00", "Группировка: 236 человек, 61 единица "
                        + "техники, 14 плавсредств, в т.ч. МЧС России — 103 человека, 24 единицы техники. В 07:15 прибыла группа "
                        + "Северского ПСО: 12 человек, 3 единицы техники.")));
        assertThat(api.upload(api.adminToken, "forces-secret.jsonl", record("f-14", "Сводка на 20:00 14.04.2026",
                "2026-04-14T17:00:00+00:00", "Силы и средства: 174 человека, 44 единицы техники, 10 плавсредств."), "confidential").status())
                .isEqualTo(201);
        long session = api.startSession(operator, "Силы и средства");

        String now = ask(session, "какая сейчас группировка по людям").get("response").asText();
        String vehicles = ask(session, "скока техники было вечером 10 апреля").get("response").asText();
        String then = ask(session, "сколько сил было на 20:00 12 апреля").get("response").asText();
        String agency = ask(session, "а мчс из них?").get("response").asText();
        String before = ask(session, "а вечером 10го?").get("response").asText();
        String timeline = ask(api.startSession(operator, "Группировка"), "как группировка по людям менялась").get("response").asText();

        assertThat(now).startsWith("Личный состав группировки, на 20:00 12.04.2026 МСК: 236 человек").doesNotContain("174", "12 человек");
        assertThat(vehicles).startsWith("Техника группировки, на 20:00 10.04.2026 МСК: 39 единиц техники");
        assertThat(then).contains("236 человек");
        assertThat(agency).startsWith("Личный состав группировки (МЧС), на 20:00 12.04.2026 МСК: 103 человека");
        assertThat(before).as("the third turn is still about the agency's forces").startsWith("Личный состав группировки (МЧС), на 20:00 10.04.2026 МСК: 64 человека");
        assertThat(timeline).startsWith("Хронология").contains("148 человек", "236 человек").doesNotContain("174", "12 человек");
    }

    @Test
    void should_answer_with_the_newer_state_once_a_newer_report_is_uploaded() {
        long session = api.startSession(operator, "Мост");
        assertThat(ask(session, "мост у ключей открыт?").get("response").asText()).contains("открыт");

        uploaded("later.jsonl", LATER);

        String after = ask(session, "ключевской мост открыт?").get("response").asText();
        assertThat(after).contains("закрыт").contains("08:00 13.04.2026");
    }

    @Test
    void should_say_plainly_that_an_object_is_not_in_the_base_and_what_is() {
        long session = api.startSession(operator, "Ольховка");

        JsonNode answer = ask(session, "уровень воды на ГП Ольховка");

        assertThat(answer.get("response").asText()).startsWith("В базе нет сведений о").contains("Ольховка", "ГП Ключи")
                .doesNotContain("652").doesNotContain("691");
        assertThat(answer.get("references")).isEmpty();
        assertThat(answer.get("confidence").asDouble()).isZero();
    }

    @Test
    void should_say_since_when_an_object_is_in_the_state_asked() {
        uploaded("later.jsonl", LATER);
        long session = api.startSession(operator, "Мост");

        String closed = ask(session, "когда закрыли мост у ключей?").get("response").asText();
        String opened = ask(session, "а открыли когда?").get("response").asText();

        assertThat(closed).contains("закрыт", "по сообщению на 08:00 13.04.2026 МСК").doesNotContain("10.04.2026");
        assertThat(opened).contains("открыт", "по сообщению на 20:00 12.04.2026 МСК", "Позже", "закрыт");
        assertThat(zoneLabels(opened)).isEqualTo(1);
    }

    @Test
    void should_read_chat_spellings_and_romanised_names_like_the_words_they_stand_for() {
        long session = api.startSession(operator, "Разговорное");

        String typed = ask(session, "скока щас на гп ключи").get("response").asText();
        JsonNode english = ask(session, "what's the water level at the lugovoye gauge right now");

        assertThat(typed).contains("ГП Ключи", "691 см");
        assertThat(english.get("response").asText()).startsWith("В базе нет сведений о «ГП Луговое»").doesNotContain("691");
        assertThat(english.get("references")).isEmpty();
    }

    @Test
    void should_read_the_gauges_of_a_river_named_as_its_gauges_not_as_a_gauge_missing() {
        uploaded("rise.jsonl", record("r-09", "Сводка на 08:00 09.04.2026", "2026-04-09T05:00:00+00:00",
                "Скорость подъёма уровня воды в р. Сосна: на ГП Ключи — 55 см/сут, на ГП Ольховка — 29 см/сут."));
        long session = api.startSession(operator, "Подъём");

        String answer = said(session, "по всем гп сосна с какой скоростью рос уровень");

        assertThat(answer).doesNotStartWith("В базе нет сведений").contains("55 см/сут");
    }

    @Test
    void should_answer_what_changed_since_a_moment_line_by_line_with_sources() {
        long session = api.startSession(operator, "Смена");

        JsonNode since = ask(session, "что изменилось с 08:00 12 апреля");
        String shift = ask(session, "что изменилось за смену").get("response").asText();

        assertThat(since.get("response").asText()).startsWith("Что изменилось с 08:00 12.04.2026 МСК по ")
                .contains("ГП Ключи", "652 см → 691 см", "[1]").doesNotContain("705");
        assertThat(since.get("references")).isNotEmpty();
        assertThat(shift).startsWith("Что изменилось с ").contains("изменений в базе нет");
    }

    @Test
    void should_end_what_changed_in_a_day_with_that_days_evening() {
        long session = api.startSession(operator, "День");

        String day = ask(session, "что поменялось за 10 апреля с утра к вечеру").get("response").asText();
        String overview = ask(session, "коротко что было на вечер 12 апреля").get("response").asText();

        assertThat(day).startsWith("Что изменилось с 08:00 10.04.2026 МСК по 20:00 10.04.2026").doesNotContain("652", "691");
        assertThat(overview).contains("691 см").doesNotContain("В базе знаний нет сведений");
    }

    @Test
    void should_read_what_a_gauge_showed_as_its_water_level() {
        long session = api.startSession(operator, "Пост");

        String reading = ask(session, "гп ключи утром 11 апреля скока показывал").get("response").asText();

        assertThat(reading).contains("652 см").doesNotContain("В базе знаний нет сведений");
    }

    @Test
    void should_read_centimetres_asked_of_a_place_with_a_gauge_as_its_water_level() {
        long session = api.startSession(operator, "Пост");

        String reading = ask(session, "ключи на 08:00 11 апреля скока см было").get("response").asText();

        assertThat(reading).startsWith("Уровень воды (ГП Ключи), на 08:00 11.04.2026 МСК: 652 см").doesNotContain("691");
    }

    @Test
    void should_give_how_a_level_changed_over_the_day_when_asked_whether_it_falls_or_rises() {
        uploaded("evening.jsonl", record("s-11e", "Сводка на 20:00 11.04.2026", "2026-04-11T17:00:00+00:00", "ГП Ключи: уровень воды 670 см."));
        long session = api.startSession(operator, "Пост");

        String change = ask(session, "вода в ключах растёт?").get("response").asText();

        assertThat(change).contains("Уровень воды (ГП Ключи), на 20:00 12.04.2026 МСК: 691 см", "за сутки — +21 см",
                "на 20:00 11.04.2026 — 670 см").doesNotContain("705");
    }

    @Test
    void should_read_a_day_given_by_its_number_alone_in_the_month_of_the_event_asked_and_a_half_hour_after_its_start() {
        uploaded("fryazino.jsonl", String.join("\n",
                record("fr-1", "Пожар в НИИ «Платан»", "2024-06-24T13:05:00+00:00", "Во Фрязино горит НИИ «Платан», площадь пожара — 2000 кв. м."),
                record("fr-2", "Пожар в НИИ «Платан»", "2024-06-24T13:42:00+00:00", "Площадь пожара в НИИ «Платан» во Фрязино выросла до 4000 кв. м."),
                record("fr-3", "Пожар в НИИ «Платан»", "2024-06-24T16:49:00+00:00", "Пожар во Фрязино локализован на площади 5000 кв. м.")));
        long session = api.startSession(operator, "Фрязино");

        String then = ask(session, "фрязино, площадь пожара к полпятого 24го").get("response").asText();

        assertThat(then).contains("2000").doesNotContain("4000", "5000", "В базе нет сведений");
    }

    @Test
    void should_give_what_a_body_decided_on_a_day_as_the_points_of_its_document() {
        uploaded("reshenie-kchs-06.md", String.join("\n",
                "# Решение КЧС и ОПБ района от 10.04.2026 № 6",
                "",
                "г. Заречье, 10:00 10.04.2026",
                "",
                "В связи с подъёмом уровня воды в р. Сосна выше неблагоприятной отметки комиссия РЕШИЛА:",
                "",
                "1. Ввести режим чрезвычайной ситуации муниципального характера с 12:00 10.04.2026.",
                "2. Провести эвакуацию населения с. Нижние Ключи с 14:00 10.04.2026. Ответственный — глава поселения Никитина Т.И.",
                "3. Развернуть к 13:00 10.04.2026 ПВР № 1 и ПВР № 3."));
        uploaded("svodka.md", "# Сводка на 20:00 10.04.2026\n\nНа заседании КЧС 10.04 обсуждали дамбу у с. Ольховка.");
        long session = api.startSession(operator, "КЧС");

        String decided = ask(session, "что решили на кчс 10 апреля, кратко").get("response").asText();
        String missing = ask(session, "что решили на кчс №10").get("response").asText();

        assertThat(decided).startsWith("«Решение КЧС и ОПБ района от 10.04.2026 № 6», главное:")
                .contains("- Ввести режим чрезвычайной ситуации", "- Провести эвакуацию населения с. Нижние Ключи с 14:00", "ПВР № 1 и ПВР № 3")
                .doesNotContain("В связи с подъёмом", "Ответственный", "обсуждали дамбу");
        assertThat(missing).isEqualTo("Документа № 10 в базе нет; последний из найденных — «Решение КЧС и ОПБ района от 10.04.2026 № 6».");
    }

    @Test
    void should_answer_what_to_do_next_with_the_points_of_the_latest_decision() {
        uploaded("reshenie-kchs-06.md", String.join("\n",
                "# Решение КЧС и ОПБ района от 10.04.2026 № 6", "", "г. Заречье, 10:00 10.04.2026", "", "Комиссия РЕШИЛА:", "",
                "1. Провести эвакуацию населения с. Нижние Ключи с 14:00 10.04.2026."));
        uploaded("protokol-kchs-07.md", String.join("\n",
                "# Протокол заседания КЧС и ОПБ от 12.04.2026 № 7", "", "г. Заречье, 09:00 12.04.2026", "", "РЕШИЛИ:", "",
                "1. Провести с 11:00 12.04.2026 предупредительное отселение жителей ул. Береговая с. Ольховка.",
                "2. Сохранить круглосуточное дежурство на дамбе (2 поста), доклад в ЕДДС — каждый час."));
        uploaded("pamyatka.md", "# Памятка населению при наводнении\n\nПри угрозе наводнения отключите газ и электричество.");
        long session = api.startSession(operator, "Смена");

        String next = ask(session, "а что дальше делать?").get("response").asText();
        String ofTheFlood = ask(session, "что теперь делать дальше по половодью").get("response").asText();
        String memo = ask(session, "что делать при наводнении").get("response").asText();

        assertThat(next).startsWith("Что делать дальше — последнее решение в базе: «Протокол заседания КЧС и ОПБ от 12.04.2026 № 7»")
                .contains("- Провести с 11:00 12.04.2026 предупредительное отселение", "- Сохранить круглосуточное дежурство на дамбе")
                .doesNotContain("Нижние Ключи с 14:00");
        assertThat(ofTheFlood).as("what the next steps are of, named").startsWith("Что делать дальше — последнее решение в базе");
        assertThat(memo).doesNotContain("последнее решение");
    }

    @Test
    void should_say_no_deaths_were_reported_by_then_and_give_the_casualties_that_were() {
        uploaded("sakhalin.jsonl", String.join("\n",
                record("sh-1", "Судно перевернулось у Сахалина", "2024-10-18T04:09:00+00:00",
                        "Грузовое судно перевернулось у берегов Сахалина. Четыре человека пропали без вести."),
                record("sh-2", "Крушение судна у Сахалина", "2024-10-18T05:09:00+00:00",
                        "Два человека погибли при крушении судна у берегов Сахалина.")));
        long session = api.startSession(operator, "Сахалин");

        String then = ask(session, "судно на сахалине перевернулось, погибшие на 07:30 18 октября 2024 года есть?").get("response").asText();

        assertThat(then).startsWith("На 07:30 18.10.2024 МСК сведений — погибших").contains("в базе нет",
                "известно: пропавших без вести — 4 человека", "«Четыре человека пропали без вести»").doesNotContain("Два человека погибли");
    }

    @Test
    void should_not_give_another_incidents_count_as_the_value_before() {
        uploaded("cherkessk.jsonl", String.join("\n",
                record("ch-5", "Ураган в Черкесске", "2024-05-31T16:28:00+00:00", "Три человека погибли и около 20 пострадали во время урагана в Черкесске."),
                record("ch-10", "Взрыв газа в Черкесске", "2024-10-31T04:21:00+00:00",
                        "Троих человек спасли из-под завалов дома в Черкесске. Один человек погиб.")));
        long session = api.startSession(operator, "Черкесск");

        String then = ask(session, "скока погибших в черкесске было к 8 утра 31 октября 2024 года").get("response").asText();

        assertThat(then).contains("1 человек").doesNotContain("До этого", "3 человека");
    }

    @Test
    void should_answer_of_a_day_before_the_first_report_from_the_later_report_that_tells_of_it() {
        uploaded("ice.jsonl", String.join("\n",
                record("v-1", "Обстановка на реке Вятке.", "2024-11-08T05:00:00+00:00",
                        "Ледоход на реке Вятке в пределах района завершился 6 ноября. Уровень воды — 320 см."),
                record("v-2", "Уровень воды на Вятке растёт.", "2024-11-09T05:00:00+00:00", "Уровень воды на реке Вятке — 340 см.")));
        long session = api.startSession(operator, "Вятка");

        String ended = said(session, "ледоход на вятке 6го ноября кончился?");
        String whereFrom = said(session, "откуда что ледоход на вятке 6го кончился");

        assertThat(ended).as("reported on the 8th of the 6th").contains("завершился 6 ноября");
        assertThat(whereFrom).startsWith("Источники").contains("Обстановка на реке Вятке");
    }

    @Test
    void should_read_a_time_of_day_without_a_date_on_the_day_of_the_event_asked() {
        String news = String.join("\n",
                "{\"id\": \"ul-1\", \"title\": \"В Ульяновске горит институт гражданской авиации\", \"date\": \"2024-11-19T12:45:00+00:00\", "
                        + "\"text\": \"В Ульяновске горит кровля института гражданской авиации на улице Гагарина. Сведений о пострадавших пока не поступало.\"}",
                "{\"id\": \"ul-2\", \"title\": \"Пожар в институте в Ульяновске\", \"date\": \"2024-11-19T14:30:00+00:00\", "
                        + "\"text\": \"При пожаре в институте гражданской авиации в Ульяновске пострадал 1 человек.\"}");
        uploaded("ulyanovsk.jsonl", news);
        long session = api.startSession(operator, "Ульяновск");

        String then = ask(session, "ульяновск институт горел, на 16:00 про пострадавших что было").get("response").asText();

        assertThat(then).contains("16:00 19.11.2024").doesNotContain("В базе нет сведений о происшествии", "04.12.2026");

        String evening = ask(api.startSession(operator, "Ульяновск вечером"), "ульяновск институт горел — к 8 вечера пострадавшие были")
                .get("response").asText();

        assertThat(evening).contains("1 человек", "19.11.2024").doesNotContain("В базе нет сведений о происшествии");
    }

    @Test
    void should_not_take_hospitalised_for_an_event_at_a_hospital() {
        String news = "{\"id\": \"ch-1\", \"title\": \"158 детей отравились в школах в Чувашии\", \"date\": \"2024-11-15T12:01:00+00:00\", "
                + "\"text\": \"158 детей отравились в школах в Чувашии. Госпитализация понадобилась 3 ученикам, остальных отпустили домой.\"}";
        uploaded("chuvashia.jsonl", news);
        long session = api.startSession(operator, "Чувашия");

        String answer = ask(session, "чувашия дети в школах траванулись, скольких в больницу положили").get("response").asText();

        assertThat(answer).doesNotStartWith("В базе нет сведений").contains("Чувашии");
    }

    @Test
    void should_not_take_an_everyday_word_after_v_rayone_for_a_district_the_base_lacks() {
        uploaded("power.jsonl", String.join("\n", record("l-1", "Сводка на 14:20 12.04.2026", "2026-04-12T11:20:00+00:00",
                        "С. Луговое: электроснабжение восстановлено, подключена ДЭС МЧС 60 кВт."),
                records(6, i -> record("h-" + i, "Сводка на 08:00 0" + (i + 1) + ".04.2026", "2026-04-0" + (i + 1) + "T05:00:00+00:00",
                        "Районная больница г. Заречье работает в обычном режиме, электроснабжение больницы резервировано."))));
        long session = api.startSession(operator, "Луговое");

        String power = said(session, "в луговом районе свет дали?");
        String hospital = said(session, "в районе больницы что?");

        assertThat(power).as("«районе электроснабжение» is no district").contains("ДЭС").doesNotContain("сведений о «");
        assertThat(hospital).as("«районе больницы» is no district").doesNotContain("сведений о «");
    }

    @Test
    void should_take_a_question_naming_only_the_kind_of_event_asked_before_for_one_about_the_same_incident() {
        uploaded("crashes.jsonl", String.join("\n", record("kp-1", "ДТП на Краснопресненской набережной", "2024-12-03T09:00:00+00:00",
                        "Пять человек пострадали в результате ДТП на Краснопресненской набережной. Столкнулись три легковых автомобиля."),
                records(6, i -> record("lp-" + i, "Массовое ДТП в Москве", "2024-11-2" + i + "T08:00:00+00:00",
                        "На Ленинградском проспекте столкнулись " + (i + 10) + " машин."))));
        long session = api.startSession(operator, "ДТП");

        ask(session, "дтп на краснопресненской набережной что там");
        String cars = said(session, "скока машин столкнулось?");
        String fresh = said(api.startSession(operator, "ДТП"), "скока машин столкнулось?");

        assertThat(cars).contains("три легковых").doesNotContain("Ленинградском");
        assertThat(fresh).as("asked first, of every crash").contains("Ленинградском");
    }

    @Test
    void should_search_a_place_named_by_an_alias_or_a_misspelling_by_the_name_the_base_writes() {
        uploaded("fires.jsonl", String.join("\n", record("e-1", "Пожар в Екатеринбурге", "2024-12-03T06:00:00+00:00",
                        "В Екатеринбурге горит административное здание больницы № 3, площадь пожара 200 кв. м."),
                record("e-2", "Метель", "2024-12-02T06:00:00+00:00", "В Екб, Тюмени и Челябинске метель."),
                records(5, i -> record("k-" + i, "Пожар в Казани", "2024-11-2" + i + "T08:00:00+00:00",
                        "В Казани горел склад, площадь пожара " + (i + 1) + "00 кв. м."))));
        long session = api.startSession(operator, "Пожары");

        JsonNode asked = ask(session, "в екб что горело");
        String alias = asked.get("response").asText();
        String misspelt = said(session, "в казане что горело");

        assertThat(alias).contains("больницы № 3").doesNotContain("метель");
        assertThat(asked.get("intent").get("intent").asText()).as("an event at a place, not a term «екб»").isEqualTo("general_query");
        assertThat(misspelt).as("«казане» is Казань typed in a hurry").contains("Казани").doesNotContain("сведений о «");
    }

    @Test
    void should_answer_a_follow_up_asking_something_new_from_the_report_the_answer_before_was_read_from() {
        StringBuilder news = new StringBuilder("{\"id\": \"k-1\", \"title\": \"Смертельное ДТП под Норильском\", "
                + "\"date\": \"2024-09-17T12:48:00+00:00\", \"text\": \"ДТП на дороге Кайеркан — Норильск: столкнулись "
                + "грузовик Scania и УАЗ. 5 человек погибли, 4 пострадали.\"}");
        for (int i = 0; i < 6; i++) {
            news.append("\n{\"id\": \"m-").append(i).append("\", \"title\": \"Массовое ДТП в Москве\", \"date\": \"2024-10-0")
                    .append(i + 1).append("T08:00:00+00:00\", \"text\": \"На Ленинградском проспекте столкнулись ").append(i + 3)
                    .append(" машины. Движение машин затруднено.\"}");
        }
        uploaded("roads.jsonl", news.toString());
        long session = api.startSession(operator, "Норильск");

        String deaths = ask(session, "дтп на дороге кайеркан норильск скока погибших").get("response").asText();
        String vehicles = ask(session, "а чё столкнулось, какие машины").get("response").asText();

        assertThat(deaths).startsWith("5 человек погибли");
        assertThat(vehicles).contains("Scania").doesNotContain("Ленинградском");
    }

    @Test
    void should_answer_a_follow_up_asking_why_with_the_cause_not_with_the_sources_of_the_answer_before() {
        String news = "{\"id\": \"u-1\", \"title\": \"Строительная люлька с рабочими рухнула в Уфе\", "
                + "\"date\": \"2024-06-11T14:17:00+00:00\", \"text\": \"Строительная люлька с рабочими рухнула в Уфе. "
                + "Погибли три человека, ещё один пострадал. Предварительно, подвели крепления с одной из сторон.\"}";
        uploaded("ufa.jsonl", news);
        long session = api.startSession(operator, "Уфа");

        ask(session, "в уфе люлька с рабочими упала скока погибло");
        String why = ask(session, "а из-за чего").get("response").asText();

        assertThat(why).startsWith("Предварительно, подвели крепления").doesNotContain("Предыдущий ответ основан");
    }

    @Test
    void should_not_answer_who_with_a_figure() {
        long session = api.startSession(operator, "Кто");

        String who = ask(session, "кто проводил сверку списков эвакуированных").get("response").asText();

        assertThat(who).doesNotStartWith("Эвакуированных (");
    }

    @Test
    void should_not_answer_about_another_place_or_another_thing_than_asked() {
        long session = api.startSession(operator, "Другое");

        JsonNode elsewhere = ask(session, "уровень воды в тулуне какой");
        JsonNode cause = ask(session, "из-за чего закрыли мост у ключей?");
        JsonNode overview = ask(session, "гп ключи кто обслуживает");

        assertThat(elsewhere.get("response").asText()).startsWith("В базе нет сведений о «Тулун»");
        assertThat(elsewhere.get("references")).isEmpty();
        assertThat(cause.get("response").asText()).startsWith("В базе нет сведений").contains("причина");
        assertThat(overview.get("response").asText()).doesNotContain("уровень воды на");
    }

    @Test
    void should_answer_a_timeline_of_an_object_with_few_figures_by_the_reports_of_its_incident() {
        uploaded("dam.jsonl", String.join("\n",
                record("k-1", "9 человек пострадали при размыве временной дамбы в Карелии", "2024-07-29T07:24:00+00:00",
                        "9 человек пострадали при размыве временной дамбы на Беломоро-Балтийском канале в Карелии. Без вести пропали 6 человек, вода затопила берег."),
                record("k-2", "1 человек погиб при прорыве дамбы в Карелии", "2024-07-29T08:39:00+00:00",
                        "1 человек погиб при прорыве дамбы в Карелии. Еще 10 человек пострадали, затоплен участок канала."),
                record("k-3", "Найдено тело последнего погибшего при прорыве дамбы в Карелии", "2024-07-31T08:13:00+00:00",
                        "Найдено тело последнего погибшего при прорыве дамбы в Карелии. Погибли 3 человека, 10 пострадали, затопленный участок осушают.")));
        long session = api.startSession(operator, "Дамба");

        String timeline = ask(session, "хронология по прорыву дамбы в карелии").get("response").asText();

        assertThat(timeline).startsWith("Хронология").contains("3 человека");
        assertThat(timeline.lines().filter(l -> l.startsWith("- ")).count()).as(timeline).isGreaterThanOrEqualTo(2);
    }

    @Test
    void should_say_no_cause_is_known_rather_than_give_another_fires_or_none() {
        uploaded("causes.jsonl", String.join("\n",
                record("w-1", "На Рябиновой улице горит склад", "2024-10-07T04:07:00+00:00",
                        "На Рябиновой улице горит одноэтажный склад. Площадь пожара - 450 квадратных метров."),
                record("w-2", "Пожар на складах под Тверью", "2024-10-08T10:00:00+00:00",
                        "В Генштабе не исключают, что причиной возникновения пожара на складах стала диверсия."),
                record("w-3", "Крушение Ми-2 под Кировом", "2024-09-20T10:00:00+00:00",
                        "Четыре человека погибли в результате крушения вертолета Ми-2 под Кировом. Место крушения оцеплено.")));
        long session = api.startSession(operator, "Причины");

        String warehouse = ask(session, "из-за чего загорелся склад на рябиновой").get("response").asText();
        String crash = ask(session, "причина крушения ми-2 под кировом").get("response").asText();

        assertThat(warehouse).startsWith("В базе нет сведений").doesNotContain("диверсия");
        assertThat(crash).startsWith("В базе нет сведений").contains("причина");
    }

    @Test
    void should_not_answer_an_event_asked_in_a_region_with_one_elsewhere_but_with_one_there() {
        uploaded("regions.jsonl", String.join("\n",
                record("p-1", "В Раменском без света остались жилые дома.", "2024-11-21T19:26:00+00:00",
                        "В Раменском из-за непогоды жилые дома на улице Лесной остались без электричества."),
                record("p-3", "В Крыму прошли учения спасателей.", "2024-11-20T08:00:00+00:00", "В Крыму прошли учения спасателей МЧС на побережье."),
                record("f-2", "В Башкирии горит склад.", "2024-11-22T08:00:00+00:00",
                        "В Башкирии в Стерлитамаке горит склад с мебелью, площадь пожара 500 кв. м.")));
        long session = api.startSession(operator, "Регионы");

        String crimea = said(session, "крым без света остался — коротко чё там было");
        String bashkiria = said(session, "пожар в башкирии на складе — что горело");

        assertThat(crimea).as("a blackout in Раменское is not one in Крым, which the base names")
                .startsWith("В базе нет сведений о происшествии: отключение электроэнергии (Крым)").doesNotContain("Лесной");
        assertThat(bashkiria).as("a report naming the region answers").contains("Стерлитамаке горит склад");
    }

    @Test
    void should_not_answer_what_happened_in_a_town_with_a_report_from_another_place() {
        uploaded("snow.jsonl", String.join("\n",
                record("s-1", "Энергоколлапс из-за сильного снегопада в Тверской области.", "2024-11-28T09:00:00+00:00",
                        "Энергоколлапс из-за сильного снегопада в Тверской области. Регион завалило снегом на прошлой неделе, а проблемы у "
                                + "жителей до сих пор."),
                record("s-2", "В Благовещенске лихач сбил людей на остановке.", "2024-06-14T13:28:00+00:00",
                        "В Благовещенске лихач сбил людей на остановке, водитель задержан.")));
        long session = api.startSession(operator, "Снег");

        String snow = said(session, "благовещенск завалило снегом — коротко чё там");
        String crash = said(session, "что в благовещенске случилось");

        assertThat(snow).as("the snow in Тверская область is not Благовещенск's").doesNotContain("Тверской", "Регион завалило")
                .startsWith("В базе нет сведений");
        assertThat(crash).contains("лихач сбил людей");
    }

    @Test
    void should_take_trading_rows_for_the_market_asked() {
        uploaded("market.jsonl", record("m-1", "В подмосковном Подольске горят торговые ряды.", "2024-09-22T09:05:00+00:00",
                "В подмосковном Подольске горят торговые ряды. Площадь пожара — 800 кв. метров, пострадавших нет."));
        long session = api.startSession(operator, "Рынок");

        String market = said(session, "пожар на рынке в подольске — какая площадь");

        assertThat(market).doesNotStartWith("В базе нет сведений").contains("800");
    }

    @Test
    void should_not_answer_an_event_asked_at_a_place_with_the_same_kind_of_event_elsewhere() {
        String news = String.join("\n",
                "{\"id\": \"n-1\", \"title\": \"В Казани сгорел автомобиль\", \"date\": \"2024-09-01T10:00:00+00:00\", "
                        + "\"text\": \"В Казани на парковке у дома на улице Баумана загорелся автомобиль. Пожар потушили за 20 минут.\"}",
                "{\"id\": \"n-2\", \"title\": \"Пожар на складе в Ярославле\", \"date\": \"2024-09-03T10:00:00+00:00\", "
                        + "\"text\": \"В Ярославле горит склад с бытовой химией. Площадь пожара на складе достигла 500 кв. м.\"}",
                "{\"id\": \"n-3\", \"title\": \"В Самаре горит гостиница\", \"date\": \"2024-09-04T10:00:00+00:00\", "
                        + "\"text\": \"В Самаре на улице Победы загорелась гостиница «Волга». Постояльцы вышли сами, пострадавших нет.\"}");
        uploaded("news.jsonl", news);
        long session = api.startSession(operator, "Пожары");

        JsonNode kazan = ask(session, "пожар на складе в казани");
        JsonNode kazanArea = ask(session, "пожар на складе в казани какая площадь");
        JsonNode storm = ask(session, "сколько погибло от урагана в казани");
        JsonNode yaroslavl = ask(session, "пожар на складе в ярославле");

        assertThat(kazan.get("response").asText()).startsWith("В базе нет сведений о происшествии: пожар (Казань)")
                .doesNotContain("500");
        assertThat(kazanArea.get("response").asText()).startsWith("В базе нет сведений о происшествии: пожар (Казань)");
        assertThat(storm.get("response").asText()).startsWith("В базе нет сведений о происшествии: непогода (Казань)");
        assertThat(yaroslavl.get("response").asText()).contains("Ярославл");
        assertThat(ask(session, "пожар в метро в казани").get("response").asText())
                .as("a car burnt in Kazan, no metro train").startsWith("В базе нет сведений о происшествии: пожар (Казань)");
        assertThat(ask(session, "в казани кафе горело").get("response").asText())
                .startsWith("В базе нет сведений о происшествии: пожар (Казань)");
        assertThat(ask(session, "на казанском нпз пожар, пострадавшие есть").get("response").asText())
                .startsWith("В базе нет сведений о происшествии: пожар (Казань)");
        assertThat(ask(session, "пожар в гостинице в самаре, пострадавшие есть").get("response").asText()).contains("Самар")
                .doesNotStartWith("В базе нет сведений");
    }

    @Test
    void should_not_answer_of_a_town_or_an_event_the_base_does_not_have_with_what_it_has_elsewhere() {
        String news = String.join("\n",
                "{\"id\": \"g-1\", \"title\": \"Взрыв газа в Пятигорске\", \"date\": \"2024-09-01T10:00:00+00:00\", "
                        + "\"text\": \"Взрыв газа произошёл в жилом доме в Пятигорске. Погибли 2 человека.\"}",
                "{\"id\": \"g-2\", \"title\": \"Энергетики готовятся к зиме\", \"date\": \"2024-09-02T10:00:00+00:00\", "
                        + "\"text\": \"Энергетики Липецка и Тамбова закончили ремонт подстанций.\"}",
                "{\"id\": \"g-3\", \"title\": \"Рыбаки на озере\", "
                        + "\"text\": \"В 1994 году погибли три рыбака: их лодка перевернулась на озере Неро.\"}");
        uploaded("gas.jsonl", news);
        long session = api.startSession(operator, "Газ");

        String lipetsk = ask(session, "взрыв газа в доме в липецке погибшие есть").get("response").asText();
        String pyatigorsk = ask(session, "сколько погибло при взрыве газа в пятигорске").get("response").asText();
        String salavat = ask(session, "взрыв газа в жилом доме в салавате есть погибшие").get("response").asText();
        String flood = ask(session, "сколько погибло в половодье 1994 года").get("response").asText();

        assertThat(lipetsk).startsWith("В базе нет сведений").contains("Липецк").doesNotContain("2 человека");
        assertThat(pyatigorsk).contains("2 человека");
        assertThat(salavat).as("a town with a person's name").startsWith("В базе нет сведений").contains("Салават");
        assertThat(flood).as("an event nothing read speaks of").startsWith("В базе нет сведений").doesNotContain("рыбака");
    }

    @Test
    void should_not_call_a_cause_what_names_the_event_as_the_cause_of_something_else() {
        String news = "{\"id\": \"d-1\", \"title\": \"ДТП на набережной\", \"date\": \"2024-12-03T13:57:00+00:00\", "
                + "\"text\": \"Пять человек пострадали в результате ДТП на Краснопресненской набережной в Москве.\"}";
        uploaded("dtp.jsonl", news);
        long session = api.startSession(operator, "ДТП");

        String cause = ask(session, "из-за чего дтп на краснопресненской набережной").get("response").asText();

        assertThat(cause).startsWith("В базе нет сведений").contains("причина");
    }

    @Test
    void should_not_answer_a_count_asked_with_sentences_that_count_something_else() {
        String news = "{\"id\": \"z-1\", \"title\": \"Жалобы на зефир\", \"date\": \"2024-10-12T14:30:00+00:00\", "
                + "\"text\": \"Сотни человек пожаловались на отравление зефиром из магазина. Магазин снял зефир с продажи.\"}";
        uploaded("zefir.jsonl", news);
        long session = api.startSession(operator, "Зефир");

        String count = ask(session, "скока человек госпитализировали после зефира").get("response").asText();

        assertThat(count).startsWith("В базе нет сведений").contains("госпитализированных");
    }

    @Test
    void should_not_answer_with_a_figure_of_the_place_what_the_question_counts_besides_it() {
        String report = "{\"id\": \"v-10\", \"title\": \"Сводка на 20:00 10.04.2026\", \"date\": \"2026-04-10T17:00:00+00:00\", "
                + "\"text\": \"Из с. Нижние Ключи эвакуировано 254 человека. Из личных подворий с. Нижние Ключи вывезено 38 голов скота.\"}";
        uploaded("svodka.jsonl", report);
        long session = api.startSession(operator, "Скот");

        String people = said(session, "скока вывезли из нижних ключей");
        String cattle = ask(session, "скока скота с подворий вывезли из нижних ключей").get("response").asText();
        String peopleAgain = said(session, "а людей?");

        assertThat(people).startsWith("Эвакуированных (Нижние Ключи)").contains("254 человека");
        assertThat(cattle).contains("38 голов").doesNotStartWith("Эвакуированных");
        assertThat(peopleAgain).startsWith("Эвакуированных (Нижние Ключи)").contains("254 человека");
    }

    @Test
    void should_not_give_the_cause_reported_at_another_place_as_the_cause_asked() {
        String news = String.join("\n",
                "{\"id\": \"c-1\", \"title\": \"Горит склад в Казани\", \"date\": \"2024-10-07T04:07:00+00:00\", "
                        + "\"text\": \"В Казани на улице Баумана горит одноэтажный склад. Площадь пожара 450 кв. м.\"}",
                "{\"id\": \"c-2\", \"title\": \"Пожар на складе в Ярославле\", \"date\": \"2024-10-08T04:07:00+00:00\", "
                        + "\"text\": \"Причиной пожара на складе в Ярославле стало короткое замыкание.\"}");
        uploaded("sklad.jsonl", news);
        long session = api.startSession(operator, "Склад");

        String kazan = ask(session, "из-за чего загорелся склад в казани").get("response").asText();
        String yaroslavl = ask(session, "из-за чего загорелся склад в ярославле").get("response").asText();

        assertThat(kazan).startsWith("В базе нет сведений").contains("причина").doesNotContain("замыкание");
        assertThat(yaroslavl).contains("короткое замыкание");
    }

    @Test
    void should_read_an_adjective_after_na_as_a_street_not_as_the_town_it_is_made_from() {
        String news = String.join("\n",
                "{\"id\": \"t-1\", \"title\": \"Шторм в Тамани\", \"date\": \"2024-10-20T10:00:00+00:00\", "
                        + "\"text\": \"В Тамани шторм повредил причал.\"}",
                "{\"id\": \"t-2\", \"title\": \"Пожар в Серебряном бору\", \"date\": \"2024-10-29T16:01:00+00:00\", "
                        + "\"text\": \"В Серебряном бору дом горит на Таманской улице. Площадь пожара 200 кв. м.\"}",
                "{\"id\": \"t-3\", \"title\": \"Горит автосервис\", \"date\": \"2024-11-09T16:01:00+00:00\", "
                        + "\"text\": \"Автосервис горит на Перовском проезде. Площадь пожара составляет около 100 кв. м.\"}",
                record("t-4", "Пожар в сталинской высотке в Москве на Садовой-Спасской", "2024-10-20T17:35:00+00:00",
                        "Пожар в сталинской высотке в Москве на Садовой-Спасской. Часть высотки находится на реконструкции. "
                                + "Площадь возгорания составила 30 квадратов."));
        uploaded("streets.jsonl", news);
        long session = api.startSession(operator, "Улицы");

        String tamanskaya = ask(session, "на таманской дом горел, площадь какая").get("response").asText();
        String perovsky = ask(session, "автосервис на перовском горит, щас какая площадь").get("response").asText();
        String total = ask(session, "сталинская высотка на садовой-спасской горела, итоговая площадь какая").get("response").asText();

        assertThat(tamanskaya).contains("200 кв. м").doesNotContain("Тамань");
        assertThat(perovsky).contains("около 100 кв. м").doesNotContain("В базе нет");
        assertThat(total).as("«итоговая площадь» is the area asked, not a square").contains("30 квадратов").doesNotContain("В базе нет");
    }

    @Test
    void should_read_an_adjective_after_na_and_another_adjective_as_a_street() {
        uploaded("tula.jsonl", String.join("\n",
                record("u-1", "Взрыв газа в Туле", "2024-08-18T08:00:00+00:00", "В Туле взорвался газ в жилом доме."),
                record("u-2", "Пожар в доме на Большой Тульской улице", "2024-10-10T03:01:00+00:00",
                        "Пожар в доме на Большой Тульской улице в Москве. Из горящего дома спасли 14 человек.")));
        long session = api.startSession(operator, "Улицы");

        String timeline = said(session, "хронолгия по пожару на большой тульской");

        assertThat(timeline).contains("14 человек").doesNotContain("Тула").doesNotStartWith("По происшествию");
    }

    @Test
    void should_tell_in_a_timeline_the_reports_of_a_story_its_incident_left_out() {
        uploaded("zephyr.jsonl", String.join("\n",
                record("z-1", "Сотни человек пожаловались на отравление зефиром из ВкусВилла", "2024-10-12T14:30:00+00:00",
                        "Сотни человек пожаловались на отравление зефиром из ВкусВилла. У них заболел живот."),
                record("z-2", "Роспотребнадзор закрыл фабрику «Сокол», где делали зефир для ВкусВилла", "2024-10-24T14:19:00+00:00",
                        "Роспотребнадзор временно закрыл кондитерскую фабрику «Сокол», где производили зефир без сахара."),
                record("z-3", "Роспотребнадзор закрыл столовую в Туле", "2024-10-20T10:00:00+00:00",
                        "Роспотребнадзор закрыл столовую после проверки.")));
        long session = api.startSession(operator, "История");

        String timeline = said(session, "как развивалась история с зефиром из вкусвилла");

        assertThat(timeline).startsWith("Хронология").contains("отравление зефиром", "«Сокол»").doesNotContain("столовую");
    }

    @Test
    void should_answer_of_a_street_the_base_writes_though_the_model_made_no_entity_of_it() {
        uploaded("michurinsky.jsonl", record("m-1", "Крупное ДТП", "2024-11-20T06:00:00+00:00",
                "крупное дтп на мичуринском проспекте: как минимум три человека погибли в результате столкновения двух легковушек."));
        long session = api.startSession(operator, "Улица");

        String dead = ask(session, "на мичуринском проспекте дтп, скока погибло").get("response").asText();
        String absent = ask(session, "на вернадском проспекте дтп, скока погибло").get("response").asText();

        assertThat(dead).as("a street written in lower case is no entity of the model").contains("три человека погибли")
                .doesNotContain("В базе нет");
        assertThat(absent).startsWith("В базе нет");
    }

    @Test
    void should_not_take_the_hospital_a_follow_up_asks_of_for_the_place_of_the_accident() {
        uploaded("michurinsky-dtp.jsonl", record("m-2", "На Мичуринском проспекте крупное ДТП", "2024-09-20T02:38:00+00:00",
                "На Мичуринском проспекте крупное ДТП — как минимум три человека погибли в результате столкновения двух легковушек. "
                        + "Еще трое доставлены в больницу."));
        long session = api.startSession(operator, "Больница");

        ask(session, "на мичуринском проспекте дтп, скока погибло");
        String hospital = ask(session, "а в больницу скока увезли").get("response").asText();

        assertThat(hospital).doesNotContain("нет сведений о происшествии").contains("трое");
    }

    @Test
    void should_not_answer_a_name_asked_with_someone_elses_name() {
        uploaded("pvr.jsonl", record("p-1", "Справка о ПВР", "2026-04-11T15:00:00+00:00", "Тарасов Евгений Валерьевич — начальник "
                + "ПВР № 2, директор ФОК «Олимп». ООО «Агрофирма Ключевская» начала перегон 146 голов КРС в с. Ключи."));
        long session = api.startSession(operator, "Кто");

        String farm = ask(session, "как зовут директора агрофирмы ключевская").get("response").asText();
        String sports = ask(session, "как зовут директора фок олимп").get("response").asText();

        assertThat(farm).isEqualTo("В базе нет сведений о том, что спрошено (имя).");
        assertThat(sports).contains("Тарасов Евгений Валерьевич");
    }

    @Test
    void should_answer_of_an_object_the_model_has_no_entity_for_when_the_reports_write_of_it() {
        String news = String.join("\n",
                record("m-0", "Без воды в Джанкое", "2024-11-10T09:00:00+00:00", "В городе Джанкой из-за аварии на водопроводе без воды остались 300 домов."),
                record("m-1", "Обрушение в Крыму", "2024-11-13T19:08:00+00:00",
                        "На дороге Джанкой — Маслово мост над железной дорогой рухнул вместе с фурой. Пострадали 2 человека."));
        uploaded("most.jsonl", news);
        long session = api.startSession(operator, "Мост");

        String bridge = ask(session, "что с мостом в джанкое").get("response").asText();

        assertThat(bridge).doesNotStartWith("В базе нет сведений").contains("Маслово");
    }

    @Test
    void should_answer_a_follow_up_with_its_own_word_in_another_form() {
        String news = String.join("\n",
                "{\"id\": \"j-1\", \"title\": \"Взрыв в Жуковском\", \"date\": \"2024-11-25T08:00:00+00:00\", "
                        + "\"text\": \"Взрыв прогремел в квартире в многоэтажке на улице Осипенко в Жуковском.\"}",
                "{\"id\": \"j-2\", \"title\": \"Пожар в Жуковском локализован\", \"date\": \"2024-11-25T08:49:00+00:00\", "
                        + "\"text\": \"Пожар в квартирах в Жуковском на улице Осипенко локализован, спасено 6 человек.\"}");
        uploaded("zhuk.jsonl", news);
        long session = api.startSession(operator, "Жуковский");

        ask(session, "что за взрыв в жуковском на осипенко");
        String rescued = ask(session, "скока спасли?").get("response").asText();

        assertThat(rescued).contains("6 человек");
    }

    @Test
    void should_not_take_a_short_town_name_for_the_last_word_of_a_longer_one() {
        String news = String.join("\n",
                "{\"id\": \"b-1\", \"title\": \"Сводка по гидропостам\", \"date\": \"2026-04-10T17:00:00+00:00\", "
                        + "\"text\": \"Уровень воды на ГП Верхний Бор — 493 см.\"}",
                "{\"id\": \"b-2\", \"title\": \"Жесткая посадка вертолета\", \"date\": \"2024-10-22T08:40:00+00:00\", "
                        + "\"text\": \"Вертолет санитарной авиации совершил жесткую посадку в лесу у города Бор. Пострадали пилот и фельдшер.\"}");
        uploaded("bor.jsonl", news);
        long session = api.startSession(operator, "Вертолет");

        ask(session, "вертолет санавиации жестко сел под бором, что известно");
        String hurt = ask(session, "кто пострадал?").get("response").asText();

        assertThat(hurt).contains("фельдшер").doesNotContain("по «Верхний Бор»");
    }

    @Test
    void should_give_in_a_timeline_what_each_report_counted() {
        String news = String.join("\n",
                "{\"id\": \"t-1\", \"title\": \"Пожар в Твери\", \"date\": \"2024-10-10T03:01:00+00:00\", "
                        + "\"text\": \"В Твери на улице Советской горит жилой дом. Спасли 3 жильцов.\"}",
                "{\"id\": \"t-2\", \"title\": \"Пожар в Твери ликвидирован\", \"date\": \"2024-10-10T03:46:00+00:00\", "
                        + "\"text\": \"Пожар в доме в Твери на улице Советской ликвидирован. Спасены 14 человек.\"}");
        uploaded("tver.jsonl", news);
        long session = api.startSession(operator, "Тверь");

        String timeline = ask(session, "хронология пожара в твери").get("response").asText();

        assertThat(timeline).containsPattern("ликвидирован»: спасённых — 14 человек \\[\\d]");
    }

    @Test
    void should_give_a_headline_other_channels_retold_once_in_a_timeline() {
        String news = String.join("\n",
                "{\"id\": \"z-1\", \"date\": \"2024-10-12T14:30:00+00:00\", \"source\": \"Telegram channel «A» (id -1), message 1\", "
                        + "\"text\": \"Сотни человек пожаловались на отравление зефиром из магазина в Химках.\"}",
                "{\"id\": \"z-2\", \"date\": \"2024-10-12T14:45:00+00:00\", \"source\": \"Telegram channel «B» (id -2), message 2\", "
                        + "\"text\": \"Сотни человек пожаловались на отравление зефиром из магазина в Химках, сообщил Mash.\"}",
                "{\"id\": \"z-3\", \"date\": \"2024-10-12T18:00:00+00:00\", \"source\": \"Telegram channel «A» (id -1), message 3\", "
                        + "\"text\": \"Отравление зефиром в Химках: производство на фабрике приостановлено.\"}");
        uploaded("zefir.jsonl", news);
        long session = api.startSession(operator, "Зефир");

        String timeline = ask(session, "хронология отравления зефиром в химках").get("response").asText();

        assertThat(timeline).contains("приостановлено");
        assertThat(timeline.lines().filter(l -> l.contains("Сотни человек")).count()).as(timeline).isEqualTo(1);
    }

    @Test
    void should_tell_in_a_timeline_what_a_message_adds_below_its_headline() {
        String news = String.join("\n",
                "{\"id\": \"m-1\", \"date\": \"2024-11-14T14:24:00+00:00\", \"source\": \"Telegram channel «A» (id -1), message 1\", "
                        + "\"text\": \"В центре Москвы горит жилой дом.\\nПожар произошёл в квартире на втором этаже здания на улице Маросейке.\"}",
                "{\"id\": \"m-2\", \"date\": \"2024-11-14T14:47:00+00:00\", \"source\": \"Telegram channel «A» (id -1), message 2\", "
                        + "\"text\": \"Движение на Маросейке из-за пожара в доме ограничено.\\nПожарные продолжают тушить огонь – он уже охватил "
                        + "перекрытия между 1 и 2 этажами.\"}",
                "{\"id\": \"m-3\", \"date\": \"2024-11-14T14:50:00+00:00\", \"source\": \"Telegram channel «B» (id -2), message 3\", "
                        + "\"text\": \"Движение на Маросейке из-за пожара в доме ограничено, сообщает Mash.\\nОгонь перекинулся на перекрытия "
                        + "здания, пожарные продолжают работу на месте.\"}");
        uploaded("maroseyka.jsonl", news);
        long session = api.startSession(operator, "Маросейка");

        String timeline = ask(session, "маросейка пожар как развивался").get("response").asText();

        assertThat(timeline).startsWith("Хронология").contains("перекрытия между 1 и 2 этажами", "на втором этаже");
        assertThat(timeline.lines().filter(l -> l.contains("Движение на Маросейке")).count())
                .as("a retelling in other words without a number is not news: %s", timeline).isEqualTo(1);
    }

    @Test
    void should_give_the_weather_of_the_latest_report_by_the_moment_asked() {
        uploaded("svodka-12.md", "# Оперативная сводка ЕДДС № 106 на 08:00 12.04.2026\n\n## Обстановка\n\nУровень воды на ГП Ключи 684 см.\n\n"
                + "## Метео\n\nНочью −1…+2 °C, порывы до 18 м/с. Днём +4…+8 °C, без существенных осадков.\n\nОперативный дежурный ЕДДС Петров И.А.\n");
        uploaded("svodka-13.md", "# Оперативная сводка ЕДДС № 108 на 08:00 13.04.2026\n\n## Обстановка\n\nУровень воды на ГП Ключи 686 см.\n\n"
                + "## Метео\n\nНочью 0…+3 °C, без осадков. Днём +8…+13 °C, ветер северо-западный 5–10 м/с.\n\nОперативный дежурный ЕДДС Ситников Е.В.\n");
        uploaded("shtorm.md", "# Штормовое предупреждение на 10.04.2026\n\nОжидается сильный дождь, ветер с порывами до 20 м/с, "
                + "температура воздуха днём +7…+12 °C, осадки 15–20 мм.\n");

        String weather = ask(api.startSession(operator, "Погода"), "чё по погоде, скока градусов обещают").get("response").asText();

        assertThat(weather).contains("+8…+13 °C", "13.04.2026").doesNotContain("+4…+8", "+7…+12", "Ситников", "686");
        String later = ask(api.startSession(operator, "Погода"), "прогноз погоды на 20 апреля").get("response").asText();
        assertThat(later).as("no report speaks of that day").startsWith("Сведений о погоде на 20.04.2026 в базе нет")
                .doesNotContain("+8…+13");
    }

    @Test
    void should_name_who_said_what_the_question_quotes() {
        uploaded("podolsk.jsonl", String.join("\n",
                "{\"id\": \"p-1\", \"title\": \"Пожар на складе в Подольске\", \"date\": \"2024-10-10T05:00:00+00:00\", \"source\": \"Telegram channel «Подмосковье»\", "
                        + "\"text\": \"Причиной пожара на складе в Подольске могла стать неисправная электропроводка, сообщили в СК РФ.\"}",
                "{\"id\": \"p-2\", \"title\": \"Тела двух человек нашли на пожаре в Подольске\", \"date\": \"2024-10-10T04:00:00+00:00\", "
                        + "\"text\": \"На пожаре на складе в Подольске обнаружены тела женщины и мужчины.\"}"));
        uploaded("res.md", "# Сведения РЭС об электроснабжении на 12.04.2026\n\nПо фидеру № 7 выехала бригада. Новая опора доставлена к 11:00."
                + " Установка опоры возможна после спада воды.\n\nНачальник Заречного РЭС Д.Ю. Мельник\n");

        String cause = ask(api.startSession(operator, "Кто сказал"), "кто сказал что в подольске причиной пожара стала проводка").get("response").asText();
        String pole = ask(api.startSession(operator, "Откуда"), "откуда инфа что опору к 11 часам подвезли").get("response").asText();

        assertThat(cause).as("the sentence saying it names who says it").contains("сообщили в СК РФ").doesNotContain("тела женщины");
        assertThat(pole).as("a document's sentence is said by the one who signed it").contains("Д.Ю. Мельник", "Новая опора доставлена к 11:00");
    }

    @Test
    void should_tell_who_agreed_a_document_named_by_its_kind_not_who_signed_another_speaking_of_it() {
        uploaded("plan.md", "# Выписка из Плана действий Заречного района\n\n## 4.2. Эвакуация населения\n\nЭвакуация жителей"
                + " с. Нижние Ключи проводится автобусами ПАЗ по 40 мест.\n\nСогласовано: начальник ЕДДС О.С. Кравец.\n");
        uploaded("svodka.md", "# Оперативная сводка ЕДДС № 110 на 08:00 14.04.2026\n\n## Планируемые мероприятия\n\nПлан санитарной"
                + " обработки домов в с. Нижние Ключи после эвакуации.\n\nОперативный дежурный ЕДДС Ситникова Е.В.\n");

        String agreed = ask(api.startSession(operator, "План"), "план эвакуации нижних ключей кто согласовывал").get("response").asText();
        String signed = ask(api.startSession(operator, "Сводка"), "кто подписал сводку 110").get("response").asText();
        String planSigned = ask(api.startSession(operator, "Подпись"), "кто подписал план эвакуации нижних ключей").get("response").asText();

        assertThat(agreed).contains("Согласовано: начальник ЕДДС О.С. Кравец").doesNotContain("Ситникова");
        assertThat(signed).contains("Ситникова Е.В.").doesNotContain("Кравец");
        assertThat(planSigned).as("who agreed to a plan did not sign it").startsWith("Кто составил и подписал «Выписка из Плана");
    }

    @Test
    void should_list_the_incidents_of_a_place_months_apart_rather_than_mix_them_in_one_timeline() {
        String news = String.join("\n",
                "{\"id\": \"p-1\", \"title\": \"В Подольске горит склад\", \"date\": \"2024-09-20T10:00:00+00:00\", "
                        + "\"text\": \"В Подольске горит склад. Площадь пожара составляет 300 кв. м.\"}",
                "{\"id\": \"p-2\", \"title\": \"В Подольске горит ангар\", \"date\": \"2024-11-28T10:00:00+00:00\", "
                        + "\"text\": \"В Подольске горит ангар. Площадь пожара достигла 4200 кв. м.\"}");
        uploaded("podolsk.jsonl", news);
        long session = api.startSession(operator, "Подольск");

        String answer = ask(session, "что случилось в подольске").get("response").asText();

        assertThat(answer).startsWith("Подольск: в базе 2 происшествия").contains("300 кв. м", "4200 кв. м")
                .doesNotContain("Хронология");
        assertThat(answer.indexOf("4200 кв. м")).as("newest first").isLessThan(answer.indexOf("300 кв. м"));
    }

    @Test
    void should_answer_a_follow_up_about_a_place_from_what_is_known_of_that_place_only() {
        String news = String.join("\n",
                "{\"id\": \"p-1\", \"title\": \"В Подольске горит склад\", \"date\": \"2024-09-20T10:00:00+00:00\", "
                        + "\"text\": \"В Подольске горит склад. Площадь пожара составляет 300 кв. м.\"}",
                "{\"id\": \"p-2\", \"title\": \"В Подольске горит ангар\", \"date\": \"2024-11-28T10:00:00+00:00\", "
                        + "\"text\": \"В Подольске горит ангар. Площадь пожара достигла 4200 кв. м.\"}",
                "{\"id\": \"k-1\", \"title\": \"Пожар в Киеве\", \"date\": \"2024-11-29T10:00:00+00:00\", "
                        + "\"text\": \"В Киеве горел торговый центр. Причиной пожара стало короткое замыкание.\"}");
        uploaded("news.jsonl", news);
        long session = api.startSession(operator, "Подольск");

        ask(session, "что случилось в подольске");
        String cause = ask(session, "а причина?").get("response").asText();

        assertThat(cause).startsWith("В базе нет сведений").contains("Подольск").doesNotContain("замыкание");
    }

    @Test
    void should_answer_a_question_for_the_outcome_with_a_summary_but_a_figure_asked_with_the_figure() {
        uploaded("evacuation.jsonl", EVACUATION);
        long session = api.startSession(operator, "Итоги");

        String outcome = ask(session, "итоги эвакуации в двух словах").get("response").asText();
        String figure = ask(session, "сколько эвакуировано из нижних ключей итог").get("response").asText();

        assertThat(outcome).contains("## Сводка: Эвакуация").contains("327 человек");
        assertThat(figure).startsWith("Эвакуированных (Нижние Ключи)").contains("327 человек");
    }

    @Test
    void should_give_the_people_before_the_gauges_in_a_summary() {
        String flood = String.join("\n",
                "{\"id\": \"f-1\", \"title\": \"Сводка о половодье на 08:00 11.04.2026\", \"date\": \"2026-04-11T05:00:00+00:00\", "
                        + "\"text\": \"Половодье на р. Сосна. Из с. Нижние Ключи эвакуировано 312 человек.\"}",
                "{\"id\": \"f-2\", \"title\": \"Сводка о половодье на 20:00 12.04.2026\", \"date\": \"2026-04-12T17:00:00+00:00\", "
                        + "\"text\": \"Половодье на р. Сосна. Из с. Нижние Ключи эвакуировано 327 человек.\\nГП Верхний Бор — 493 см;\\nГП Ключи — 691 см;\\nГП Ольховка — 741 см;\\n"
                        + "ГП Заречье — 537 см.\"}");
        uploaded("flood.jsonl", flood);
        long session = api.startSession(operator, "Сводка");

        String summary = ask(session, "подготовь сводку по половодью").get("response").asText();

        assertThat(summary).contains("## Сводка").contains("327 человек").contains("691 см");
        assertThat(summary.indexOf("327 человек")).isLessThan(summary.indexOf("691 см"));
    }

    @Test
    void should_summarise_a_place_that_is_part_of_an_incident_from_what_is_known_of_that_place() {
        String flood = String.join("\n",
                "{\"id\": \"f-1\", \"title\": \"Сводка о половодье на 08:00 11.04.2026\", \"date\": \"2026-04-11T05:00:00+00:00\", "
                        + "\"text\": \"Половодье на р. Сосна. Из с. Нижние Ключи эвакуировано 312 человек. Из с. Ольховка эвакуирован 41 человек.\"}",
                "{\"id\": \"f-2\", \"title\": \"Сводка о половодье на 20:00 12.04.2026\", \"date\": \"2026-04-12T17:00:00+00:00\", "
                        + "\"text\": \"Половодье на р. Сосна. Из с. Нижние Ключи эвакуировано 327 человек. Ольховская дамба выдержала подъём воды.\"}");
        uploaded("flood.jsonl", flood);
        long session = api.startSession(operator, "Ольховка");

        String summary = ask(session, "доложи кратко по ольховке").get("response").asText();

        assertThat(summary).contains("Сводка по «Ольховка»", "41 человек", "Ольховская дамба выдержала подъём воды")
                .doesNotContain("327", "312");
    }

    @Test
    void should_tell_of_the_reports_in_a_summary_of_an_incident_with_few_figures_and_pick_it_by_the_words_asked() {
        String news = String.join("\n",
                "{\"id\": \"n-1\", \"title\": \"Пожар в приюте для женщин в Одинцове.\", \"date\": \"2024-11-15T18:35:00+00:00\", "
                        + "\"text\": \"Пожар в приюте для женщин в Одинцове. Людей эвакуировали.\"}",
                "{\"id\": \"n-2\", \"title\": \"Причиной пожара в приюте в Одинцове стал неисправный обогреватель.\", "
                        + "\"date\": \"2024-11-16T10:08:00+00:00\", \"text\": \"Причиной пожара в приюте в Одинцове стал неисправный обогреватель.\"}",
                "{\"id\": \"n-5\", \"title\": \"Пожар в приюте в Одинцове полностью потушен, сообщает МЧС\", "
                        + "\"date\": \"2024-11-16T12:40:00+00:00\", \"text\": \"Пожар в приюте в Одинцове полностью потушен, сообщает МЧС\"}",
                "{\"id\": \"n-3\", \"title\": \"В ЖК «Лайково» под Одинцово сгорел автомобиль.\", \"date\": \"2024-11-27T05:50:00+00:00\", "
                        + "\"text\": \"В ЖК «Лайково» под Одинцово сгорел припаркованный автомобиль. Пожар потушили за 10 минут.\"}",
                "{\"id\": \"n-4\", \"title\": \"В сгоревшей машине в Одинцовском районе людей не было.\", \"date\": \"2024-11-27T06:36:00+00:00\", "
                        + "\"text\": \"В салоне сгоревшей машины в Одинцовском районе людей не было, пожар повредил ещё две машины.\"}");
        uploaded("news.jsonl", news);
        long session = api.startSession(operator, "Одинцово");

        String summary = ask(session, "сводку по пожару в одинцовском приюте дай").get("response").asText();

        assertThat(summary).contains("## Сводка", "Сообщения:", "неисправный обогреватель").doesNotContain("автомобиль");
        assertThat(summary).as("a news headline without its full stop is a report too").contains("полностью потушен, сообщает МЧС");
    }

    @Test
    void should_give_a_gauges_danger_mark_when_it_is_asked_not_its_level() {
        String gauge = "{\"id\": \"z-1\", \"title\": \"Сводка на 20:00 13.04.2026\", \"date\": \"2026-04-13T17:00:00+00:00\", "
                + "\"text\": \"ГП Заречье: уровень воды 548 см, выше опасной отметки 540 см.\"}";
        uploaded("zarechye.jsonl", gauge);
        long session = api.startSession(operator, "Заречье");

        String danger = ask(session, "опасная отметка на гп заречье какая").get("response").asText();
        String adverse = ask(session, "а неблагоприятная отметка на гп заречье?").get("response").asText();

        assertThat(danger).startsWith("Опасная отметка (ГП Заречье) — 540 см").contains("548 см");
        String upstream = ask(session, "а у гп ключи?").get("response").asText();
        String exceeded = ask(session, "во сколько превысили опасную отметку на гп заречье?").get("response").asText();

        assertThat(adverse).contains("В базе нет сведений о том, что спрошено (неблагоприятная отметка)").doesNotContain("540");
        assertThat(upstream).as("the mark asked is kept by a follow-up").doesNotContain("Уровень воды (ГП Ключи)");
        assertThat(exceeded).startsWith("Уровень на ГП Заречье впервые выше отметки (опасная отметка 540 см [1]) — на 20:00 13.04.2026")
                .contains("548 см");
    }

    @Test
    void should_say_how_far_a_level_was_below_the_danger_mark_and_keep_asking_so_of_the_next_gauge() {
        uploaded("marks.jsonl", String.join("\n",
                record("m-1", "Сводка на 08:00 10.04.2026", "2026-04-10T05:00:00+00:00",
                        "ГП Ольховка: уровень воды 679 см, опасная отметка 720 см."),
                record("m-2", "Сводка на 08:00 10.04.2026 (верховья)", "2026-04-10T05:00:00+00:00",
                        "ГП Верхний Бор: уровень воды 556 см, опасная отметка 560 см."),
                record("m-3", "Сводка на 20:00 12.04.2026 (верховья)", "2026-04-12T17:00:00+00:00",
                        "ГП Верхний Бор: уровень воды 571 см, выше опасной отметки 560 см.")));
        long session = api.startSession(operator, "Запас до отметки");

        String olkhovka = ask(session, "утром 10 апреля скока на гп ольховка до опасной оставалось").get("response").asText();
        String upstream = ask(session, "а на гп верхний бор?").get("response").asText();
        String later = ask(session, "запас до опасной на верхнем бору вечером 12 апреля какой").get("response").asText();

        assertThat(olkhovka).startsWith("До опасной отметки (ГП Ольховка, 720 см)").contains("оставалось 41 см", "679 см");
        assertThat(upstream).as("the margin asked is kept by a follow-up").contains("оставалось 4 см", "556 см");
        assertThat(later).contains("выше опасной отметки (ГП Верхний Бор, 560 см)", "на 11 см", "571 см");
    }

    @Test
    void should_answer_a_summary_asked_in_so_many_words_with_the_situation_of_the_moment() {
        uploaded("evacuation.jsonl", EVACUATION);
        long session = api.startSession(operator, "Доклад");

        String evening = said(session, "доложи по вечеру 12 апреля вкратце");
        String morning = said(session, "чё было по сводке на 8 утра 11 апреля, в двух словах");

        assertThat(evening).startsWith("## Сводка").contains("на 20:00 12.04.2026", "327 человек");
        assertThat(morning).startsWith("## Сводка").contains("на 08:00 11.04.2026", "312 человек").doesNotContain("327");
    }

    @Test
    void should_not_answer_a_summary_of_something_unknown_with_the_whole_situation() {
        uploaded("evacuation.jsonl", EVACUATION);
        long session = api.startSession(operator, "Сводка");

        String unknown = ask(session, "кратко по ловцову").get("response").asText();

        assertThat(unknown).doesNotContain("## Сводка: Эвакуация", "327");
    }

    @Test
    void should_not_answer_a_follow_up_adding_a_word_with_the_figure_asked_before() {
        uploaded("evacuation.jsonl", EVACUATION);
        long session = api.startSession(operator, "Эвакуация");

        String first = ask(session, "сколько эвакуировано из нижних ключей").get("response").asText();
        String children = ask(session, "а детей?").get("response").asText();

        assertThat(first).startsWith("Эвакуированных (Нижние Ключи)");
        assertThat(children).doesNotStartWith("Эвакуированных (Нижние Ключи)");
    }

    @Test
    void should_confide_less_in_an_answer_that_covers_less_of_the_question() {
        long session = api.startSession(operator, "Ключи");

        JsonNode covered = ask(session, "уровень воды на гп ключи на утро 11 апреля");
        JsonNode partly = ask(session, "уровень воды на гп ключи на утро 11 апреля и прогноз притоков от гидрометцентра");

        assertThat(partly.get("response").asText()).contains("652 см");
        assertThat(partly.get("confidence").asDouble()).isLessThan(covered.get("confidence").asDouble());
        assertThat(covered.get("confidence").asDouble()).isLessThan(1.0);
    }

    @Test
    void should_say_when_the_moment_asked_is_after_the_data_ends() {
        long session = api.startSession(operator, "Ключи");

        String answer = ask(session, "уровень на гп ключи 20 апреля").get("response").asText();

        assertThat(answer).contains("в базе нет", "последние", "691 см");
    }

    @Test
    void should_give_the_situation_as_it_stood_at_the_moment_asked_for_an_overview() {
        long session = api.startSession(operator, "Обстановка");

        String answer = ask(session, "обстановка на утро 11 апреля кратко").get("response").asText();

        assertThat(answer).contains("Сводка", "на 08:00 11.04.2026 МСК\n", "652 см").doesNotContain("691", "12.04.2026");
        assertThat(zoneLabels(answer)).isEqualTo(1);
    }

    @Test
    void should_answer_an_english_question_from_the_model() {
        uploaded("evacuation.jsonl", EVACUATION);
        long session = api.startSession(operator, "English");

        String evacuated = ask(session, "How many people were evacuated from Nizhnie Klyuchi?").get("response").asText();

        assertThat(evacuated).contains("Нижние Ключи", "327 человек");
    }

    @Test
    void should_keep_the_object_of_an_overview_when_a_follow_up_changes_only_the_moment() {
        long session = api.startSession(operator, "Мост");

        String now = ask(session, "что с мостом у ключей").get("response").asText();
        String then = ask(session, "а на утро 11 апреля?").get("response").asText();

        assertThat(now).contains("открыт", "12.04.2026");
        assertThat(then).contains("закрыт", "10.04.2026").doesNotContain("открыт");
    }

    @Test
    void should_not_answer_a_follow_up_to_a_who_question_with_a_figure_of_what_it_names() {
        long session = api.startSession(operator, "Кто");

        ask(session, "кто отвечает за мост у ключей?");
        String next = ask(session, "а за гп ключи?").get("response").asText();

        assertThat(next).doesNotContain("уровень воды на", "691 см");
    }

    /** How many times an answer names the zone: once, after its first moment. */
    private static long zoneLabels(String answer) {
        return Pattern.compile("\\d{2}:\\d{2} \\d{2}\\.\\d{2}\\.\\d{4} МСК").matcher(answer).results().count();
    }
}
