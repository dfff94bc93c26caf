package ru.sppr.chat.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatAnalyzerTest {
    @Test
    void should_stem_russian_words_and_read_english_ones_in_russian_letters_after_their_own_stemming() {
        assertThat(Analyses.SHARED.stems("Пожары в лесах; forest fires reported, код A12Б и 2024"))
                .containsExactly("пожар", "лес", "форест", "фир", "репорт", "код", "а12б", "2024");
    }

    @Test
    void should_fold_yo_before_stemming() {
        assertThat(Analyses.SHARED.stems("Зелёные ёлки")).isEqualTo(Analyses.SHARED.stems("Зеленые елки"))
                .containsExactly("зелен", "елк");
    }

    @Test
    void should_drop_stop_words_whether_spelled_with_yo_or_not() {
        assertThat(Analyses.SHARED.stems("Что ещё известно, всё ли сказано про неё?"))
                .isEqualTo(Analyses.SHARED.stems("Что еще известно, все ли сказано про нее?"))
                .containsExactly("известн", "сказа");
    }

    @Test
    void should_read_a_word_whose_vowel_drops_out_as_one_word_in_all_its_forms() {
        assertThat(Analyses.SHARED.stems("лодок")).as("«скока лодок» of «3 лодки»").isEqualTo(Analyses.SHARED.stems("лодки"));
        assertThat(Analyses.SHARED.stems("звонок")).isEqualTo(Analyses.SHARED.stems("звонка"));
        assertThat(Analyses.SHARED.stems("раскладушек")).isEqualTo(Analyses.SHARED.stems("раскладушки"));
        assertThat(Analyses.SHARED.stems("поток")).as("a vowel that stays, stays one word").isEqualTo(Analyses.SHARED.stems("потока"));
        assertThat(Analyses.SHARED.stems("урок")).containsExactly("урок");
    }
}
