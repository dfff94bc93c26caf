package ru.sppr.chat.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.sppr.chat.answer.Request;
import ru.sppr.chat.answer.Words;
import ru.sppr.chat.app.AppConfig;
import ru.sppr.chat.app.Application;
import ru.sppr.chat.intent.Intent;
import ru.sppr.chat.knowledge.ingest.IngestListener;
import ru.sppr.chat.knowledge.ingest.IngestOptions;
import ru.sppr.chat.session.HistoryPage;
import ru.sppr.chat.session.Turn;
import ru.sppr.chat.storage.TestDatabases;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.NewUser;
import ru.sppr.chat.user.Role;

/** Whole turns over a small knowledge base, as wired in the service. */
class DialogTurnTest {
    @TempDir
    Path home;
    Application app;
    Caller operator;

    @BeforeEach
    void open() throws IOException {
        app = Application.wire(AppConfig.load(Map.of("CHAT_INTENT_COOLDOWN", "60"), home),
                TestDatabases.open(TestDatabases.Backend.H2), Clock.systemUTC());
        Path docs = Files.createDirectories(home.resolve("docs"));
        Files.writeString(docs.resolve("crossing.md"), """
                # Лодочная переправа у Ключей

                Сводка на 08:00 12.04.2026. Лодочная переправа у Ключей работает с 07:00 до 21:00, дежурят два катера МЧС.
                """);
        Files.writeString(docs.resolve("dam.md"), """
                # Дамба у Ольховки

                Сводка на 08:00 12.04.2026. Дамба у Ольховки усилена мешками с песком, запас до гребня 139 см.
                """);
        Files.writeString(docs.resolve("secret.md"), "# Сценарий прорыва\n\nПри прорыве дамбы у Ольховки будут затоплены 214 домов.\n");
        Files.writeString(docs.resolve("secret.md.meta.json"), "{\"access\": \"confidential\"}");
        app.knowledge().ingest(List.of(docs), IngestOptions.defaults(), Caller.LOCAL_ADMIN, IngestListener.NONE);
        assertThat(app.situation().awaitFollowed(Duration.ofMinutes(1))).isTrue();
        operator = app.users().ensure(new NewUser("ivan", null, Role.OPERATOR, Clearance.INTERNAL), Caller.LOCAL_ADMIN)
                .user().asCaller();
    }

    @AfterEach
    void close() {
        app.close();
    }

    AskResult ask(long session, String text) {
        return app.dialog().ask(session, new Question(text), operator);
    }

    long session() {
        return app.sessions().start(operator.userId(), "тест", operator).id();
    }

    @Test
    void should_understand_a_follow_up_in_the_context_of_the_previous_question() {
        long fresh = session();
        assertThat(ask(fresh, "а что с ней сейчас?").exchange().answer().citations()).isEmpty();

        long dialogue = session();
        ask(dialogue, "Как работает лодочная переправа у Ключей?");
        AskResult followUp = ask(dialogue, "а что с ней сейчас?");

        assertThat(followUp.exchange().answer().citations()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.title()).contains("переправа"));
        assertThat(followUp.exchange().answer().content()).contains("07:00");
    }

    @Test
    void should_search_a_follow_up_to_a_follow_up_with_the_question_that_stood_on_its_own() {
        long dialogue = session();
        ask(dialogue, "Как работает лодочная переправа у Ключей?");
        ask(dialogue, "а сейчас?");
        AskResult third = ask(dialogue, "а что было на 08:00 12.04.2026?");
        long another = session();
        ask(another, "Как работает лодочная переправа у Ключей?");
        ask(another, "сколько погибших?");
        AskResult afterCount = ask(another, "а что было на 08:00 12.04.2026?");

        assertThat(third.exchange().answer().citations()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.title()).contains("переправа"));
        assertThat(afterCount.exchange().answer().citations()).as("a question naming nothing of its own does not end the chain")
                .isNotEmpty().allSatisfy(c -> assertThat(c.title()).contains("переправа"));
    }

    @Test
    void should_record_question_answer_citations_and_suggestions_together() {
        long session = session();

        AskResult result = ask(session, "Какой запас до гребня дамбы у Ольховки?");

        Turn answer = result.exchange().answer();
        assertThat(answer.content()).contains("139 см").contains("[1]");
        assertThat(answer.confidence()).isBetween(0.0, 1.0);
        HistoryPage history = app.sessions().history(session, 10, null, operator);
        assertThat(history.turns().getLast().citations()).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Дамба у Ольховки");
            assertThat(c.observedAt()).isNotNull();
        });
        assertThat(history.suggestions()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void should_never_answer_from_a_source_above_the_callers_clearance() {
        AskResult result = ask(session(), "Сколько домов будут затоплены при прорыве дамбы?");

        assertThat(result.exchange().answer().content()).doesNotContain("214");
        assertThat(result.exchange().answer().citations()).noneMatch(c -> c.title().contains("Сценарий"));
    }

    @Test
    void should_justify_the_previous_answer_with_its_sources() {
        long session = session();
        ask(session, "Какой запас до гребня дамбы у Ольховки?");

        AskResult why = ask(session, "Почему ты так считаешь?");

        assertThat(why.intent().intent().code()).isEqualTo("justify_answer");
        assertThat(why.exchange().answer().content()).contains("Дамба у Ольховки").contains("139 см");
    }

    @Test
    void should_give_the_sources_of_the_previous_answer_when_asked_where_it_came_from() {
        long session = session();
        ask(session, "Какой запас до гребня дамбы у Ольховки?");

        AskResult where = ask(session, "откуда данные?");
        AskResult documents = ask(session, "какие документы есть по переправе у Ключей?");

        assertThat(where.intent().intent()).isEqualTo(Intent.JUSTIFY_ANSWER);
        assertThat(where.exchange().answer().content()).contains("139 см").doesNotContain("переправа");
        assertThat(documents.intent().intent()).isEqualTo(Intent.REQUEST_SOURCES);
    }

    @Test
    void should_take_where_from_before_a_verb_of_going_for_a_place_not_for_the_grounds_of_the_answer_before() {
        long session = session();
        ask(session, "Какой запас до гребня дамбы у Ольховки?");

        assertThat(ask(session, "а откуда летел?").intent().intent()).isEqualTo(Intent.GENERAL_QUERY);
        assertThat(ask(session, "откуда их вывезли").intent().intent()).isNotIn(Intent.JUSTIFY_ANSWER, Intent.REQUEST_SOURCES);
        assertThat(ask(session, "откуда это?").intent().intent()).isEqualTo(Intent.JUSTIFY_ANSWER);
    }

    @Test
    void should_answer_a_why_question_that_opens_a_session_as_a_question_not_a_justification() {
        AskResult why = ask(session(), "Почему ты думаешь, что запас до гребня дамбы у Ольховки 139 см?");

        assertThat(why.intent().predicted().code()).isEqualTo("justify_answer");
        assertThat(why.intent().intent().code()).isEqualTo("general_query");
        assertThat(why.intent().fellBack()).isTrue();
        assertThat(why.exchange().answer().citations()).isNotEmpty();
    }

    @Test
    void should_take_a_follow_up_without_a_word_of_grounds_as_a_question_not_a_justification() {
        long session = session();
        ask(session, "дамбу у ольховки усилили мешками?");

        assertThat(ask(session, "а виновник?").intent().intent().code()).isNotEqualTo("justify_answer");
        assertThat(ask(session, "почему ты так решил?").intent().intent().code()).isEqualTo("justify_answer");
    }

    @Test
    void should_answer_who_reported_something_with_its_sources() {
        AskResult who = ask(session(), "кто сообщил что дамбу у ольховки усилили мешками с песком");

        assertThat(who.intent().intent().code()).isEqualTo("request_sources");
        assertThat(who.exchange().answer().content()).as("the source saying it, named, with its sentence")
                .startsWith("Об этом сообщил").contains("«Дамба", "мешками с песком");
        assertThat(who.exchange().answer().citations()).isNotEmpty().allSatisfy(c -> assertThat(c.title()).contains("Дамба"));
        assertThat(ask(session(), "в каком году Доктор Кто заявил о дамбе у Ольховки").intent().intent().code()).isNotEqualTo("request_sources");
        for (String claim : List.of("кто писал что дамбу у ольховки усилили мешками", "откуда инфа что дамбу у ольховки усилили мешками",
                "кто говорил что дамбу у ольховки усилили мешками", "кто предупреждал что дамбу у ольховки надо усилить мешками")) {
            AskResult said = ask(session(), claim);
            assertThat(said.intent().intent().code()).as(claim).isEqualTo("request_sources");
            assertThat(said.exchange().answer().citations()).as(claim).isNotEmpty().allSatisfy(c -> assertThat(c.title()).contains("Дамба"));
        }
        assertThat(ask(session(), "откуда вывозили людей").intent().intent().code()).isNotEqualTo("request_sources");
    }

    @Test
    void should_take_a_question_for_a_figure_not_for_sources_unless_it_names_sources() {
        long session = session();

        AskResult dead = ask(session, "погибшие есть?");
        AskResult documents = ask(session, "какие документы есть по дамбе у Ольховки?");

        assertThat(dead.intent().predicted().code()).isEqualTo("request_sources");
        assertThat(dead.intent().intent().code()).isEqualTo("general_query");
        assertThat(dead.exchange().answer().content()).doesNotStartWith("Источники");
        assertThat(documents.intent().intent().code()).isEqualTo("request_sources");
    }

    @Test
    void should_answer_small_talk_that_the_knowledge_base_answers_as_a_question_and_greet_otherwise() throws IOException {
        Path doc = Files.writeString(home.resolve("pvr.md"), """
                # Пункт временного размещения в школе № 2

                Медпункт ПВР ведёт Доктор Ирина Соколова, её дочь Анна Соколова помогает волонтёрам с регистрацией.
                """);
        app.knowledge().ingest(List.of(doc), IngestOptions.defaults(), Caller.LOCAL_ADMIN, IngestListener.NONE);
        assertThat(app.situation().awaitFollowed(Duration.ofMinutes(1))).isTrue();
        long session = session();

        AskResult hello = ask(session, "Привет! Как дела?");
        AskResult daughter = ask(session, "Как зовут дочь Доктора?");

        assertThat(hello.intent().intent().code()).isEqualTo("chitchat");
        assertThat(hello.exchange().answer().citations()).isEmpty();
        assertThat(daughter.intent().predicted().code()).isEqualTo("chitchat");
        assertThat(daughter.intent().intent().code()).isEqualTo("general_query");
        assertThat(daughter.intent().fellBack()).isTrue();
        assertThat(daughter.exchange().answer().content()).contains("Анна Соколова");
        assertThat(daughter.exchange().answer().citations()).isNotEmpty();
    }

    @Test
    void should_keep_an_unsure_answer_with_its_warning_within_the_word_budget() throws IOException {
        app.close();
        app = Application.wire(AppConfig.load(Map.of("CHAT_CONFIDENCE_UNSURE", "1.0"), home),
                TestDatabases.open(TestDatabases.Backend.H2), Clock.systemUTC());
        operator = app.users().ensure(new NewUser("ivan", null, Role.OPERATOR, Clearance.INTERNAL), Caller.LOCAL_ADMIN)
                .user().asCaller();
        Path doc = Files.writeString(home.resolve("route.md"), "# Маршрут колонны\n\n" + "Колонна шла от Ключей, "
                + "минуя мост у Ольховки, старую переправу, брод у мельницы, ".repeat(6)
                + "и к вечеру встала лагерем у школы № 2, где её ждали волонтёры, повара, медики и водители автобусов.\n");
        app.knowledge().ingest(List.of(doc), IngestOptions.defaults(), Caller.LOCAL_ADMIN, IngestListener.NONE);
        assertThat(app.situation().awaitFollowed(Duration.ofMinutes(1))).isTrue();

        Turn answer = ask(session(), "Где колонна встала лагерем к вечеру?").exchange().answer();

        assertThat(answer.content()).startsWith("Не уверен — проверьте источники.").contains("встала лагерем у школы");
        assertThat(Words.count(answer.content())).isLessThanOrEqualTo(Request.MAX_WORDS);
    }

    @Test
    void should_explain_a_term_from_the_glossary_even_when_reports_mention_it_more_often() throws IOException {
        Path docs = Files.createDirectories(home.resolve("pvr"));
        for (int i = 1; i <= 8; i++) {
            Files.writeString(docs.resolve("svodka-" + i + ".md"), "# Сводка № 10" + i + "\n\n"
                    + "Всего в ПВР — " + (100 + i) + " человек. ПВР № 1 — " + (90 + i) + " человек, ПВР № 3 — 8 человек. "
                    + "Питание в ПВР организовано.\n");
        }
        StringBuilder glossary = new StringBuilder("# Глоссарий терминов и сокращений\n\n");
        for (String term : List.of("ЕДДС — единая дежурно-диспетчерская служба района", "КЧС — комиссия по чрезвычайным ситуациям",
                "ГП — гидрологический пост", "ОЯ — опасное явление", "НП — населённый пункт", "ОГ — оперативная группа",
                "ЛЭП — линия электропередачи", "СИЗ — средства индивидуальной защиты", "РСЧС — единая государственная система",
                "ПВР — пункт временного размещения: место, где эвакуированное население размещается и получает питание",
                "ЧС — чрезвычайная ситуация", "ЦУКС — центр управления в кризисных ситуациях", "АСР — аварийно-спасательные работы",
                "Низководный мост — мост с низким расположением проезжей части, который затапливается при высоких уровнях воды")) {
            glossary.append(term).append(". Применяется в сводках, донесениях и докладах дежурной смены районного звена, ")
                    .append("при взаимодействии с оперативной группой и при подготовке решений комиссии.\n\n");
        }
        Files.writeString(docs.resolve("glossary.md"), glossary.toString());
        app.knowledge().ingest(List.of(docs), IngestOptions.defaults(), Caller.LOCAL_ADMIN, IngestListener.NONE);
        assertThat(app.situation().awaitFollowed(Duration.ofMinutes(1))).isTrue();

        AskResult what = ask(session(), "Что такое ПВР?");

        assertThat(what.intent().intent().code()).isEqualTo("explain_terms");
        assertThat(what.exchange().answer().content()).startsWith("ПВР — пункт временного размещения");
        AskResult typo = ask(session(), "еддс чем вобще занимается, по глосарию");
        assertThat(typo.intent().intent().code()).as("«глосарий» misspelt").isEqualTo("explain_terms");
        assertThat(typo.exchange().answer().content()).startsWith("ЕДДС — единая дежурно-диспетчерская служба");
        AskResult english = ask(session(), "where is a ПВР usually set up, according to the glossary?");
        assertThat(english.intent().intent().code()).isEqualTo("explain_terms");
        assertThat(english.exchange().answer().content()).contains("ПВР — пункт временного размещения");
        AskResult twoWords = ask(session(), "низководный мост это какой");
        assertThat(twoWords.intent().intent().code()).as("a term of two words, «это какой»").isEqualTo("explain_terms");
        assertThat(twoWords.exchange().answer().content()).startsWith("Низководный мост — мост с низким расположением");
    }

    @Test
    void should_not_read_a_pronoun_as_a_place_the_base_lacks() {
        String answer = ask(session(), "для тех кто на переправе у ключей дежурит, катера есть?").exchange().answer().content();

        assertThat(answer).as("«тех» is no form of the country Того").doesNotContain("Того").contains("два катера");
    }

    @Test
    void should_read_a_day_asked_from_the_reports_of_that_day() throws IOException {
        Path docs = Files.createDirectories(home.resolve("days"));
        Files.writeString(docs.resolve("old.md"), """
                # Сводка на 08:00 10.04.2025

                Сводка на 08:00 10.04.2025. Во дворе школы № 5 в Заречье проводили учения по пожарной безопасности, во дворе \
                школы были пожарные машины.
                """);
        Files.writeString(docs.resolve("new.md"), """
                # Сводка на 08:00 12.04.2026

                Сводка на 08:00 12.04.2026. Во дворе школы № 5 в Заречье раздавали питьевую воду жителям.
                """);
        app.knowledge().ingest(List.of(docs), IngestOptions.defaults(), Caller.LOCAL_ADMIN, IngestListener.NONE);
        assertThat(app.situation().awaitFollowed(Duration.ofMinutes(1))).isTrue();

        String asked = ask(session(), "что было во дворе школы 5 12 апреля").exchange().answer().content();

        assertThat(asked).as("the report of the day asked, not the year before's").contains("питьевую воду").doesNotContain("учения");
    }
}
