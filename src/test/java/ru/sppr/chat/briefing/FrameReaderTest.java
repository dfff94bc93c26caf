package ru.sppr.chat.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameReaderTest {
    @Test
    void an_overview_asking_only_of_a_moment_is_of_the_whole_situation() {
        assertThat(FrameReader.asksWholeSituation("обстановка на утро 10 апреля кратко", "на утро 10 апреля")).isTrue();
        assertThat(FrameReader.asksWholeSituation("Как обстановка?", null)).isTrue();
        assertThat(FrameReader.asksWholeSituation("какая обстановка сейчас", null)).isTrue();
        assertThat(FrameReader.asksWholeSituation("what's the situation now (обстановка сейчас)", null)).isTrue();
    }

    @Test
    void an_overview_of_something_named_is_not_of_the_whole_situation() {
        assertThat(FrameReader.asksWholeSituation("обстановка по мосту", null)).isFalse();
        assertThat(FrameReader.asksWholeSituation("что с дамбой у ольховки", null)).isFalse();
        assertThat(FrameReader.asksWholeSituation("сколько эвакуировано", null)).isFalse();
    }

    @Test
    void capacity_and_the_year_built_are_measures_the_answer_must_give() {
        assertThat(FrameReader.measure("вместимость пвр 1 сколько мест")).contains(FrameReader.CAPACITY);
        assertThat(FrameReader.measure("сколько свободных мест в пвр 3")).contains(FrameReader.CAPACITY);
        assertThat(FrameReader.measure("сколько человек в пвр 1")).isEmpty();
        assertThat(FrameReader.measure("ключевской мост какого года")).contains(FrameReader.BUILT);
        assertThat(FrameReader.speaksOf("Год постройки — 1987.", FrameReader.BUILT)).isTrue();
        assertThat(FrameReader.speaksOf("ПВР № 1: размещено 92 человека.", FrameReader.CAPACITY)).isFalse();
    }
}
