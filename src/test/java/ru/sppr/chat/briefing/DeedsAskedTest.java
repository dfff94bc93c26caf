package ru.sppr.chat.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.situation.MentionExtractor;
import ru.sppr.chat.situation.Morphology;

class DeedsAskedTest {
    private static final DeedsAsked DEEDS = new DeedsAsked(new MentionExtractor(Morphology.russian(), ZoneId.of("Europe/Moscow"))::deed);

    @Test
    void should_withhold_an_answer_that_does_not_say_the_deed_asked_of_was_done() {
        assertThat(DEEDS.missing("ремонт откоса на дамбе сделали уже? когда закончили",
                "На участке ПК 7+20 – ПК 7+70 требуется ремонт откоса после спада воды. [1]")).contains("В базе нет сведений о том, что спрошено («сделали»).");
        assertThat(DEEDS.missing("мотопомпы от гу мчс пришли? скока", "Запрошены ДЭС 60 кВт, 3 000 мешков, 2 мотопомпы. [1]")).isPresent();
        assertThat(DEEDS.missing("раскладушки в пвр 1 довезли", "Не хватает раскладушек для 12 человек. [1]")).as("asked without «?»").isPresent();
    }

    @Test
    void should_withhold_an_answer_that_says_the_deed_only_will_be_done() {
        assertThat(DEEDS.missing("подростка с бали в россию уже перевезли?", "Российского подростка перевезут в Россию. [1]")).isPresent();
        assertThat(DEEDS.missing("меру пресечения какую избрали", "В ближайшее время ему изберут меру пресечения. [1]"))
                .as("what was done, asked of a deed still to come").isPresent();
        assertThat(DEEDS.missing("в электростали отопление в итоге вернули?", "Работы уже ведутся, и отопление планируют вернуть к 17 часам. [1]"))
                .as("only planned").isPresent();
    }

    @Test
    void should_keep_an_answer_that_says_the_deed_was_done_or_was_not() {
        assertThat(DEEDS.missing("подвалы на набережной откачали уже", "Подвалы откачаны. [1]")).isEmpty();
        assertThat(DEEDS.missing("авиацию на половодье привлекали?", "Авиация не привлекалась. [1]")).isEmpty();
        assertThat(DEEDS.missing("полёт вообще согласовывали?", "Полёт вертолёта не был согласован. [1]")).as("another aspect of the verb").isEmpty();
        assertThat(DEEDS.missing("детей эвакуировали?", "Эвакуировать детей не стали. [1]")).as("an infinitive is no promise").isEmpty();
        assertThat(DEEDS.missing("эвакуацию нижних ключей закончили?", "Эвакуация жителей Нижних Ключей завершилась поздно вечером 10 апреля. [1]"))
                .as("another verb of the same deed").isEmpty();
        assertThat(DEEDS.missing("когда эвакуацию начали", "Эвакуация началась в 14:00 10.04. [1]")).as("a reflexive form of the verb").isEmpty();
        assertThat(DEEDS.missing("когда свет вернули", "17:30 14.04 — Восстановлено электроснабжение по ВЛ-10 кВ ф. 7. [1]"))
                .as("returning told as restoring").isEmpty();
        assertThat(DEEDS.missing("утром 9го когда ждали что вода на настил выйдет", "Вода выйдет на настил в вечерние часы 09.04. [1]"))
                .as("expecting names no deed").isEmpty();
        assertThat(DEEDS.missing("а генераторы им давали?", "По заявке администрации поселения переданы 3 бытовых генератора 2,5 кВт. [1]"))
                .as("giving is told as handing over").isEmpty();
    }

    @Test
    void should_ask_whether_by_the_part_of_the_question_that_asks() {
        assertThat(DEEDS.missing("в кемерове трамваи столкнулись, погибшие есть?", "Пострадавших в ДТП двух трамваев — 80 человек. [1]"))
                .as("the crash is the topic; the dead are asked").isEmpty();
        assertThat(DEEDS.missing("кого задержали?", "Полиция ищет водителя. [1]")).as("who, not whether").isEmpty();
        assertThat(DEEDS.missing("группа северского псо когда из района уехала", "В 07:15 прибыла группа Северского ПСО. [1]"))
                .as("when, answered by the moment of the opposite deed").isPresent();
        assertThat(DEEDS.missing("когда умер писатель?", "Писатель скончался в 1910 году. [1]")).as("when, told in other words").isEmpty();
        assertThat(DEEDS.missing("когда моторку списали", "Лодка прошла осмотр в 10:00. [1]", true))
                .as("when, of a deed dated reports do not tell").isPresent();
        assertThat(DEEDS.missing("когда моторку списали", "Лодка прошла осмотр в 10:00. [1]")).as("not only from reports").isEmpty();
        assertThat(DEEDS.missing("пожарные долго ехали в климовск?", "Пожарные прибыли через 20 минут. [1]")).as("how long, not whether").isEmpty();
        assertThat(DEEDS.missing("дети в школах отравились, скольких госпитализировали", "158 детей отравились в школах. [1]"))
                .as("how many, not whether").isEmpty();
        assertThat(DEEDS.missing("Чему поспособствовала популярность перевода Лютера?", "Перевод внёс вклад в развитие языка. [1]"))
                .as("to what, not whether").isEmpty();
        assertThat(DEEDS.missing("склад потушили?", "Пожар ликвидирован. [1]")).as("a deed the base tells in other words").isEmpty();
        assertThat(DEEDS.missing("тп-14 щас всё ещё в воде стоит?", "ТП-14 — после просушки оборудования. [1]")).as("a state, not a deed").isEmpty();
    }
}
