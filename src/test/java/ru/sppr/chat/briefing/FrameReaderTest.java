package ru.sppr.chat.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.sppr.chat.knowledge.analysis.Analyses;
import ru.sppr.chat.situation.Attribute;

class FrameReaderTest {
    @Test
    void an_overview_asking_only_of_a_moment_is_of_the_whole_situation() {
        assertThat(FrameReader.asksWholeSituation("обстановка на утро 10 апреля кратко", "на утро 10 апреля")).isTrue();
        assertThat(FrameReader.asksWholeSituation("Как обстановка?", null)).isTrue();
        assertThat(FrameReader.asksWholeSituation("какая обстановка сейчас", null)).isTrue();
        assertThat(FrameReader.asksWholeSituation("what's the situation now (обстановка сейчас)", null)).isTrue();
    }

    @Test
    void a_name_in_another_form_is_alike_but_a_longer_name_starting_the_same_is_not() {
        assertThat(FrameReader.alike("ключевской", "ключи")).isTrue();
        assertThat(FrameReader.alike("ольховская", "ольховка")).isTrue();
        assertThat(FrameReader.alike("выхино", "выхино-жулебино")).as("the first part of a hyphenated name").isTrue();
        assertThat(FrameReader.alike("нижних ключей", "нижние ключи")).isTrue();
        assertThat(FrameReader.alike("ленинградский проспект", "ленинский проспект")).isFalse();
        assertThat(FrameReader.alike("коми", "коминтерн")).isFalse();
    }

    @Test
    void an_event_named_as_the_circumstance_is_no_figure_asked() {
        assertThat(FrameReader.attributesAsked("суперджет в анталье — экипаж при эвакуации как себя показал?")).isEmpty();
        assertThat(FrameReader.attributesAsked("скока погибло во время эвакуации")).containsExactly(Attribute.DEATHS);
        assertThat(FrameReader.attributesAsked("скока эвакуировали из нижних ключей")).containsExactly(Attribute.EVACUATED);
    }

    @Test
    void an_overview_of_something_named_is_not_of_the_whole_situation() {
        assertThat(FrameReader.asksWholeSituation("обстановка по мосту", null)).isFalse();
        assertThat(FrameReader.asksWholeSituation("что с дамбой у ольховки", null)).isFalse();
        assertThat(FrameReader.asksWholeSituation("сколько эвакуировано", null)).isFalse();
    }

    @Test
    void a_wave_is_a_measure_the_answer_must_give_but_worry_is_none() {
        assertThat(FrameReader.measure("13го волна у ольховской дамбы какя была")).contains("волн");
        assertThat(FrameReader.measure("какой высоты волны у дамбы")).contains("волн");
        assertThat(FrameReader.measure("жители в ольховке волнуются?")).isEmpty();
        assertThat(FrameReader.speaksOf("Высота ветровой волны на пойме у Ольховской дамбы — до 0,4 м.", "волн")).isTrue();
    }

    @Test
    void capacity_and_the_year_built_are_measures_the_answer_must_give() {
        assertThat(FrameReader.measure("вместимость пвр 1 сколько мест")).contains(FrameReader.CAPACITY);
        assertThat(FrameReader.measure("сколько свободных мест в пвр 3")).contains(FrameReader.CAPACITY);
        assertThat(FrameReader.measure("сколько человек в пвр 1")).isEmpty();
        assertThat(FrameReader.measure("ключевской мост какого года")).contains(FrameReader.BUILT);
        assertThat(FrameReader.speaksOf("Год постройки — 1987.", FrameReader.BUILT)).isTrue();
        assertThat(FrameReader.speaksOf("ПВР № 1: размещено 92 человека.", FrameReader.CAPACITY)).isFalse();
        assertThat(FrameReader.measure("телефон есть?")).contains(FrameReader.PHONE);
        assertThat(FrameReader.measure("куда звонить по эвакуации")).contains(FrameReader.PHONE);
        assertThat(FrameReader.speaksOf("Авария с автобусом, пострадавших, по предварительным данным, нет.", FrameReader.CAUSE))
                .as("a hedge, not a cause").isFalse();
        assertThat(FrameReader.speaksOf("По предварительной версии, причиной стало замыкание.", FrameReader.CAUSE)).isTrue();
        assertThat(FrameReader.speaksOf("Спасатели проверяют подъезд — нет ли других пострадавших из-за сильного задымления.", FrameReader.CAUSE))
                .as("smoke follows a fire, it is not its cause").isFalse();
        assertThat(FrameReader.speaksOf("Дежурный ЕДДС: тел. 2-14-50.", FrameReader.PHONE)).isTrue();
        assertThat(FrameReader.speaksOf("Эвакуировано 312 человек.", FrameReader.PHONE)).isFalse();
    }

    @Test
    void a_street_or_an_age_asked_is_a_measure_the_answer_must_give() {
        assertThat(FrameReader.measure("в тагиле на какой улице дом рухнул")).contains(FrameReader.STREET);
        assertThat(FrameReader.measure("какой адрес у пвр 1")).contains(FrameReader.STREET);
        assertThat(FrameReader.measure("где рухнул дом в тагиле")).isEmpty();
        assertThat(FrameReader.speaksOf("Пожар в доме на ул. Ленина, 5.", FrameReader.STREET)).isTrue();
        assertThat(FrameReader.speaksOf("Авария на Кутузовском проспекте.", FrameReader.STREET)).isTrue();
        assertThat(FrameReader.speaksOf("Обрушился дом в Нижнем Тагиле, погиб 1 человек.", FrameReader.STREET)).isFalse();
        assertThat(FrameReader.measure("скока лет водителю бмв который сбил людей")).contains(FrameReader.AGE);
        assertThat(FrameReader.speaksOf("За рулём был 23-летний водитель.", FrameReader.AGE)).isTrue();
        assertThat(FrameReader.speaksOf("Водитель сбил пешеходов и скрылся.", FrameReader.AGE)).isFalse();
        assertThat(FrameReader.speaksOf("Корягину грозит до 7 лет лишения свободы.", FrameReader.AGE)).as("a sentence, not an age").isFalse();
        assertThat(FrameReader.speaksOf("Вымирание 66 миллионов лет назад.", FrameReader.AGE)).isTrue();
        assertThat(FrameReader.speaksOf("Сгоревшему в аэропорту Антальи «суперджету» было семь лет.", FrameReader.AGE)).isTrue();
        assertThat(FrameReader.speaksOf("Пожар в этом здании был семь лет назад.", FrameReader.AGE)).isFalse();
        assertThat(FrameReader.measure("утром 10го скока ольховке до опасной оставалось")).contains(FrameReader.DANGER_MARGIN);
        assertThat(FrameReader.measure("запас до неблагоприятной на ключах какой")).contains(FrameReader.ADVERSE_MARGIN);
        assertThat(FrameReader.measure("сколько машин доехало до опасной зоны")).isEmpty();
        assertThat(FrameReader.speaksOf("Пострадал двенадцатилетний мальчик.", FrameReader.AGE)).isTrue();
        assertThat(FrameReader.speaksOf("Самолёт загорелся при посадке, все эвакуированы.", FrameReader.AGE)).isFalse();
    }

    @Test
    void an_event_given_as_the_cause_of_something_else_is_no_cause_of_the_event() {
        assertThat(FrameReader.speaksOf("Пять человек пострадали в результате ДТП на набережной.", FrameReader.CAUSE)).isFalse();
        assertThat(FrameReader.speaksOf("Дорога закрыта из-за крупного пожара.", FrameReader.CAUSE)).isFalse();
        assertThat(FrameReader.speaksOf("ДТП произошло из-за гололедицы.", FrameReader.CAUSE)).isTrue();
        assertThat(FrameReader.speaksOf("Дом разрушен в результате взрыва газа.", FrameReader.CAUSE)).isTrue();
    }

    @Test
    void a_part_of_the_people_counted_is_a_measure_the_answer_must_name() {
        assertThat(FrameReader.measure("скока детей было в пвр 1 на 20:00 13.04")).contains(FrameReader.CHILDREN);
        assertThat(FrameReader.measure("а в пвр 1 скока маломобильных было 11го?")).contains("маломобильн");
        assertThat(FrameReader.speaksOf("ПВР № 1 — 111 человек, из них 19 детей.", FrameReader.CHILDREN)).isTrue();
        assertThat(FrameReader.speaksOf("В ПВР (ПВР № 1), на 20:00 13.04.2026: 111 человек.", FrameReader.CHILDREN)).isFalse();
        assertThat(FrameReader.speaksOf("14 учащихся переведены на дистанционное обучение.", FrameReader.CHILDREN)).isTrue();
        assertThat(FrameReader.measure("детский сад затопило?")).isEmpty();
        assertThat(FrameReader.measure("сколько волонтеров работает в пвр")).contains("волонтер");
        assertThat(FrameReader.measure("вода над настилом ключевского моста как менялась")).contains("настил");
        assertThat(FrameReader.speaksOf("В ПВР, на 20:00 16.04.2026: 100 человек.", "волонтер")).isFalse();
    }

    @Test
    void a_summary_of_something_unnamed_is_not_of_the_whole_situation_but_one_of_the_situation_is() {
        assertThat(FrameReader.asksOfUnknown("кратко по ловцову")).isTrue();
        assertThat(FrameReader.asksOfUnknown("a321 когалымавиа над синаем, кратко что было")).as("a name in Latin letters").isTrue();
        assertThat(FrameReader.asksOfUnknown("summary of the situation this morning")).as("an English question").isFalse();
        assertThat(FrameReader.asksOfUnknown("сводка по обстановке на утро")).isFalse();
        assertThat(FrameReader.asksOfUnknown("подготовь сводку по району")).isFalse();
        assertThat(FrameReader.asksOfUnknown("обстановка по состоянию на 08:00")).isFalse();
        assertThat(FrameReader.asksOfUnknown("что было по сводке на 8 утра 16го")).isFalse();
        assertThat(FrameReader.asksWholeSituation("что по обстановке было на утро 13-го, кратко", "на утро 13-го")).isTrue();
    }

    @Test
    void what_happened_at_a_place_asks_for_its_incidents_unless_an_object_or_more_is_named() {
        assertThat(FrameReader.asksWhatHappened("что случилось в подольске", Analyses.SHARED)).isTrue();
        assertThat(FrameReader.asksWhatHappened("кратко что было в нижнем тагиле", Analyses.SHARED)).isTrue();
        assertThat(FrameReader.asksWhatHappened("какие чп были в махачкале", Analyses.SHARED)).isTrue();
        assertThat(FrameReader.asksWhatHappened("кратко что случилось в махачкале на азс", Analyses.SHARED)).isFalse();
        assertThat(FrameReader.asksWhatHappened("что случилось с мостом у ключей", Analyses.SHARED)).isFalse();
        assertThat(FrameReader.asksWhatHappened("что случилось с поездом под волгоградом на перегоне", Analyses.SHARED)).isFalse();
        assertThat(FrameReader.asksWhatHappened("что известно про подольск", Analyses.SHARED)).isFalse();
    }

    @Test
    void a_place_is_named_by_the_stems_of_all_its_words() {
        assertThat(FrameReader.namesPlace("обрушение дома в нижнем тагиле", "Нижний Тагил")).isTrue();
        assertThat(FrameReader.namesPlace("обрушение дома в тагиле", "Нижний Тагил")).isFalse();
        assertThat(FrameReader.namesPlace("пожар на складе в ярославле", "Казань")).isFalse();
        assertThat(FrameReader.namesPlace("водитель автобуса в перми госпитализирован", "Пермь")).isTrue();
        assertThat(FrameReader.namesPlace("пожар на складе в казани", "Казань")).isTrue();
    }
}
