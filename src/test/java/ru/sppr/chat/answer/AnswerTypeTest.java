package ru.sppr.chat.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerTypeTest {
    @Test
    void a_thing_asked_for_by_which_expects_a_name() {
        assertThat(AnswerType.of("в каком жк горело в ильменском проезде")).isEqualTo(AnswerType.NAME);
        assertThat(AnswerType.of("which hospital was the patient flown to?")).isEqualTo(AnswerType.NAME);
        assertThat(AnswerType.of("какой уровень воды на ключах")).isEqualTo(AnswerType.ANY);
        assertThat(AnswerType.of("в каком году построена дамба")).isEqualTo(AnswerType.TIME);
    }

    @Test
    void a_name_in_quotes_offers_one() {
        assertThat(AnswerType.NAME.offeredBy("взрыв и пожар в «Селигер Сити» в проезде")).isTrue();
        assertThat(AnswerType.NAME.offeredBy("пожар в жилом комплексе")).isFalse();
    }

    @Test
    void who_made_a_document_expects_a_sentence_naming_its_makers() {
        assertThat(AnswerType.of("памятку для населения кто составлял")).isEqualTo(AnswerType.AUTHOR);
        assertThat(AnswerType.of("кем утверждён план эвакуации")).isEqualTo(AnswerType.AUTHOR);
        assertThat(AnswerType.of("кто писал что в карлтоне горел массажный кабинет")).isEqualTo(AnswerType.SOURCE);
        assertThat(AnswerType.of("кто пострадал при пожаре")).isNotEqualTo(AnswerType.AUTHOR);
        assertThat(AnswerType.AUTHOR.offeredBy("Согласовано: начальник ЕДДС О.С. Кравец")).isTrue();
        assertThat(AnswerType.AUTHOR.offeredBy("Разработан начальником 27 ПСЧ И.Д. Лаптевым")).isTrue();
        assertThat(AnswerType.AUTHOR.offeredBy("Эвакуация завершена к 23:30")).isFalse();
    }

    @Test
    void who_says_so_expects_a_sentence_that_says_who_does() {
        assertThat(AnswerType.of("кто уточнил магнитуду землетрясения в италии до 6,5")).isEqualTo(AnswerType.SOURCE);
        assertThat(AnswerType.of("откуда инфа что отказникам дали генераторы")).isEqualTo(AnswerType.SOURCE);
        assertThat(AnswerType.of("418 жителей нижних ключей это по каким данным")).isEqualTo(AnswerType.SOURCE);
        assertThat(AnswerType.of("кто подписал сводку")).isEqualTo(AnswerType.PERSON);
        assertThat(AnswerType.SOURCE.offeredBy("Такая магнитуда, по данным Национального института геофизики, составила 6,5.")).isTrue();
        assertThat(AnswerType.SOURCE.offeredBy("Магнитуда составила 6,5.")).isFalse();
    }

    @Test
    void at_what_time_and_for_how_long_are_not_counts() {
        assertThat(AnswerType.of("в пвр 1 врач во сколько принимает")).isEqualTo(AnswerType.TIME_OF_DAY);
        assertThat(AnswerType.of("до скольки работает переправа")).isEqualTo(AnswerType.TIME_OF_DAY);
        assertThat(AnswerType.of("в пвр 1 врач во скока принимает")).isEqualTo(AnswerType.TIME_OF_DAY);
        assertThat(AnswerType.of("суперджет за скока потушили")).isEqualTo(AnswerType.DURATION);
        assertThat(AnswerType.of("суперджет в анталье за сколько потушили")).isEqualTo(AnswerType.DURATION);
        assertThat(AnswerType.of("how long did the fire burn")).isEqualTo(AnswerType.DURATION);
        assertThat(AnswerType.of("сколько автобусов выделили")).isEqualTo(AnswerType.COUNT);
        assertThat(AnswerType.TIME_OF_DAY.offeredBy("врач-терапевт ежедневно 10:00–14:00")).isTrue();
        assertThat(AnswerType.TIME_OF_DAY.offeredBy("ПВР № 1 — 92 человека")).isFalse();
        assertThat(AnswerType.TIME_OF_DAY.offeredBy("ПВР № 1 работает до 18.04 включительно")).as("a date").isFalse();
        assertThat(AnswerType.DURATION.offeredBy("Ровно за 20 минут пожарные потушили открытое пламя")).isTrue();
        assertThat(AnswerType.DURATION.offeredBy("Пожар потушили, пострадавших нет")).isFalse();
        assertThat(AnswerType.DURATION.offeredBy("Большая часть домов подтоплена до конца дня")).isFalse();
        assertThat(AnswerType.DURATION.offeredBy("Тушение заняло полтора часа")).isTrue();
        assertThat(AnswerType.of("во сколько раз вырос уровень")).isNotEqualTo(AnswerType.TIME_OF_DAY);
        assertThat(AnswerType.of("во сколько оценили ущерб")).isNotEqualTo(AnswerType.TIME_OF_DAY);
    }

    @Test
    void how_long_people_have_sat_without_power_is_a_span_of_time() {
        assertThat(AnswerType.of("жк дубровка сейчас без электроснабжения сколько уже сидят")).isEqualTo(AnswerType.DURATION);
        assertThat(AnswerType.of("сколько уже погибло")).isEqualTo(AnswerType.COUNT);
        assertThat(AnswerType.DURATION.offeredBy("Люди сидят без электричества уже более часа.")).isTrue();
        assertThat(AnswerType.DURATION.offeredBy("Больше людей без света")).isFalse();
    }

    @Test
    void the_event_itself_or_what_followed_it_is_no_cause_of_it() {
        assertThat(AnswerType.CAUSE.offeredBy("Один человек погиб из-за пожара в квартире на Ленинском проспекте.")).isFalse();
        assertThat(AnswerType.CAUSE.offeredBy("В результате пострадали 3 человека – 2 газоспасателя и очевидец.")).isFalse();
        assertThat(AnswerType.CAUSE.offeredBy("Пожар произошёл из-за короткого замыкания; в результате пострадали двое.")).isTrue();
        assertThat(AnswerType.CAUSE.offeredBy("В СК сообщили, что пожар в доме на Ленинском проспекте устроил один из жильцов.")).isTrue();
        assertThat(AnswerType.CAUSE.offeredBy("Глава семейства облил детские игрушки и поджёг.")).isTrue();
    }

    @Test
    void what_was_being_done_when_it_happened_is_a_cause_and_from_what_asks_one() {
        assertThat(AnswerType.of("от чего умерли люди в соццентре на алтае")).isEqualTo(AnswerType.CAUSE);
        assertThat(AnswerType.of("а загорелось с чего")).isEqualTo(AnswerType.CAUSE);
        assertThat(AnswerType.of("с чего рухнул кран на ангарской")).isEqualTo(AnswerType.CAUSE);
        assertThat(AnswerType.of("уровень на гп в сантиметрах это от чего считают")).isNotEqualTo(AnswerType.CAUSE);
        assertThat(AnswerType.CAUSE.offeredBy("Механик рассказал, что судно опрокинулось при развороте в шторм.")).isTrue();
        assertThat(AnswerType.CAUSE.offeredBy("Судно опрокинулось у берегов Сахалина.")).isFalse();
    }
}
