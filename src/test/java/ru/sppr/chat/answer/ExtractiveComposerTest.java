package ru.sppr.chat.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.intent.Intent;
import ru.sppr.chat.knowledge.analysis.Analyses;
import ru.sppr.chat.knowledge.search.Excerpt;
import ru.sppr.chat.knowledge.search.SearchHit;
import ru.sppr.chat.knowledge.source.SourceType;

class ExtractiveComposerTest {
    static final Instant NOW = Instant.parse("2026-04-12T12:00:00Z");
    final ExtractiveComposer composer = new ExtractiveComposer(ZoneId.of("Europe/Moscow"), Analyses.SHARED);

    static SearchHit hit(String id, String title, String text, double score, Instant observed) {
        return fragment(id, 0, title, text, score, observed);
    }

    /** Fragment {@code n} of a source: several of one document are found apart. */
    static SearchHit fragment(String source, int n, String title, String text, double score, Instant observed) {
        return new SearchHit(source + "#" + n, source, title, SourceType.DOCUMENT, "раздел «Обстановка»", null, observed, score, text,
                Excerpt.of(text, List.of()));
    }

    static Request ask(Intent intent, String question, List<SearchHit> hits) {
        return new Request(intent, question, question, hits, Map.of(), NOW, Duration.ofHours(48), Optional.empty());
    }

    @Test
    void should_answer_with_a_citation_mark_after_every_sentence_that_resolves_to_a_source() {
        var hits = List.of(
                hit("r1", "Сводка № 102", "Уровень воды у гидропоста Ключи составил 612 см. Погода ясная.", 9, NOW),
                hit("r2", "Сводка № 101", "Накануне уровень воды у гидропоста Ключи был 567 см.", 7, NOW.minusSeconds(86_400)));

        Answer answer = composer.compose(ask(Intent.GENERAL_QUERY, "Какой уровень воды у гидропоста Ключи?", hits));

        assertThat(answer).isInstanceOf(Answer.Grounded.class);
        var grounded = (Answer.Grounded) answer;
        assertThat(grounded.text()).startsWith("Уровень воды у гидропоста Ключи составил 612 см. [1]");
        assertThat(grounded.text()).doesNotContain("расходятся");
        for (String sentence : grounded.text().split("(?<=\\])\\s+")) {
            assertThat(sentence).matches("(?s).*\\[\\d+]$");
        }
        assertThat(grounded.citations()).extracting(c -> c.hit().sourceId()).startsWith("r1");
        assertThat(grounded.text()).doesNotContain("Погода ясная");
    }

    @Test
    void should_not_answer_about_a_numbered_object_with_a_sentence_about_another_of_its_kind() {
        var hits = List.of(
                hit("t", "ПВР", "ПВР № 3 — Ключевская СОШ; вместимость 80 человек; в т.ч. детей: 1.", 9, NOW),
                hit("p", "План", "ПВР № 1 — СОШ № 2, г. Заречье; вместимость 150 человек.", 7, NOW));

        String text = composer.compose(ask(Intent.GENERAL_QUERY, "вместимость пвр 1", hits)).text();

        assertThat(text).contains("150 человек").doesNotContain("80 человек");
    }

    @Test
    void should_read_past_fragments_that_speak_only_of_other_numbered_objects_of_the_kind_asked() {
        var others = IntStream.range(0, ExtractiveComposer.MAX_HITS)
                .mapToObj(i -> hit("t" + i, "ПВР", "ПВР № " + (i % 2 == 0 ? 1 : 3) + " — школа; вместимость 80 человек; свободно мест: 12.", 9 - i * 0.1, NOW));
        var hits = Stream.concat(others,
                Stream.of(hit("t9", "ПВР", "ПВР № 2 — ФОК «Олимп»; вместимость 100 человек; свободно мест: 73.", 5, NOW))).toList();

        String text = composer.compose(ask(Intent.GENERAL_QUERY, "сколько мест в пвр 2", hits)).text();

        assertThat(text).startsWith("ПВР № 2 — ФОК «Олимп»").doesNotContain("80 человек");
    }

    @Test
    void should_find_the_source_of_a_claim_its_report_tells_across_sentences() {
        var hits = List.of(
                hit("a", "Взрыв на газовом хабе", "Взрыв произошёл на хабе в Баумгартене. Оператор Gas Connect уточняет: "
                        + "иностранцев среди тех, кто обратился к врачам, нет. Ранения получил один человек.", 9, NOW),
                hit("b", "Пожар автобуса", "Все погибшие — граждане Узбекистана.", 6, NOW));
        String claim = "иностранцы в баумгартене не пострадали";

        Answer general = composer.compose(ask(Intent.GENERAL_QUERY, claim, hits));
        String sources = composer.compose(ask(Intent.REQUEST_SOURCES, claim, hits)).text();

        assertThat(general).as("no one sentence tells it").isInstanceOf(Answer.NoEvidence.class);
        assertThat(sources).startsWith("Источники по вопросу:\n- «Взрыв на газовом хабе»");
    }

    @Test
    void should_answer_a_count_with_the_sentence_that_gives_a_number_of_what_is_counted() {
        var hits = List.of(hit("a", "Крушение Ан-148", "Части самолёта Ан-148 разбросало на мелкие обломки. "
                + "К утру обнаружены 1489 фрагментов тел и 498 обломков воздушного судна.", 9, NOW));

        String text = composer.compose(ask(Intent.GENERAL_QUERY, "сколько обломков ан-148 нашли", hits)).text();

        assertThat(text).startsWith("К утру обнаружены 1489 фрагментов тел и 498 обломков");
    }

    @Test
    void should_not_answer_a_count_of_what_nothing_read_speaks_of() {
        var hits = List.of(hit("d", "Энергоснабжение", "В с. Луговое подключена ДЭС МЧС 60 кВт: запитаны скважина и ФАП. "
                + "Ремонт ВЛ оценили в 3,9 млн рублей.", 9, NOW));

        Answer fuel = composer.compose(ask(Intent.GENERAL_QUERY, "сколько солярки сожгла дэс в луговом", hits));
        Answer repair = composer.compose(ask(Intent.GENERAL_QUERY, "во сколько оценили ремонт вл", hits));

        assertThat(fuel).isInstanceOf(Answer.NoEvidence.class);
        assertThat(repair.text()).startsWith("Ремонт ВЛ оценили в 3,9 млн рублей.");
    }

    @Test
    void should_lead_with_a_sentence_that_offers_the_kind_of_answer_asked_for() {
        var hits = List.of(hit("r1", "Эвакуация", "Эвакуация жителей села Нижние Ключи завершена вечером. "
                + "Из села Нижние Ключи вывезены 327 жителей.", 9, NOW));

        String text = composer.compose(ask(Intent.GENERAL_QUERY, "Сколько жителей эвакуировано из села Нижние Ключи?", hits)).text();

        assertThat(text).startsWith("Из села Нижние Ключи вывезены 327 жителей.");
    }

    @Test
    void should_say_honestly_that_there_is_no_data_instead_of_quoting_unrelated_fragments() {
        var hits = List.of(hit("r1", "Сводка", "Улица Мира перекрыта из-за подтопления.", 3, NOW));

        Answer answer = composer.compose(ask(Intent.GENERAL_QUERY, "Кто выиграл чемпионат мира по футболу?", hits));

        assertThat(answer).isInstanceOf(Answer.NoEvidence.class);
        assertThat(answer.text()).startsWith("В базе знаний нет сведений");
        assertThat(composer.compose(ask(Intent.GENERAL_QUERY, "Что с мостом?", List.of()))).isInstanceOf(Answer.NoEvidence.class);
    }

    @Test
    void should_point_out_sources_that_disagree_on_a_figure_and_cite_both() {
        var hits = List.of(
                hit("a", "Сводка на 11.04", "Из села Нижние Ключи эвакуировано 312 человек.", 8, NOW),
                hit("b", "Сводка на 12.04", "Из села Нижние Ключи эвакуировано 327 человек.", 7.9, NOW));

        var answer = (Answer.Grounded) composer.compose(ask(Intent.GENERAL_QUERY, "Сколько человек эвакуировано из Нижних Ключей?", hits));

        assertThat(answer.text()).contains("Источники расходятся").contains("312 человек").contains("327 человек");
        assertThat(answer.citations()).hasSize(2);
        assertThat(answer.evidence().conflict()).isTrue();
    }

    @Test
    void should_not_tell_a_documents_title_line_as_a_claim_after_the_answer() {
        String title = "Памятка населению: действия при угрозе подтопления";
        var hits = List.of(
                fragment("memo", 0, title, title + "\n\nПри объявлении эвакуации отключите электричество, газ, воду.", 8, null),
                fragment("memo", 1, title, "Памятка населению при угрозе подтопления вручена жителям при подворном обходе.", 7, null));

        String answer = composer.compose(ask(Intent.GENERAL_QUERY, "по памятке при эвакуации что отключить", hits)).text();

        assertThat(answer).contains("отключите электричество").doesNotContain(title + " [");
    }

    @Test
    void should_take_counts_reported_days_apart_for_an_update_not_a_disagreement() {
        var hits = List.of(
                hit("a", "Справка ПВР", "В ПВР № 1 организовано горячее питание. ПВР № 1 — 92 человека, ПВР № 3 — 8 человек.", 8, NOW),
                hit("c", "Сводка", "В ПВР № 1 — 104 человека, ПВР № 3 — 15 человек.", 7.8, NOW.minus(Duration.ofDays(3))));

        String answer = composer.compose(ask(Intent.GENERAL_QUERY, "сколько человек в пвр", hits)).text();

        assertThat(answer).contains("8 человек").doesNotContain("Источники расходятся");
    }

    @Test
    void should_take_no_figure_of_one_numbered_object_and_another_of_all_or_another_for_a_disagreement() {
        var hits = List.of(
                hit("a", "Справка ПВР", "В ПВР № 1 организовано горячее питание. ПВР № 1 — 92 человека, ПВР № 3 — 8 человек.", 8, NOW),
                hit("b", "Сводка", "На 20:00 15.04 в ПВР — 106 человек: ПВР № 1 — 98, ПВР № 3 — 8.", 7.9, NOW),
                hit("c", "Сводка", "В ПВР № 1 — 104 человека, ПВР № 3 — 15 человек.", 7.8, NOW));

        String twoShelters = composer.compose(ask(Intent.GENERAL_QUERY, "сколько человек в пвр", hits.subList(0, 2))).text();
        String sameShelter = composer.compose(ask(Intent.GENERAL_QUERY, "сколько человек в пвр", List.of(hits.get(0), hits.get(2)))).text();

        assertThat(twoShelters).doesNotContain("Источники расходятся");
        assertThat(sameShelter).contains("Источники расходятся");
    }

    @Test
    void should_give_what_other_reports_of_the_story_count_when_they_disagree_in_digits_or_in_words() {
        var hits = List.of(
                hit("nerel", "ДТП в Забайкалье", "В результате ДТП с перевернувшимся автобусом в Забайкальском крае погибли 12 человек. "
                        + "Губернатор распорядилась выплатить семьям погибших по 1 млн рублей.", 9, NOW),
                hit("rt", "Автобус с паломниками", "В Забайкалье жертвами крупного ДТП стали 11 человек, ещё 40 получили травмы. "
                        + "Автобус с паломниками съехал в кювет и перевернулся.", 8, NOW),
                hit("mash", "Автобус с паломниками", "Автобус с паломниками перевернулся в Забайкалье. Предварительно, "
                        + "десять человек погибли.", 7, NOW));

        var answer = (Answer.Grounded) composer.compose(ask(Intent.GENERAL_QUERY,
                "сколько погибло когда автобус с паломниками перевернулся в забайкалье", hits));

        assertThat(answer.text()).contains("Источники расходятся: ").contains("12 человек [").contains("11 человек [")
                .contains("десять человек [").doesNotContain("1 млн [").doesNotContain("40 получили [");
        assertThat(answer.citations()).extracting(c -> c.hit().sourceId()).contains("nerel", "rt", "mash");
        assertThat(answer.evidence().conflict()).isTrue();
    }

    @Test
    void should_give_the_other_count_of_a_long_article_from_the_sentence_after_the_one_naming_the_story() {
        StringBuilder article = new StringBuilder("В одном из охраняемых районов Кабула, где расположены посольства, произошёл взрыв. "
                + "Число жертв составляет по меньшей мере 90 человек, около 350 пострадали, сообщает телеканал TOLOnews. "
                + "Местные СМИ передают, что в больницы после взрыва у посольств доставлено около 106 раненых.");
        for (int i = 0; i < 10; i++) {
            article.append(" В прошлом году в стране прошли выборы номер ").append(i + 1).append('.');
        }
        var hits = List.of(hit("rt", "Взрыв в Кабуле", article.toString(), 9, NOW));

        String text = composer.compose(ask(Intent.GENERAL_QUERY, "сколько раненых при взрыве у посольств в кабуле", hits)).text();

        assertThat(text).contains("106 раненых").contains("350 пострадали [1]");
    }

    @Test
    void should_tell_a_count_that_grew_in_the_order_it_was_reported() {
        var hits = List.of(
                hit("mash", "Взрыв газа в Кирсанове", "Двое человек погибли в результате взрыва бытового газа в городе Кирсанов. "
                        + "Восемь человек обратились за помощью в больницу, двое погибли. UPD. Количество погибших увеличилось до трёх.",
                        9, NOW),
                hit("112", "Взрыв газа в Кирсанове", "Взрыв газа в Кирсанове: погибли четыре человека, пятеро ранены.", 8,
                        NOW.plusSeconds(3600)));

        String text = composer.compose(ask(Intent.GENERAL_QUERY, "в кирсанове при взрыве газа сколько погибло", hits)).text();

        String onePost = composer.compose(ask(Intent.GENERAL_QUERY, "в кирсанове при взрыве газа сколько погибло", hits.subList(0, 1))).text();

        assertThat(text).startsWith("Взрыв газа в Кирсанове: погибли четыре человека, пятеро ранены. [1]");
        assertThat(onePost).startsWith("Количество погибших увеличилось до трёх. [1]");
        assertThat(text).contains("Данные уточнялись: двое человек (12.04.2026 15:00 МСК) [2]; количество погибших увеличилось до трёх "
                + "(12.04.2026 15:00) [2]; четыре человека (12.04.2026 16:00) [1].");
    }

    @Test
    void should_take_no_count_of_a_like_blast_a_month_later_for_an_update_of_the_one_asked() {
        var hits = List.of(
                hit("mash", "Взрыв газа в Кирсанове", "Двое человек погибли в результате взрыва бытового газа в городе Кирсанов.", 9, NOW),
                hit("112", "Взрыв газа в Кирсанове", "Новый взрыв газа в Кирсанове: погибли четыре человека, пятеро ранены.", 8,
                        NOW.plus(Duration.ofDays(30))));

        String text = composer.compose(ask(Intent.GENERAL_QUERY, "в кирсанове при взрыве газа сколько погибло", hits)).text();

        assertThat(text).doesNotContain("уточнялись").doesNotContain("расходятся");
    }

    @Test
    void should_give_the_other_cause_a_later_post_reports_but_not_a_second_wording_of_a_documents_cause() {
        var posts = List.of(
                post("mash-1", "Судно перевернулось у Сахалина", "Грузовое судно перевернулось у берегов Сахалина. "
                        + "Предварительно, при перегрузке произошел крен и судно опрокинулось.", 9, NOW),
                post("mash-2", "Механик о крушении судна у Сахалина", "Механик судна, перевернувшегося у Сахалина, рассказал, что судно опрокинулось при развороте в шторм.",
                        8, NOW.plusSeconds(4 * 3600)));
        var documents = List.of(
                hit("s-1", "Сводка", "Мост закрыт для движения с 16:00 в связи с подтоплением.", 9, NOW),
                hit("s-2", "Сводка", "Мост закрыт в связи с подъёмом уровня воды выше отметки.", 8, NOW.plusSeconds(3600)));

        String ship = composer.compose(ask(Intent.GENERAL_QUERY, "почему перевернулось судно у сахалина", posts)).text();
        String bridge = composer.compose(ask(Intent.GENERAL_QUERY, "почему закрыли мост", documents)).text();

        assertThat(ship).contains("перегрузке").contains("при развороте в шторм").contains("Версии причины: ");
        assertThat(bridge).doesNotContain("Версии причины");
    }

    @Test
    void should_read_a_posts_sentence_under_its_first_sentence_which_says_what_the_post_is_about() {
        var posts = List.of(
                post("dam-1", "9 человек пострадали при размыве временной дамбы на Беломоро-Балтийском канале в Карелии.",
                        "9 человек пострадали при размыве временной дамбы на Беломоро-Балтийском канале в Карелии. "
                                + "Из-за разрушения перемычки вода зашла в поселок. В Сегежском районе введен режим ЧС.", 9, NOW),
                post("other", "Взрыв в Кабуле", "В одном из самых охраняемых районов Кабула произошёл взрыв.", 5, NOW));

        String question = "в карелии дамбу на беломорканале смыло, режим чс в каком районе ввели";
        // the canal's and the verb's words are the rarest, the district's the commonest
        var weights = Map.of("карел", 2.0, "дамб", 2.0, "беломорканал", 3.0, "смыл", 3.0);
        String answer = composer.compose(new Request(Intent.GENERAL_QUERY, question, question, posts, weights, NOW, Duration.ofHours(48),
                Optional.empty())).text();

        assertThat(answer).as("the district's sentence names neither Karelia nor the dam; its post's first sentence does")
                .startsWith("В Сегежском районе введен режим ЧС. [1]");
    }

    @Test
    void should_tell_a_fires_state_only_from_a_report_of_what_the_question_names() {
        var posts = List.of(
                post("wh-1", "Склад горит на юге Москвы", "Горит склад на юге Москвы, площадь пожара 500 кв. м.", 9, NOW),
                post("wh-2", "Пожар на складе потушен", "Пожар на складе на юге Москвы полностью потушен, — МЧС.", 8, NOW.plusSeconds(3600)));

        String warehouse = composer.compose(ask(Intent.STATUS_CHECK, "склад на юге москвы потушили?", posts)).text();
        String pool = composer.compose(ask(Intent.STATUS_CHECK, "пожар в бассейне в москве потушили?", posts)).text();

        assertThat(warehouse).startsWith("По последним данным (на 12.04.2026 16:00 МСК): Пожар на складе на юге Москвы полностью потушен");
        assertThat(pool).as("no report names a pool: no state of its fire").doesNotStartWith("По последним данным");
    }

    @Test
    void should_follow_a_sentence_that_only_says_the_question_back_with_the_one_after_it() {
        var posts = List.of(post("ul-1", "Институт гражданской авиации горит в Ульяновске.", "Институт гражданской авиации горит в "
                + "Ульяновске. Пожар произошел на крыше здания на улице Гагарина. Кровля полыхает открытым огнем. Сведений о "
                + "пострадавших пока не поступало.", 9, NOW));

        String answer = composer.compose(ask(Intent.STATUS_CHECK, "щас в ульяновске институт гражданской авиации горит — чё там горит",
                posts)).text();

        assertThat(answer).startsWith("По последним данным").contains("Пожар произошел на крыше здания");
    }

    @Test
    void should_tell_the_state_a_news_post_adds_at_its_end_beside_its_best_sentence() {
        var posts = List.of(post("ch-1", "Массовое отключение света в Чертаново", "Массовое отключение света в Чертаново: жители "
                + "пятнадцати улиц сообщают об отключении света. Причина отключения пока неизвестна. Светофоры на улицах не работают. "
                + "Экстренные службы восстановили подачу света в Чертаново после сбоя.", 9, NOW));

        String answer = composer.compose(ask(Intent.STATUS_CHECK, "в чертаново свет массово отключали — дали уже?", posts)).text();

        assertThat(answer).startsWith("По последним данным").contains("Массовое отключение света в Чертаново",
                "Экстренные службы восстановили подачу света");
    }

    static SearchHit post(String id, String title, String text, double score, Instant observed) {
        return new SearchHit(id + "#0", id, title, SourceType.RECORD, null, null, observed, score, text, Excerpt.of(text, List.of()));
    }

    @Test
    void should_read_neither_a_date_as_a_time_of_day_nor_a_long_number_as_a_count() {
        var hits = List.of(
                hit("a", "Пожар на складе", "Пожар на складе начался в 14:30, погибли 2 человека.", 9, NOW),
                hit("b", "Пожар на складе", "На 12.04 пожар на складе потушен; погибли 99999999999999999999 человек.", 8, NOW));

        String time = composer.compose(ask(Intent.GENERAL_QUERY, "во сколько начался пожар на складе", hits)).text();
        String count = composer.compose(ask(Intent.GENERAL_QUERY, "сколько погибло при пожаре на складе", hits)).text();

        assertThat(time).startsWith("Пожар на складе начался в 14:30").doesNotContain("расходятся").doesNotContain("уточнялись");
        assertThat(count).startsWith("Пожар на складе начался в 14:30, погибли 2 человека").doesNotContain("расходятся");
    }

    @Test
    void should_count_machines_read_a_time_ending_a_sentence_and_take_no_span_for_a_time() {
        var cars = List.of(
                hit("a", "Гололёд", "На Большой Черкизовской из-за гололедицы побились 12 машин.", 9, NOW),
                hit("b", "Гололёд", "На Большой Черкизовской из-за гололедицы побились 11\u00a0машин. В İzmir тоже гололёд.", 8, NOW));
        var fire = List.of(
                hit("a", "Пожар на складе", "Пожар на складе начался в 14:30.", 9, NOW),
                hit("b", "Пожар на складе", "Пожар на складе начался около 3 часов ночи, его тушили два дня.", 8, NOW));

        String count = composer.compose(ask(Intent.GENERAL_QUERY, "сколько машин побилось на большой черкизовской", cars)).text();
        String time = composer.compose(ask(Intent.GENERAL_QUERY, "во сколько начался пожар на складе", fire)).text();

        assertThat(count).contains("Источники расходятся: 12 машин [1]; 11\u00a0машин [2].");
        assertThat(time).contains("Источники расходятся: в 14:30 [1]; около 3 часов ночи [2].").doesNotContain("два дня [");
    }

    @Test
    void should_answer_a_follow_up_count_from_a_report_of_the_story_whose_sentence_names_neither_place_nor_event() {
        String fire = "В подмосковном Жуковском в квартире на улице Осипенко пожар.";
        String blast = "Взрыв прогремел в квартире в многоэтажке в подмосковном Жуковском.";
        var hits = List.of(hit("a", fire, fire + " Очевидцы сообщили, что слышали звук, похожий на взрыв.", 9, NOW),
                hit("b", blast, blast + " Повреждены квартиры выше — на 13 и 14 этажах в доме на улице Осипенко. "
                        + "UPD: Пожар, охвативший две квартиры на 12 и 13 этажах, локализован, спасено 6 человек.", 8, NOW),
                hit("c", "Пожар в Подольске", "Пожар в Подольске: спасено 12 человек.", 7, NOW));
        String focus = "что за взрыв в жуковском на осипенко сколько спасли?";

        String text = composer.compose(new Request(Intent.GENERAL_QUERY, "сколько спасли?", focus, hits, Map.of(), NOW,
                Duration.ofHours(48), Optional.empty()).withSubjectCarried()).text();

        assertThat(text).startsWith("UPD: Пожар, охвативший две квартиры на 12 и 13 этажах, локализован, спасено 6 человек.")
                .doesNotContain("12 человек");
    }

    @Test
    void should_answer_a_follow_up_cause_with_the_cause_a_report_of_the_story_gives_not_with_the_event_as_a_cause() {
        String death = "Один человек погиб из-за пожара в квартире жилого дома на Ленинском проспекте в Москве.";
        String arson = "В СК сообщили, что пожар в доме на Ленинском проспекте устроил один из жильцов.";
        var hits = List.of(hit("a", death, death, 9, NOW),
                hit("b", arson, arson + " Глава семейства облил детские игрушки и поджёг.", 7, NOW));
        String focus = "что за пожар был на ленинском проспекте из за чего загорелось";

        String text = composer.compose(new Request(Intent.GENERAL_QUERY, "из за чего загорелось", focus, hits, Map.of(), NOW,
                Duration.ofHours(48), Optional.empty()).withSubjectCarried()).text();

        assertThat(text).startsWith(arson);
    }

    @Test
    void should_not_answer_a_count_from_a_report_that_gives_none_nor_with_the_count_of_another_event() {
        var hits = List.of(
                hit("a", "Оползень", "Мощный оползень сошёл прямо на трассу на Сахалине. Движение перекрыто.", 9, NOW),
                hit("b", "Крушение судна", "Два человека погибли, один пострадал при крушении судна на Сахалине.", 8, NOW));
        var none = List.of(hit("c", "Оползень", "Оползень сошёл на трассу на Сахалине, пострадавших нет.", 9, NOW));

        String question = "сколько пострадало при оползне на сахалине";
        Map<String, Double> rare = Map.of(Analyses.SHARED.stems("оползне").getFirst(), 5.0);
        Answer landslide = composer.compose(new Request(Intent.GENERAL_QUERY, question, question, hits, rare, NOW, Duration.ofHours(48),
                Optional.empty()));
        String noneHurt = composer.compose(ask(Intent.GENERAL_QUERY, "сколько пострадало при оползне на сахалине", none)).text();

        assertThat(landslide).isInstanceOf(Answer.NoEvidence.class);
        assertThat(noneHurt).contains("пострадавших нет");
    }

    @Test
    void should_not_take_a_count_from_another_story_an_article_recalls() {
        String article = "Автобус с паломниками перевернулся в Забайкалье, погибли 12 человек. "
                + String.join(" ", IntStream.range(0, 10).mapToObj(i -> "Спасатели работали на месте всю ночь " + i + ".").toList())
                + " Год назад в аварии в Бурятии погибли три человека.";
        var hits = List.of(hit("rt", "Автобус с паломниками", article, 9, NOW));

        String text = composer.compose(ask(Intent.GENERAL_QUERY, "сколько погибло когда автобус с паломниками перевернулся", hits)).text();

        assertThat(text).contains("погибли 12 человек").doesNotContain("расходятся");
    }

    @Test
    void should_answer_when_a_fire_began_with_the_time_each_report_gives() {
        var hits = List.of(
                hit("a", "Пожар в приюте в Одинцово", "Пожар в приюте в Одинцово: пострадали 5 человек. Причины выясняются.", 9, NOW),
                hit("b", "Пожар в приюте", "Что известно о пожаре в приюте в Одинцово. Пожар начался около 20:00 в спальне на втором этаже.",
                        8, NOW),
                hit("c", "Пожар в приюте", "Приют в Одинцово загорелся около 9 вечера, люди смогли эвакуироваться.", 7, NOW));

        String text = composer.compose(ask(Intent.GENERAL_QUERY, "во сколько начался пожар в приюте в одинцово", hits)).text();

        assertThat(text).startsWith("Пожар начался около 20:00").contains("Источники расходятся: около 20:00 [1]; около 9 вечера [3].");
    }

    @Test
    void should_count_the_things_asked_under_the_name_a_report_gives_them() {
        var hits = List.of(
                hit("a", "ДТП на Ленинградском проспекте", "16 машин и автобус столкнулись на Ленинградском проспекте.", 9, NOW),
                hit("b", "Гололёд", "12 авто побились на Большой Черкизовской в Москве из-за гололедицы.", 8, NOW),
                hit("c", "Гололёд", "На Большой Черкизовской из-за гололедицы побились 11 авто.", 7, NOW));

        String text = composer.compose(ask(Intent.GENERAL_QUERY, "сколько машин побилось на большой черкизовской", hits)).text();

        assertThat(text).startsWith("12 авто побились на Большой Черкизовской")
                .contains("Источники расходятся: 12 авто [1]; 11 авто [").doesNotContain("16 машин [");
    }

    @Test
    void should_answer_at_what_time_with_the_sentence_giving_the_time_of_what_is_asked() {
        var hits = List.of(
                hit("pereprava", "Порядок работы переправы", "С 12:00 10 апреля через Сосну у Ключей работает временная лодочная "
                        + "переправа МЧС. Лодки ходят с 7 до 21 часа.", 9, NOW),
                hit("pvr", "Справка о ПВР № 1", "Питание трёхразовое. Для выезда к лодочной переправе — автобус ПАЗ от ПВР в 08:00 "
                        + "и 15:00, обратно в 12:00 и 19:00.", 8, NOW));

        String text = composer.compose(ask(Intent.GENERAL_QUERY, "во сколько автобус от пвр к переправе ходит", hits)).text();

        assertThat(text).startsWith("Для выезда к лодочной переправе — автобус ПАЗ от ПВР в 08:00");
    }

    @Test
    void should_read_a_sentence_under_its_documents_title_and_heading() {
        var hits = List.of(new SearchHit("pvr#3", "pvr", "Справка о ПВР № 1", SourceType.DOCUMENT, "раздел «Животные»", "Животные",
                        NOW, 9, "Размещено 7 собак и 4 кошки, для них выделено отдельное помещение.", Excerpt.of("", List.of())),
                hit("news", "Новости", "В Заречье открыт приют для бездомных животных.", 3, NOW));

        String text = composer.compose(ask(Intent.GENERAL_QUERY, "сколько животных в пвр 1", hits)).text();

        assertThat(text).startsWith("Размещено 7 собак и 4 кошки");
    }

    @Test
    void should_count_a_word_asked_that_a_sentence_has_in_another_form_of_it() {
        String question = "сколько скота с личных подворий вывезли из нижних ключей";
        var hits = List.of(hit("svodka", "Сводка по с. Нижние Ключи на 20:00 10.04", "Жители эвакуированы, скот агрофирмы перегнан. "
                + "Перегон 146 голов КРС агрофирмы завершён в 13:00. Из личных подсобных хозяйств вывезено 38 голов КРС и 110 голов МРС.", 5, NOW));
        Map<String, Double> weights = new HashMap<>();
        Analyses.SHARED.stems("нижних ключей").forEach(common -> weights.put(common, 0.2));
        Analyses.SHARED.stems("вывезли").forEach(rare -> weights.put(rare, 2.0));

        String text = composer.compose(new Request(Intent.GENERAL_QUERY, question, question, hits, weights, NOW, Duration.ofHours(48),
                Optional.empty())).text();

        assertThat(text).startsWith("Из личных подсобных хозяйств вывезено 38 голов КРС");
    }

    @Test
    void should_not_call_the_figures_of_two_gauges_a_disagreement_of_sources() {
        var hits = List.of(
                hit("a", "Сводка на 08:00 10.04", "ГП Ольховка: уровень воды 679 см, опасная отметка 720 см.", 8, NOW),
                hit("b", "Сводка на 08:00 10.04 (верховья)", "ГП Верхний Бор: уровень воды 556 см, опасная отметка 560 см.", 7.9, NOW));

        var answer = (Answer.Grounded) composer.compose(ask(Intent.GENERAL_QUERY, "Какой уровень воды на гидропостах?", hits));

        assertThat(answer.text()).contains("679 см").doesNotContain("расходятся");
        assertThat(answer.evidence().conflict()).isFalse();
    }

    @Test
    void should_order_a_timeline_by_observed_time() {
        var hits = List.of(
                hit("late", "Сводка 12.04", "Эвакуация Нижних Ключей завершена.", 9, Instant.parse("2026-04-11T20:30:00Z")),
                hit("early", "Сводка 10.04", "Эвакуация Нижних Ключей начата в 14:00.", 8, Instant.parse("2026-04-10T11:00:00Z")));

        String text = composer.compose(ask(Intent.TIMELINE, "Хронология эвакуации Нижних Ключей", hits)).text();

        assertThat(text.indexOf("начата")).isLessThan(text.indexOf("завершена"));
        assertThat(text).contains("- 10.04.2026 14:00 МСК — ", "- 11.04.2026 23:30 — ");
    }

    @Test
    void should_list_in_a_timeline_the_reports_of_the_story_beyond_the_first_fragments_and_skip_a_retelling() {
        var hits = new java.util.ArrayList<SearchHit>();
        hits.add(hit("a", null, "На Профсоюзной взорвалась машина.", 9, Instant.parse("2024-10-15T06:31:00Z")));
        hits.add(hit("b", null, "В Москве задержали подозреваемого в подрыве машины на Профсоюзной улице.", 8,
                Instant.parse("2024-10-16T05:45:00Z")));
        hits.add(hit("a2", null, "На Профсоюзной взорвалась машина, сообщают очевидцы.", 8, Instant.parse("2024-10-15T06:40:00Z")));
        hits.add(hit("d", null, "Возбуждено дело о покушении на убийство после взрыва на Профсоюзной.", 8, Instant.parse("2024-10-15T06:35:00Z")));
        hits.add(hit("e", null, "Пострадавших при взрыве на Профсоюзной госпитализировали.", 8, Instant.parse("2024-10-15T06:50:00Z")));
        // the first fragments are read as for any answer; the further ones only for the reports of the story
        for (int i = 0; i < 5; i++) {
            hits.add(hit("other" + i, null, "Взрыв газа в машине на трассе, водитель цел.", 7, Instant.parse("2024-11-0" + (i + 1) + "T10:00:00Z")));
        }
        hits.add(hit("c", null, "Предприниматель Мишачев, пострадавший во время взрыва автомобиля на Профсоюзной, в реанимации. "
                + "Его оставили на капоте машины.", 5, Instant.parse("2024-10-15T11:11:00Z")));

        String question = "хронология по взрыву машины на профсоюзной";
        // as the index weighs them: the street is the rarest word asked
        var weights = Map.of(Analyses.SHARED.stems("профсоюзной").getFirst(), 4.0, Analyses.SHARED.stems("взрыву").getFirst(), 1.5,
                Analyses.SHARED.stems("машины").getFirst(), 1.0);

        String text = composer.compose(new Request(Intent.TIMELINE, question, question, hits, weights, NOW, Duration.ofHours(48),
                Optional.empty())).text();

        assertThat(text).contains("Мишачев", "задержали").doesNotContain("трассе", "очевидцы");
        assertThat(text.indexOf("взорвалась")).isLessThan(text.indexOf("Мишачев"));
    }

    @Test
    void should_answer_who_made_a_document_with_the_sentence_of_that_document_naming_its_makers() {
        var hits = List.of(
                fragment("memo", 0, "Памятка населению", "Памятка населению: действия при угрозе подтопления.", 9, NOW),
                hit("log", "Журнал", "Вручено 163 памятки населению о действиях при подтоплении.", 8, NOW),
                fragment("memo", 1, "Памятка населению",
                        "Подготовлена ЕДДС и отделом по делам ГО и ЧС администрации района. Распространяется в сёлах.", 5, NOW));

        String text = composer.compose(ask(Intent.GENERAL_QUERY, "памятку для населения кто составлял", hits)).text();

        assertThat(text).startsWith("Подготовлена ЕДДС и отделом по делам ГО и ЧС");
    }

    @Test
    void should_give_a_timeline_one_line_per_document_and_moment() {
        Instant issued = Instant.parse("2026-04-10T08:30:00Z");
        var hits = List.of(
                fragment("order", 0, "Порядок работы переправы", "Старший на переправе поддерживает связь с ЕДДС.", 9, issued),
                fragment("order", 1, "Порядок работы переправы", "Работа переправы приостанавливается при сильном ветре.", 8, issued),
                hit("log", "Журнал", "Лодочная переправа у Ключей свёрнута.", 7, Instant.parse("2026-04-16T12:00:00Z")));

        String text = composer.compose(ask(Intent.TIMELINE, "хронология по переправе", hits)).text();

        assertThat(text.lines().filter(l -> l.startsWith("- ")).count()).as(text).isEqualTo(2);
        assertThat(text).contains("Старший на переправе", "свёрнута").doesNotContain("приостанавливается");
    }

    @Test
    void should_list_in_a_timeline_of_one_report_the_days_it_narrates() {
        var hits = List.of(hit("post", null, "Мужчина на велосипеде провалился под лёд на глазах у своего пса. Собака ждёт хозяина "
                + "уже четыре дня. 24 ноября 59-летний Николай решил срезать путь до дома по льду реки.", 9,
                Instant.parse("2024-11-27T09:10:00Z")));

        String text = composer.compose(ask(Intent.TIMELINE, "что было с мужиком на велосипеде под лед провалился, по порядку", hits)).text();

        assertThat(text).contains("- 24.11.2024 — 24 ноября 59-летний Николай", "- 27.11.2024 12:10 МСК — Мужчина на велосипеде");
        assertThat(text.indexOf("24.11.2024")).isLessThan(text.indexOf("27.11.2024"));
        assertThat(NarratedDays.of("Мост построен 3 мая.", Instant.parse("2024-11-27T09:10:00Z"), ZoneId.of("Europe/Moscow")))
                .as("half a year before the report is no part of its story").isEmpty();
        assertThat(NarratedDays.of("Сход назначен на 30 ноября.", Instant.parse("2024-11-27T09:10:00Z"), ZoneId.of("Europe/Moscow")))
                .as("a day after the report is no event it narrates").isEmpty();
    }

    @Test
    void should_give_the_latest_status_with_its_time_and_warn_when_it_is_stale() {
        var hits = List.of(
                hit("old", "Сводка 01.04", "Переправа у Ключей закрыта.", 9, Instant.parse("2026-04-01T05:00:00Z")),
                hit("new", "Сводка 09.04", "Переправа у Ключей работает с 07:00.", 8, Instant.parse("2026-04-09T05:00:00Z")));

        String text = composer.compose(ask(Intent.STATUS_CHECK, "Переправа у Ключей", hits)).text();

        assertThat(text).startsWith("По последним данным (на 09.04.2026 08:00 МСК): ").contains("работает").contains("старше 48 ч");
    }

    @Test
    void should_not_give_a_peak_over_a_period_as_the_latest_status_unless_the_peak_is_asked() {
        var hits = List.of(
                hit("daily", "Сводка 15.04", "Группировка на 20:00: 131 человек, 35 единиц техники.", 8, Instant.parse("2026-04-15T17:00:00Z")),
                hit("result", "Итоги 16.04", "Максимальная группировка (12.04): 236 человек, 61 единица техники.", 9, Instant.parse("2026-04-16T15:00:00Z")));

        String now = composer.compose(ask(Intent.STATUS_CHECK, "Какая сейчас группировка", hits)).text();
        String peak = composer.compose(ask(Intent.STATUS_CHECK, "Какая была максимальная группировка", hits)).text();

        assertThat(now).contains("131 человек").doesNotContain("236");
        assertThat(peak).contains("236 человек");
    }

    @Test
    void should_define_a_term_from_a_glossary_like_sentence() {
        var hits = List.of(
                hit("report", "Сводка", "В ПВР находится 151 человек.", 9, NOW),
                hit("glossary", "Глоссарий терминов", "ПВР — пункт временного размещения эвакуированного населения.", 8, null));

        String text = composer.compose(ask(Intent.EXPLAIN_TERMS, "ПВР", hits)).text();

        assertThat(text).startsWith("ПВР — пункт временного размещения");
    }

    @Test
    void should_define_a_term_one_of_several_a_sentence_lists_after_semicolons() {
        var hits = List.of(
                hit("res", "Сводка РЭС", "Отключена ПС Ключи 35/10 кВ, без электроснабжения 3 населённых пункта.", 9, NOW),
                hit("glossary", "Глоссарий терминов", "ТП — трансформаторная подстанция 10/0,4 кВ; ВЛ — воздушная линия электропередачи; "
                        + "ПС — подстанция 35/10 кВ и выше; РЭС — район электрических сетей.", 8, null));

        String question = "что значит ПС в донесениях энергетиков, например ПС Ключи";
        // the words around the term are rarer than the term: the glossary's sentence has little of the question but the term
        var weights = Map.of("донесен", 3.0, "энергетик", 3.0);
        String text = composer.compose(new Request(Intent.EXPLAIN_TERMS, question, question, hits, weights, NOW, Duration.ofHours(48),
                Optional.empty())).text();

        assertThat(text).as("the definition, not the report that uses the term").startsWith("ТП — трансформаторная подстанция").contains("ПС — подстанция 35/10 кВ и выше");
    }

    @Test
    void should_prefer_a_terms_own_entry_to_its_definition_listed_after_anothers() {
        var hits = List.of(hit("glossary", "Глоссарий терминов", "РСЧС (ТП РСЧС) — единая государственная система предупреждения и "
                + "ликвидации чрезвычайных ситуаций; ТП — её территориальная подсистема.\nТП — трансформаторная подстанция 10/0,4 кВ; "
                + "ВЛ — воздушная линия электропередачи.", 8, null));

        String text = composer.compose(ask(Intent.EXPLAIN_TERMS, "тп это чё, ну тп-31 например", hits)).text();

        assertThat(text).startsWith("ТП — трансформаторная подстанция");
    }

    @Test
    void should_give_a_glossary_entry_whole_but_not_the_next_entry() {
        var hits = List.of(hit("glossary", "Глоссарий терминов", "КЧС — комиссия по чрезвычайным ситуациям. Координационный орган, "
                + "принимает решения об эвакуации.\nПВР — пункт временного размещения.", 8, null));

        String text = composer.compose(ask(Intent.EXPLAIN_TERMS, "КЧС", hits)).text();

        assertThat(text).startsWith("КЧС — комиссия").contains("Координационный орган").doesNotContain("пункт временного");
    }

    @Test
    void should_tell_the_rest_of_the_report_when_what_happened_is_asked() {
        var hits = List.of(hit("record", "Рухнул Дворец творчества", "В Белове рухнул пролёт Дворца детского творчества. "
                + "Обошлось без пострадавших. 10 сотрудников эвакуировались самостоятельно.", 9, NOW));

        String brief = composer.compose(ask(Intent.GENERAL_QUERY, "белово дворец творчества рухнул, кратко что там", hits)).text();
        String fact = composer.compose(ask(Intent.GENERAL_QUERY, "где рухнул дворец творчества", hits)).text();

        assertThat(brief).startsWith("В Белове рухнул пролёт").contains("без пострадавших", "10 сотрудников");
        assertThat(fact).doesNotContain("10 сотрудников");
    }

    @Test
    void should_brief_a_long_report_by_the_figures_names_and_outcomes_it_adds_not_by_its_first_sentences() {
        var hits = List.of(post("ferry", "Число жертв крушения парома «Волжанин» возросло", "Число погибших при крушении парома "
                + "«Волжанин» выросло до 12 человек. Водолазы осмотрели судно на мелководье, куда его отбуксировали накануне. "
                + "«Работы продолжаются, мы делаем всё возможное», — сказал представитель спасателей. Сразу после отбуксировки "
                + "судно было заново обследовано специалистами и экспертами. Теперь комиссия должна приступить к выяснению "
                + "обстоятельств трагедии на реке. Напомним, паром затонул 3 мая в 2 км от берега у села Покровское. На борту "
                + "находились 48 человек. Спасти удалось 36. Обвинения предъявлены капитану парома Сергею Лаврентьеву. "
                + "«Причина крушения — перегруз и неисправность насосов. Виновные будут наказаны», — заявил губернатор.", 9, NOW));

        String brief = composer.compose(ask(Intent.GENERAL_QUERY, "паром волжанин — коротко чё известно", hits)).text();
        String whole = composer.compose(ask(Intent.GENERAL_QUERY, "паром волжанин — что там было", hits)).text();

        assertThat(brief).startsWith("Число погибших при крушении парома").contains("Покровское", "48 человек", "Спасти удалось 36",
                "Лаврентьеву", "Причина крушения — перегруз").doesNotContain("Сразу после отбуксировки", "Работы продолжаются", "«Причина");
        assertThat(Words.count(brief)).isLessThanOrEqualTo(Request.MAX_WORDS * 3 / 2);
        assertThat(whole).contains("Водолазы осмотрели судно");
    }

    @Test
    void should_brief_a_story_from_its_other_reports_what_they_add_but_not_from_another_story_or_another_week() {
        var hits = List.of(
                post("bbc", "В екатеринбургской больнице произошел пожар.", "В екатеринбургской больнице произошел пожар. Кровля "
                        + "административного здания больницы №3 в Екатеринбурге загорелась, проводится эвакуация пациентов. "
                        + "«Горит утеплитель», — сказал собеседник. Открытого горения уже нет.", 9, NOW),
                post("shot", "Пожар произошёл в больнице в Екатеринбурге.", "Пожар произошёл в больнице в Екатеринбурге. Люди "
                        + "прыгали из окон. Загорелось здание поликлиники №2 на улице Братьев Быковых, площадь — около 200 квадратов. "
                        + "Предварительная причина — нарушение техники безопасности при строительных работах на крыше.", 8, NOW.minusSeconds(2400)),
                post("mash", "Пожар в больнице № 3 в Екатеринбурге.", "Пожар в больнице № 3 в Екатеринбурге. Возгорание "
                        + "случилось на крыше здания и разошлось до 300 квадратов. Огонь уже локализовали, эвакуировались 350 человек.",
                        7, NOW.minusSeconds(2100)),
                post("old", "Пожар в больнице в Екатеринбурге.", "Пожар в больнице в Екатеринбурге потушен. Из больницы эвакуировали "
                        + "40 человек, погибших нет.", 6, NOW.minus(Duration.ofDays(30))),
                post("moscow", "Студент попал в больницу в Москве.", "Студент в Москве запил корвалол энергетиком и попал в больницу. "
                        + "Его госпитализировали в тяжёлом состоянии.", 5, NOW));

        String brief = composer.compose(ask(Intent.GENERAL_QUERY, "больница в екатеринбурге горела — коротко чё там", hits)).text();
        String fact = composer.compose(ask(Intent.GENERAL_QUERY, "что горит в больнице в екатеринбурге", hits)).text();

        assertThat(brief.substring(0, brief.indexOf("[2]"))).contains("Горит утеплитель").doesNotContain("[3]");
        assertThat(brief).contains("Горит утеплитель", "Предварительная причина — нарушение техники безопасности", "эвакуировались 350 человек")
                .doesNotContain("40 человек", "корвалол");
        assertThat(brief.indexOf("Предварительная причина")).isLessThan(brief.indexOf("350 человек"));
        assertThat(Words.count(brief)).isLessThanOrEqualTo(Request.MAX_WORDS * 3 / 2);
        assertThat(fact).doesNotContain("350 человек", "Предварительная причина");
    }

    @Test
    void should_answer_a_cause_with_the_sentence_that_gives_it_not_one_saying_it_is_being_established() {
        var hits = List.of(hit("record", "Люлька рухнула в Уфе", "Строительная люлька с рабочими рухнула в Уфе. Погибли трое. "
                + "В причинах трагедии разбираются следователи. Предварительно, подвели крепления с одной из сторон.", 9, NOW));

        String text = composer.compose(ask(Intent.GENERAL_QUERY, "почему рухнула люлька в уфе", hits)).text();

        assertThat(text).startsWith("Предварительно, подвели крепления");
    }

    @Test
    void should_justify_the_previous_answer_from_its_sources_and_reply_to_small_talk_without_sources() {
        var prior = new Prior("Сколько эвакуировано?", "327 человек. [1]",
                List.of(new Prior.Source(1, "s12", "Сводка 12.04", "раздел «Эвакуация»", "Эвакуировано 327 человек.")));
        var request = new Request(Intent.JUSTIFY_ANSWER, "Почему ты так считаешь?", "Почему ты так считаешь?", List.of(),
                Map.of(), NOW, Duration.ofHours(48), Optional.of(prior));

        var justification = (Answer.Grounded) composer.compose(request);
        Answer hello = composer.compose(ask(Intent.CHITCHAT, "Hi! What can you do?", List.of()));

        assertThat(justification.text()).contains("Эвакуировано 327 человек. [1]");
        assertThat(justification.citations()).extracting(c -> c.hit().sourceId()).containsExactly("s12");
        assertThat(hello).isInstanceOf(Answer.Conversational.class);
        assertThat(hello.text()).startsWith("Hello");
    }

    @Test
    void should_present_scenario_evidence_as_material_not_a_prediction() {
        var hits = List.of(hit("dam", "Записка", "Запас до гребня дамбы у Ольховки составляет 139 см.", 9, NOW));

        String text = composer.compose(ask(Intent.SCENARIO_ANALYSIS, "Что если вода поднимется до гребня дамбы у Ольховки?", hits)).text();

        assertThat(text).startsWith("Не прогноз").contains("139 см. [1]");
    }

    @Test
    void should_keep_every_answer_but_a_report_within_its_word_budget_even_from_one_long_sentence() {
        var hits = List.of(
                hit("eu", "Расширение ЕС", ClausesTest.ACCESSIONS, 9, NOW),
                hit("eu2", "Расширение ЕС (справка)", ClausesTest.ACCESSIONS.replace("1985", "1986"), 8, NOW.minusSeconds(3600)));
        String question = "В каком году Испания и Португалия присоединились к Европейскому союзу?";

        for (Intent intent : List.of(Intent.GENERAL_QUERY, Intent.REQUEST_SOURCES, Intent.STATUS_CHECK,
                Intent.EXPLAIN_TERMS, Intent.SCENARIO_ANALYSIS)) {
            String text = composer.compose(ask(intent, question, hits)).text();
            assertThat(Words.count(text)).as(intent + ": " + text).isLessThanOrEqualTo(Request.MAX_WORDS);
            assertThat(text).as(intent.code()).contains("Испания и Португалия в 198");
        }
        String shorter = composer.compose(ask(Intent.GENERAL_QUERY, question, hits).shorterBy(8)).text();
        assertThat(Words.count(shorter)).isLessThanOrEqualTo(Request.MAX_WORDS - 8);
    }
}
