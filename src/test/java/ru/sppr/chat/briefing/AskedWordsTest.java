package ru.sppr.chat.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AskedWordsTest {
    @Test
    void should_take_words_of_the_same_start_for_one_word() {
        assertThat(AskedWords.sameStart("ключевск", "ключ")).isTrue();
        assertThat(AskedWords.sameStart("заречь", "заречн")).isTrue();
        assertThat(AskedWords.sameStart("пожар", "подстанц")).isFalse();
    }

    @Test
    void should_take_a_compound_for_the_word_it_ends_in() {
        assertThat(AskedWords.sameStart("автоблогер", "блогер")).as("автоблогер is a blogger").isTrue();
        assertThat(AskedWords.sameStart("блогер", "автоблогер")).isTrue();
        assertThat(AskedWords.sameStart("электроснабжен", "снабжен")).isTrue();
    }

    @Test
    void should_not_take_a_short_rest_of_a_compound_for_a_word() {
        assertThat(AskedWords.withoutCombiningForm("автомобил")).as("«мобил» is too short to be a word of its own").isEqualTo("автомобил");
        assertThat(AskedWords.sameStart("автомобил", "мобильн")).isFalse();
    }
}
