package ru.sppr.chat.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.sppr.chat.intent.Intent;

class TopicsTest {
    @Test
    void should_search_for_what_is_asked_without_how_long_the_answer_should_be() {
        assertThat(Topics.of(Intent.GENERAL_QUERY, "итоги половодья в двух словах")).isEqualTo("итоги половодья");
        assertThat(Topics.of(Intent.GENERAL_QUERY, "вкратце что с мостом")).isEqualTo("что с мостом");
        assertThat(Topics.of(Intent.REPORT, "сводка по мосту кратко")).isEqualTo("мосту");
        assertThat(Topics.of(Intent.GENERAL_QUERY, "кратко")).isEqualTo("кратко");
    }

    @Test
    void should_search_for_the_figure_asked_not_for_whether_the_sources_agree() {
        assertThat(Topics.of(Intent.GENERAL_QUERY, "сколько пострадавших в нижнем тагиле, данные расходятся?"))
                .isEqualTo("сколько пострадавших в нижнем тагиле, ?");
        assertThat(Topics.of(Intent.GENERAL_QUERY, "в вильнюсе сколько погибло по разным данным")).isEqualTo("в вильнюсе сколько погибло");
    }

    @Test
    void should_search_for_what_is_asked_without_the_askers_hedges() {
        assertThat(Topics.of(Intent.GENERAL_QUERY, "у второго пилота сколько стажа? вроде пишут по-разному"))
                .isEqualTo("у второго пилота сколько стажа?");
        assertThat(Topics.of(Intent.GENERAL_QUERY, "говорят, мост закрыли, типа вода высокая")).isEqualTo(", мост закрыли, вода высокая");
    }

    @Test
    void should_search_for_the_term_alone_when_a_definition_is_asked_in_many_words() {
        assertThat(Topics.of(Intent.EXPLAIN_TERMS, "переправа по глоссарию это что считается")).isEqualTo("переправа");
        assertThat(Topics.of(Intent.EXPLAIN_TERMS, "кчс это вообще кто такие, чем занимаются")).isEqualTo("кчс ,");
        assertThat(Topics.of(Intent.EXPLAIN_TERMS, "эвакуация по глоссарию как определяется")).isEqualTo("эвакуация");
    }
}
