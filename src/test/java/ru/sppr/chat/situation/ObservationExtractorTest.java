package ru.sppr.chat.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.situation.Observation.Qualifier;

class ObservationExtractorTest {
    private static final MentionExtractor MENTIONS = new MentionExtractor(Morphology.russian(), ZoneId.of("Europe/Moscow"));
    private static final Instant REPORT = Instant.parse("2026-04-12T05:00:00Z");

    private static List<Observation> observe(String text) {
        var mentions = MENTIONS.extract(text, REPORT.atZone(ZoneId.of("Europe/Moscow")));
        return new ObservationExtractor(MENTIONS).extract(text, mentions, null, REPORT);
    }

    @Test
    void should_read_counted_people_with_their_attribute_and_qualifier() {
        var found = observe("Из с. Нижние Ключи эвакуировано 327 человек. Погибли трое, пострадали не менее 12 человек.");

        assertThat(found).extracting(Observation::attribute, Observation::value, Observation::qualifier).containsExactly(
                Tuple.tuple(Attribute.EVACUATED, 327.0, Qualifier.EXACT),
                Tuple.tuple(Attribute.DEATHS, 3.0, Qualifier.EXACT),
                Tuple.tuple(Attribute.INJURED, 12.0, Qualifier.AT_LEAST));
        assertThat(found.getFirst().entityName()).isEqualTo("Нижние Ключи");
    }

    @Test
    void should_count_tenants_as_people() {
        assertThat(observe("На пожаре в Москве на Большой Тульской улице сотрудники МЧС России спасли 3 жильцов"))
                .extracting(Observation::attribute, Observation::value).containsExactly(Tuple.tuple(Attribute.RESCUED, 3.0));
    }

    @Test
    void should_read_numbers_written_in_words_above_ten_with_their_compounds() {
        assertThat(observe("Двадцать человек пострадали в ДТП с автобусом.")).extracting(Observation::attribute, Observation::value)
                .containsExactly(Tuple.tuple(Attribute.INJURED, 20.0));
        assertThat(observe("Эвакуированы двадцать пять человек.")).extracting(Observation::attribute, Observation::value)
                .containsExactly(Tuple.tuple(Attribute.EVACUATED, 25.0));
    }

    @Test
    void should_read_a_number_with_its_case_ending_typed_on() {
        assertThat(observe("На данный момент известно о 3-х пострадавших при взрыве в жилой пятиэтажке.")).extracting(Observation::attribute, Observation::value)
                .containsExactly(Tuple.tuple(Attribute.INJURED, 3.0));
        assertThat(observe("Из 5-ти эвакуированных двое вернулись.")).extracting(Observation::attribute, Observation::value)
                .contains(Tuple.tuple(Attribute.EVACUATED, 5.0));
    }

    @Test
    void should_read_the_nth_dead_as_at_least_n_dead_but_not_the_nth_floor() {
        var found = observe("Число погибших после взрыва газа увеличилось до четырёх. Спасатели достали из-под завалов тело пятого погибшего.");

        assertThat(found).extracting(Observation::attribute, Observation::value, Observation::qualifier).containsExactly(
                Tuple.tuple(Attribute.DEATHS, 4.0, Qualifier.EXACT), Tuple.tuple(Attribute.DEATHS, 5.0, Qualifier.AT_LEAST));
        assertThat(found.getLast().correction()).as("the count grew").isTrue();
        assertThat(observe("Стало известно о третьей жертве обрушения.")).extracting(Observation::attribute, Observation::value)
                .containsExactly(Tuple.tuple(Attribute.DEATHS, 3.0));
        assertThat(observe("Газ взорвался в квартире на пятом этаже, погибших нет.")).isEmpty();
    }

    @Test
    void should_read_digits_right_before_a_verb_of_what_befell_people() {
        var found = observe("До 11 человек увеличилось количество погибших при взрыве заправки в Махачкале. Еще 11 пострадали.");

        assertThat(found).extracting(Observation::attribute, Observation::value).contains(
                Tuple.tuple(Attribute.DEATHS, 11.0), Tuple.tuple(Attribute.INJURED, 11.0));
        assertThat(observe("В 2024 пострадали посевы.")).isEmpty();
    }

    @Test
    void should_read_each_line_of_a_list_of_gauges_as_its_gauges_level_not_the_heading_line_with_the_rows() {
        var found = observe("Продолжается подъём уровня воды в р. Сосна. Уровни на 20:00:\n"
                + "ГП Верхний Бор — 493 см (+35 см за сутки), опасная отметка 560 см;\n"
                + "ГП Ключи — 538 см (+46 см), опасная отметка 650 см;\n"
                + "ГП Ольховка — 617 см (+32 см), опасная отметка 720 см;\n"
                + "ГП Заречье — 425 см (+21 см), опасная отметка 540 см.\n"
                + "В 16:20 в ЕДДС поступило штормовое предупреждение Северского ЦГМС № 12.");

        assertThat(found).extracting(Observation::entityName, Observation::value, Observation::observedAt).containsExactly(
                Tuple.tuple("ГП Верхний Бор", 493.0, REPORT), Tuple.tuple("ГП Ключи", 538.0, REPORT),
                Tuple.tuple("ГП Ольховка", 617.0, REPORT), Tuple.tuple("ГП Заречье", 425.0, REPORT));
    }

    @Test
    void should_read_a_length_right_after_a_gauges_name_as_its_level_from_that_line_alone() {
        var found = observe("ГП Ключи 691 см (+20 см) — рост практически прекратился (за последние 3 часа +1 см).\n"
                + "ГП Ольховка 741 см (+19 см) — рост продолжается, запас до гребня дамбы 39 см.\n"
                + "ГП Заречье 537 см (+19 см) — рост, до опасной отметки 540 см осталось 3 см.");

        assertThat(found).extracting(Observation::attribute, Observation::entityName, Observation::value).containsExactly(
                Tuple.tuple(Attribute.WATER_LEVEL, "ГП Ключи", 691.0), Tuple.tuple(Attribute.WATER_LEVEL, "ГП Ольховка", 741.0),
                Tuple.tuple(Attribute.WATER_LEVEL, "ГП Заречье", 537.0));
    }

    @Test
    void should_keep_more_than_apart_from_at_least() {
        var found = observe("Из больницы эвакуировано более 300 пациентов. Пострадали не менее 12 человек.");

        assertThat(found).extracting(Observation::value, Observation::qualifier, Observation::shown).containsExactly(
                Tuple.tuple(300.0, Qualifier.MORE_THAN, "более 300 человек"), Tuple.tuple(12.0, Qualifier.AT_LEAST, "не менее 12 человек"));
    }

    @Test
    void should_not_take_a_rate_of_rise_or_a_range_of_standing_for_a_level() {
        assertThat(observe("На ГП Ключи подъём продолжается со скоростью 1,5–2 см/ч.")).isEmpty();
        assertThat(observe("Уровень воды на гидропосту Ключи растёт на 2 сантиметра в час.")).isEmpty();
        assertThat(observe("На ГП Ключи после 20:00 12.04 отмечалось стояние уровня в пределах 1–2 см.")).isEmpty();
    }

    @Test
    void should_date_a_reading_by_the_report_not_by_the_start_of_a_change_it_mentions() {
        var found = observe("ГП Верхний Бор — 598 см (+4 см за сутки, спад с 20:00 11.04 на 5 см).\nМост у с. Ключи закрыт с 16:00.");

        assertThat(found).extracting(Observation::attribute, Observation::observedAt).containsExactly(
                Tuple.tuple(Attribute.WATER_LEVEL, REPORT), Tuple.tuple(Attribute.STATE, Instant.parse("2026-04-11T13:00:00Z")));
    }

    @Test
    void should_take_no_state_or_label_from_the_line_above() {
        assertThat(observe("Мост у с. Ключи\nдвижение закрыто с 16:00, эвакуировано 12 человек.")).as("the bridge is on the heading line")
                .noneMatch(o -> o.attribute() == Attribute.STATE);
        assertThat(observe("Всего по району\nэвакуировано, чел.: 327; в ПВР, чел.: 119")).extracting(Observation::value)
                .containsExactly(327.0, 119.0);
        assertThat(observe("Эвакуировано, чел.\n327; 119; 9")).isEmpty();
    }

    @Test
    void should_not_take_a_condition_or_a_size_for_a_reading_of_the_level() {
        assertThat(observe("При уровнях 650–700 см по ГП Ключи ожидается подтопление 40 домов.")).noneMatch(o -> o.attribute() == Attribute.WATER_LEVEL);
        assertThat(observe("Затапливается при высоких уровнях воды. Низководный мост у с. Ключи: длина 84 м, отметка настила 590 см по ГП Ключи."))
                .noneMatch(o -> o.attribute() == Attribute.WATER_LEVEL);
    }

    @Test
    void should_not_take_a_threat_or_a_contingency_for_what_has_happened() {
        assertThat(observe("При уровне на ГП Заречье выше 540 см возможно подтопление ТП-31 (г. Заречье, ул. Набережная, 27 абонентов)."))
                .noneMatch(o -> o.attribute() == Attribute.FLOODED_HOUSES);
        assertThat(observe("Существует угроза подтопления 40 домов в с. Луговое.")).noneMatch(o -> o.attribute() == Attribute.FLOODED_HOUSES);
        assertThat(observe("В с. Луговое подтоплено 40 домов.")).anyMatch(o -> o.attribute() == Attribute.FLOODED_HOUSES && o.value() == 40);
    }

    @Test
    void should_give_a_state_to_the_thing_it_is_said_of_not_to_a_thing_named_before() {
        var found = observe("По ф. 7: выехала бригада РЭС (6 человек) — объездом через с. Верхний Бор, так как переправа у с. Ключи закрыта.");

        assertThat(found).filteredOn(o -> o.attribute() == Attribute.STATE).extracting(Observation::entityName)
                .noneMatch(name -> name.contains("фидер"));
    }

    @Test
    void should_read_a_crossing_that_runs_stops_and_is_wound_up() {
        for (var said : List.of(List.of("Лодочная переправа возобновила работу.", "открыт"),
                List.of("Временная лодочная переправа работает с 07:00.", "открыт"),
                List.of("Лодочная переправа приостановлена с 07:00, не работает.", "закрыт"),
                List.of("Лодочная переправа свёрнута в 15:00.", "закрыт"),
                List.of("Лодочная переправа, перевёзшая 412 человек, завершила работу.", "закрыт"))) {
            assertThat(observe(said.getFirst())).as(said.getFirst()).filteredOn(o -> o.attribute() == Attribute.STATE)
                    .extracting(Observation::entityName, Observation::state).containsOnly(tuple("переправа", said.getLast()));
        }
        assertThat(observe("Автомобильное движение по мосту закрыто. Лодочная переправа работала с 07:00 до 21:00."))
                .as("traffic closed is not the crossing").filteredOn(o -> o.attribute() == Attribute.STATE)
                .extracting(Observation::state).containsOnly("открыт");
        assertThat(observe("Главе поселения свернуть лодочную переправу после открытия движения по мосту."))
                .as("an order is no state").noneMatch(o -> o.attribute() == Attribute.STATE);
        assertThat(observe("Переправа у с. Ключи закрыта.")).extracting(Observation::entityName).contains("переправа у Ключи");
    }

    @Test
    void should_tie_a_level_to_its_gauge_and_to_the_time_the_sentence_gives() {
        var level = observe("Уровень воды на ГП Ключи в 20:00 составил 691 см.").getFirst();

        assertThat(level.attribute()).isEqualTo(Attribute.WATER_LEVEL);
        assertThat(level.entityName()).isEqualTo("ГП Ключи");
        assertThat(level.shown()).isEqualTo("691 см");
        assertThat(level.observedAt()).isEqualTo(Instant.parse("2026-04-11T17:00:00Z"));
    }

    @Test
    void should_tie_each_level_to_its_own_gauge_when_a_unit_ends_one_sentence_before_the_next_gauge() {
        var levels = observe("ГП Ключи: уровень воды 686 см. ГП Ольховка: уровень воды 747 см.").stream()
                .filter(o -> o.attribute() == Attribute.WATER_LEVEL).toList();

        assertThat(levels).extracting(Observation::entityName, Observation::shown)
                .containsExactlyInAnyOrder(tuple("ГП Ключи", "686 см"), tuple("ГП Ольховка", "747 см"));
        assertThat(ObservationExtractor.sentences("Вода поднялась на 15 см. Рост замедлился.")).hasSize(2);
        assertThat(ObservationExtractor.sentences("Работы на 3 т. 500 кг груза.")).as("a unit before a number goes on").hasSize(1);
    }

    @Test
    void should_read_a_state_of_an_object_and_mark_a_correction() {
        var state = observe("Мост у с. Ключи закрыт с 16:00.").getFirst();
        var corrected = observe("По уточнённым данным, эвакуировано 327 человек.").getFirst();

        assertThat(state.state()).isEqualTo("закрыт");
        assertThat(state.entityKey()).startsWith("object:мост");
        assertThat(corrected.correction()).isTrue();
    }

    @Test
    void should_date_a_state_by_the_time_said_right_after_it() {
        var closed = observe("В 10:00 начато возвращение жителей; ПВР № 2 закрыт в 18:00.").stream()
                .filter(o -> o.attribute() == Attribute.STATE).toList();
        var until = observe("В 10:00 мост у с. Ключи закрыт до 18:00.").stream().filter(o -> o.attribute() == Attribute.STATE).toList();

        assertThat(closed).singleElement().satisfies(o -> assertThat(o.observedAt()).isEqualTo(Instant.parse("2026-04-11T15:00:00Z")));
        assertThat(until).singleElement().satisfies(o -> assertThat(o.observedAt()).isEqualTo(Instant.parse("2026-04-11T07:00:00Z")));
        assertThat(observe("07:30 12.04.2026 МСК — эвакуация: начато возвращение жителей; ПВР № 2 закрыт в 18:00.").stream()
                .filter(o -> o.attribute() == Attribute.STATE)).singleElement()
                .satisfies(o -> assertThat(o.observedAt()).isEqualTo(Instant.parse("2026-04-12T15:00:00Z")));
    }

    @Test
    void should_give_a_count_to_the_verb_of_its_own_clause() {
        var found = observe("По последним данным, один пилот погиб, три человека (второй пилот и двое сотрудников DHL пострадали).");

        assertThat(found).filteredOn(o -> o.attribute() == Attribute.DEATHS).extracting(Observation::value).doesNotContain(3.0);
        assertThat(found).filteredOn(o -> o.attribute() == Attribute.INJURED).extracting(Observation::value).containsOnly(3.0);
    }

    @Test
    void should_read_the_forces_at_work_and_the_agencys_part_not_as_people_evacuated() {
        var found = observe("Эвакуация продолжается. Группировка на 20:00: 42 человека, 12 единиц техники, 2 плавсредства, "
                + "в том числе от МЧС России 18 человек и 5 единиц техники.");

        assertThat(found).extracting(Observation::entityKey, Observation::attribute, Observation::value, Observation::unit).containsExactly(
                Tuple.tuple(Attribute.FORCE_KEY, Attribute.PERSONNEL, 42.0, "человек"),
                Tuple.tuple(Attribute.FORCE_KEY, Attribute.VEHICLES, 12.0, "единиц техники"),
                Tuple.tuple(Attribute.FORCE_KEY, Attribute.BOATS, 2.0, "плавсредств"),
                Tuple.tuple("organisation:мчс", Attribute.PERSONNEL, 18.0, "человек"),
                Tuple.tuple("organisation:мчс", Attribute.VEHICLES, 5.0, "единиц техники"));
        assertThat(found.get(1).shown()).isEqualTo("12 единиц техники");
        assertThat(found.get(2).shown()).isEqualTo("2 плавсредства");
    }

    @Test
    void should_not_take_a_teams_forces_or_a_peak_for_the_whole_force() {
        assertThat(observe("В 07:15 к месту прибыла группа Северского ПСО ГУ МЧС России по Северской области: 12 человек, "
                + "3 единицы техники, 3 лодки.")).isEmpty();
        assertThat(observe("Задействовано 4 бригады, 17 человек, 8 единиц техники.")).isEmpty();
        assertThat(observe("Максимальная группировка (12.04): 236 человек, 61 единица техники, 14 плавсредств.")).isEmpty();
    }

    @Test
    void should_read_a_row_of_a_table_of_forces() {
        String row = "дата: 16.04.2026 20:00; личный состав, чел.: 96; техника, ед.: 27; плавсредства, ед.: 4; "
                + "в т.ч. МЧС России, чел.: 34; в т.ч. МЧС России, техника, ед.: 9; примечание: переправа свёрнута";
        var found = new ObservationExtractor(MENTIONS).extract(row, List.of(), Instant.parse("2026-04-16T17:00:00Z"), REPORT);

        assertThat(found).extracting(Observation::entityKey, Observation::attribute, Observation::value).containsExactly(
                Tuple.tuple(Attribute.FORCE_KEY, Attribute.PERSONNEL, 96.0),
                Tuple.tuple(Attribute.FORCE_KEY, Attribute.VEHICLES, 27.0),
                Tuple.tuple(Attribute.FORCE_KEY, Attribute.BOATS, 4.0),
                Tuple.tuple("organisation:мчс", Attribute.PERSONNEL, 34.0),
                Tuple.tuple("organisation:мчс", Attribute.VEHICLES, 9.0));
    }

    @Test
    void should_read_a_gauge_table_row_as_that_gauges_level() {
        String row = "post: Ключи; date_time: 2026-04-16T20:00:00+03:00; level_cm: 602; change_cm_24h: -21";
        var found = new ObservationExtractor(MENTIONS).extract(row, List.of(), Instant.parse("2026-04-16T17:00:00Z"), REPORT);

        assertThat(found).singleElement().satisfies(o -> {
            assertThat(o.entityName()).isEqualTo("ГП Ключи");
            assertThat(o.value()).isEqualTo(602.0);
            assertThat(o.observedAt()).isEqualTo(Instant.parse("2026-04-16T17:00:00Z"));
        });
    }

    @Test
    void should_read_a_gauge_table_row_whose_header_ingest_wrote_in_russian() {
        String row = "пост: Ключи; дата и время: 2026-04-16T20:00:00+03:00; уровень, см: 602; изменение за 24 ч, см: -21; "
                + "опасная отметка, см: 650";
        var found = new ObservationExtractor(MENTIONS).extract(row, MENTIONS.extract(row, null), Instant.parse("2026-04-16T17:00:00Z"), REPORT);

        assertThat(found).singleElement().satisfies(o -> {
            assertThat(o.entityName()).isEqualTo("ГП Ключи");
            assertThat(o.attribute()).isEqualTo(Attribute.WATER_LEVEL);
            assertThat(o.value()).isEqualTo(602.0);
            assertThat(o.unit()).isEqualTo("см");
        });
    }

    @Test
    void should_read_a_markdown_gauge_table_with_the_keys_mentions_give_the_gauges() {
        String table = "| Гидропост | Уровень, см | Изменение за сутки | Опасная отметка |\n|---|---|---|---|\n"
                + "| Верхний Бор | 594 | +38 | 560 |\n| Ключи | 652 | +40 | 650 |";
        var found = new ObservationExtractor(MENTIONS).extract(table, List.of(), null, REPORT);
        var mention = MENTIONS.extract("на ГП Ключи", null).getFirst();

        assertThat(found).extracting(Observation::entityName, Observation::value)
                .containsExactly(Tuple.tuple("ГП Верхний Бор", 594.0), Tuple.tuple("ГП Ключи", 652.0));
        assertThat(found.get(1).entityKey()).isEqualTo(mention.key());
    }

    @Test
    void should_not_take_dates_ages_or_times_for_figures() {
        assertThat(observe("9 апреля в 17:30 44-летний мужчина не пострадал.")).isEmpty();
    }

    @Test
    void should_read_a_bare_count_after_a_verb_of_growth_as_the_new_figure() {
        var deaths = observe("Количество погибших при взрыве на АЗС в Махачкале увеличилось до 7 — источник 112");
        var injured = observe("До пяти выросло число пострадавших при пожаре в подмосковном Одинцове.");

        assertThat(deaths).extracting(Observation::attribute, Observation::value, Observation::qualifier)
                .containsExactly(Tuple.tuple(Attribute.DEATHS, 7.0, Qualifier.EXACT));
        assertThat(injured).extracting(Observation::attribute, Observation::value, Observation::entityName)
                .containsExactly(Tuple.tuple(Attribute.INJURED, 5.0, "Одинцово"));
    }

    @Test
    void should_not_read_a_number_word_inside_a_name() {
        var found = observe("В Одинцово горит частный дом, пострадали 5 человек.");

        assertThat(found).extracting(Observation::value).containsExactly(5.0);
    }

    @Test
    void should_read_square_metres_written_as_quoted_squares() {
        var area = observe("Площадь пожара в подмосковном Климовске возросла до 1400 \"квадратов\".").getFirst();

        assertThat(area.attribute()).isEqualTo(Attribute.AREA);
        assertThat(area.shown()).isEqualTo("1400 кв. м");
        assertThat(area.entityName()).isEqualTo("Климовск");
    }

    @Test
    void should_read_square_metres_written_as_kv_metrov() {
        var area = observe("В подмосковном Подольске горят торговые ряды. Площадь пожара — 800 кв. метров.").getFirst();

        assertThat(area.attribute()).isEqualTo(Attribute.AREA);
        assertThat(area.shown()).isEqualTo("800 кв. м");
        assertThat(area.entityName()).as("the town, not the region its adjective names").isEqualTo("Подольск");
    }

    @Test
    void should_not_take_a_part_of_a_figure_for_the_figure() {
        var found = observe("Количество пострадавших в Москве возросло до 28 человек, еще двое погибли. Среди травмированных 4 ребёнка. "
                + "Эвакуированы 40 человек (в том числе 15 детей).");

        assertThat(found).extracting(Observation::attribute, Observation::value).containsExactly(
                Tuple.tuple(Attribute.INJURED, 28.0),
                Tuple.tuple(Attribute.DEATHS, 2.0),
                Tuple.tuple(Attribute.EVACUATED, 40.0));
    }

    @Test
    void should_not_read_a_volume_or_a_height_above_something_as_a_gauge_level() {
        assertThat(observe("Уровень воды на ГП Заречье растёт. На участке за день отсыпано 180 м3 песчано-гравийной смеси."))
                .noneMatch(o -> o.attribute() == Attribute.WATER_LEVEL);
        assertThat(observe("ГП Заречье: уровень воды у ТП-14 — около 0,8 м выше фундамента."))
                .noneMatch(o -> o.attribute() == Attribute.WATER_LEVEL);
    }

    @Test
    void should_know_a_table_row_from_its_own_time_though_the_table_came_later() {
        var row = new ReportAnalysis.FragmentFindings(3, List.of(), List.of(), Instant.parse("2026-04-12T05:00:00Z"));
        var prose = new ReportAnalysis.FragmentFindings(0, List.of(), List.of(), null);
        Instant tableLoaded = Instant.parse("2026-04-16T17:00:00Z");

        assertThat(row.knownAt(tableLoaded)).isEqualTo(Instant.parse("2026-04-12T05:00:00Z"));
        assertThat(prose.knownAt(tableLoaded)).isEqualTo(tableLoaded);
    }

    @Test
    void should_count_the_people_of_a_numbered_shelter_but_not_its_capacity_or_those_at_relatives() {
        var found = observe("На 20:00 15.04 в ПВР — 106 человек: ПВР № 1 — 98, ПВР № 3 — 8. "
                + "Проверен ПВР № 2 (вместимость 150 чел.). Эвакуировано 254 человека, 144 человека — у родственников.");

        assertThat(found).filteredOn(o -> o.attribute() == Attribute.SHELTERED)
                .extracting(Observation::entityName, Observation::value)
                .contains(Tuple.tuple("ПВР № 1", 98.0), Tuple.tuple("ПВР № 3", 8.0))
                .doesNotContain(Tuple.tuple("ПВР № 2", 150.0))
                .noneMatch(t -> t.toList().get(1).equals(144.0));
    }

    @Test
    void should_count_flooded_homes_not_plots_drained_homes_totals_or_history() {
        var found = observe("В с. Нижние Ключи подтоплено 41 жилой дом и 97 приусадебных участков. "
                + "Вода ушла из 44 жилых домов. Подтопленными остаются 49 жилых домов из 58. "
                + "Исторический максимум — 702 см (апрель 1994 г.), при котором было подтоплено 94 жилых дома.");

        assertThat(found).filteredOn(o -> o.attribute() == Attribute.FLOODED_HOUSES).extracting(Observation::value)
                .containsExactly(41.0, 49.0);
    }

    @Test
    void should_count_flooded_garden_plots_apart_from_homes() {
        var found = observe("В с. Нижние Ключи подтоплено 41 жилой дом и 97 приусадебных участков. "
                + "В г. Заречье подтоплены 17 приусадебных участков и 3 подвала на ул. Набережная. "
                + "В с. Луговое подтоплено 12 жилых домов и 21 приусадебный участок.");

        assertThat(found).filteredOn(o -> o.attribute() == Attribute.FLOODED_PLOTS)
                .extracting(Observation::value, Observation::unit, Observation::entityName)
                .containsExactly(Tuple.tuple(97.0, "приусадебных участков", "Нижние Ключи"), Tuple.tuple(17.0, "приусадебных участков", "Заречье"),
                        Tuple.tuple(21.0, "приусадебных участков", "Луговое"));
        assertThat(observe("В с. Нижние Ключи подтоплено 58 жилых домов и 121 приусадебный участок (максимум — 12–13.04)."))
                .extracting(Observation::value).containsExactly(58.0, 121.0);
        assertThat(Attribute.namedIn("сколько приусадебных участков подтопило в заречье")).first().isEqualTo(Attribute.FLOODED_PLOTS);
        assertThat(Attribute.namedIn("сколько домов подтоплено")).containsExactly(Attribute.FLOODED_HOUSES);
    }

    @Test
    void should_tell_those_who_refused_to_leave_from_the_evacuated() {
        var told = observe("Эвакуация завершена. 9 человек письменно отказались от эвакуации.");
        var row = observe("дата: 2026-04-12T08:00; населённый пункт: с. Нижние Ключи; эвакуировано (отселено), чел.: 327; "
                + "в ПВР, чел.: 119; у родственников, чел.: 208; отказались, чел.: 9");

        assertThat(told).extracting(Observation::attribute, Observation::value).containsExactly(Tuple.tuple(Attribute.REFUSED, 9.0));
        assertThat(observe("Эвакуировано 327 человек. Отказались от эвакуации 9 человек. Обход домов жителей, отказавшихся от эвакуации (9 человек)."))
                .extracting(Observation::attribute, Observation::value)
                .containsExactly(Tuple.tuple(Attribute.EVACUATED, 327.0), Tuple.tuple(Attribute.REFUSED, 9.0), Tuple.tuple(Attribute.REFUSED, 9.0));
        assertThat(row).extracting(Observation::attribute, Observation::value).containsExactly(
                Tuple.tuple(Attribute.EVACUATED, 327.0), Tuple.tuple(Attribute.SHELTERED, 119.0), Tuple.tuple(Attribute.WITH_RELATIVES, 208.0),
                Tuple.tuple(Attribute.REFUSED, 9.0));
        assertThat(row).allSatisfy(o -> assertThat(o.entityName()).isEqualTo("Нижние Ключи"));
    }

    @Test
    void should_read_villages_with_power_cuts_as_without_power() {
        var found = observe("Власти не успевают ремонтировать электросети, из-за чего в 306 деревнях перебои со светом.");

        assertThat(found).extracting(Observation::attribute, Observation::value, Observation::unit)
                .containsExactly(Tuple.tuple(Attribute.DEENERGIZED, 306.0, "населённых пунктов"));
    }

    @Test
    void should_not_read_an_instruction_as_what_happened() {
        var planned = observe("Провести эвакуацию населения с. Нижние Ключи (фактически проживающих 336 человек) с 14:00 10.04.2026. "
                + "2. Подготовить к немедленной эвакуации жителей ул. Речная, Садовая, Мельничная (546 человек).");

        assertThat(planned).isEmpty();
    }

    @Test
    void should_not_count_those_present_or_living_somewhere_as_evacuated() {
        assertThat(observe("В с. Нижние Ключи проведён сход граждан, присутствовало 74 человека; разъяснён порядок эвакуации.")).isEmpty();
        assertThat(observe("Из с. Нижние Ключи, где проживают 336 человек, эвакуировано 254 человека."))
                .extracting(Observation::value).containsExactly(254.0);
    }

    @Test
    void should_tie_the_evacuated_to_the_place_they_left_not_to_the_shelter_that_took_some() {
        String text = "Эвакуация жителей с. Нижние Ключи. Эвакуировано 312 человек, из них 119 размещены в двух пунктах временного размещения.";

        assertThat(observe(text)).filteredOn(o -> o.attribute() == Attribute.EVACUATED).singleElement()
                .satisfies(o -> assertThat(o.entityName()).isEqualTo("Нижние Ключи"));
    }

    @Test
    void should_not_give_a_total_over_several_places_to_the_first_of_them() {
        var total = observe("В Заречном районе всего эвакуировано (отселено) 368 человек: с. Нижние Ключи — 327, с. Ольховка — 41.");

        assertThat(total).filteredOn(o -> o.value() == 368.0).singleElement()
                .satisfies(o -> assertThat(o.entityName()).isEqualTo("Заречный район"));
        assertThat(observe("Паводок в Заречном районе. У с. Ольховка дамба. Всего эвакуировано (отселено) 368 человек."))
                .extracting(Observation::entityName).containsExactly("Заречный район");
        assertThat(observe("Максимальное число размещённых в ПВР — 151 человек (13.04).")).isEmpty();
        assertThat(observe("В ПВР на 20:00 — 148 человек: ПВР № 1 — 108, ПВР № 2 — 29, ПВР № 3 — 11."))
                .extracting(Observation::entityName, Observation::value).containsExactly(Tuple.tuple("ПВР", 148.0),
                        Tuple.tuple("ПВР № 1", 108.0), Tuple.tuple("ПВР № 2", 29.0), Tuple.tuple("ПВР № 3", 11.0));
    }

    @Test
    void should_give_an_item_of_a_breakdown_written_with_its_unit_to_the_first_thing_it_names_and_none_after_it() {
        var found = observe("В ПВР размещено 119 человек (ПВР № 1, СОШ № 2 г. Заречье — 101 человек; ПВР № 3, Ключевская СОШ — 18 человек), "
                + "у родственников и знакомых — 193 человека.");

        assertThat(found).extracting(Observation::entityName, Observation::attribute, Observation::value).containsExactly(
                Tuple.tuple("ПВР", Attribute.SHELTERED, 119.0), Tuple.tuple("ПВР № 1", Attribute.SHELTERED, 101.0),
                Tuple.tuple("ПВР № 3", Attribute.SHELTERED, 18.0));
        assertThat(observe("В ПВР размещено 119 человек (ПВР № 1 — 101 человек, ПВР № 3 — 18 человек)."))
                .extracting(Observation::entityName, Observation::value)
                .containsExactly(Tuple.tuple("ПВР", 119.0), Tuple.tuple("ПВР № 1", 101.0), Tuple.tuple("ПВР № 3", 18.0));
        assertThat(observe("Всего по району эвакуировано 368 человек: с. Нижние Ключи — 327 человек, с. Ольховка — 41 человек."))
                .extracting(Observation::entityName, Observation::value)
                .contains(Tuple.tuple("Нижние Ключи", 327.0), Tuple.tuple("Ольховка", 41.0));
    }

    @Test
    void should_count_the_evacuated_staying_with_relatives_apart_from_the_sheltered_and_of_the_place_they_left() {
        var found = observe("Из с. Нижние Ключи всего эвакуировано 312 человек. В ПВР № 1 размещено 101 человек, "
                + "у родственников и знакомых — 193 человека.");

        assertThat(found).extracting(Observation::entityName, Observation::attribute, Observation::value).containsExactly(
                Tuple.tuple("Нижние Ключи", Attribute.EVACUATED, 312.0), Tuple.tuple("ПВР № 1", Attribute.SHELTERED, 101.0),
                Tuple.tuple("Нижние Ключи", Attribute.WITH_RELATIVES, 193.0));
        assertThat(observe("В с. Нижние Ключи 144 человека — у родственников.")).extracting(Observation::entityName, Observation::attribute,
                Observation::value).containsExactly(Tuple.tuple("Нижние Ключи", Attribute.WITH_RELATIVES, 144.0));
        assertThat(observe("41 житель улицы Береговой села Ольховка временно переселён: 29 человек разместились в ФОК «Олимп» "
                + "в Заречье, остальные у родственников.")).noneMatch(o -> o.attribute() == Attribute.WITH_RELATIVES);
    }

    @Test
    void should_read_those_sheltered_out_of_the_evacuated_and_no_staff_or_counted_shelters() {
        var found = observe("Из с. Нижние Ключи вывезли 312 человек, из них 119 размещены в двух пунктах временного размещения. "
                + "В ПВР работают: группа встречи, регистрации и учёта (2 человека), группа размещения (3 человека).");

        assertThat(found).extracting(Observation::attribute, Observation::value).containsExactly(
                Tuple.tuple(Attribute.EVACUATED, 312.0), Tuple.tuple(Attribute.SHELTERED, 119.0));
        assertThat(observe("Пострадали три человека, один погиб.")).extracting(Observation::attribute, Observation::value)
                .containsExactly(Tuple.tuple(Attribute.INJURED, 3.0), Tuple.tuple(Attribute.DEATHS, 1.0));
    }

    @Test
    void should_give_the_shelters_total_after_their_list_to_all_shelters() {
        var found = observe("ПВР (на 20:00). ПВР № 1 — 92 человека, ПВР № 3 — 8 человек. Всего — 100 человек.");

        assertThat(found).extracting(Observation::entityName, Observation::attribute, Observation::value).containsExactly(
                Tuple.tuple("ПВР № 1", Attribute.SHELTERED, 92.0), Tuple.tuple("ПВР № 3", Attribute.SHELTERED, 8.0),
                Tuple.tuple("ПВР", Attribute.SHELTERED, 100.0));
        assertThat(observe("В Заречном районе отселено: с. Нижние Ключи — 327 человек, с. Ольховка — 41 человек. Итого 368 человек."))
                .filteredOn(o -> o.value() == 368.0).singleElement()
                .satisfies(o -> assertThat(o.entityName()).isEqualTo("Заречный район"));
        assertThat(observe("Всего — 100 человек.")).isEmpty();
    }

    @Test
    void should_not_count_people_moved_elsewhere_or_a_group_among_them_as_those_a_shelter_holds() {
        var moved = observe("В ПВР № 1 — 104 человека, в ПВР № 3 — 15 человек (3 человека переведены в ПВР № 1 по медицинским показаниям).");
        var children = observe("На 18:00 11.04 в ПВР № 1 размещено 104 человека, в том числе 18 детей (из них 5 — до 3 лет).");

        assertThat(moved).extracting(Observation::entityName, Observation::value)
                .containsExactly(Tuple.tuple("ПВР № 1", 104.0), Tuple.tuple("ПВР № 3", 15.0));
        assertThat(children).extracting(Observation::value).containsExactly(104.0);
    }

    @Test
    void should_put_the_unit_in_the_genitive_after_a_qualifier() {
        Instant at = Instant.parse("2024-11-20T06:00:00Z");
        assertThat(new Observation("", "", Attribute.DEATHS, 3.0, null, "человек", Qualifier.AT_LEAST, at, false, 0, 0).shown())
                .isEqualTo("не менее 3 человек");
        assertThat(new Observation("", "", Attribute.INJURED, 21.0, null, "человек", Qualifier.MORE_THAN, at, false, 0, 0).shown())
                .isEqualTo("более 21 человека");
        assertThat(new Observation("", "", Attribute.FLOODED_HOUSES, 2.0, null, "домов", Qualifier.UP_TO, at, false, 0, 0).shown())
                .isEqualTo("до 2 домов");
        assertThat(new Observation("", "", Attribute.DEATHS, 3.0, null, "человек", Qualifier.EXACT, at, false, 0, 0).shown())
                .isEqualTo("3 человека");
    }

    @Test
    void should_take_a_posts_update_of_a_figure_for_a_correction() {
        var found = observe("Двое человек погибли при взрыве газа в городе Кирсанов.\nUPD. Количество погибших увеличилось до трёх.");

        assertThat(found).filteredOn(o -> o.attribute() == Attribute.DEATHS).extracting(Observation::value, Observation::correction)
                .containsExactly(Tuple.tuple(2.0, false), Tuple.tuple(3.0, true));
    }
}
