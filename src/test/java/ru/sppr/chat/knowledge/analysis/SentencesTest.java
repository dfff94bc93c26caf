package ru.sppr.chat.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {
    @Test
    void should_split_at_sentence_ends_but_not_after_abbreviations_or_initials() {
        var sentences = Sentences.split("Уровень воды 512 см, т.е. на 38 см выше. Докладывает А. С. Карпов! "
                + "Ул. Ленина перекрыта с 10 апреля 2026 г. Это всё? Да.");

        assertThat(sentences).containsExactly("Уровень воды 512 см, т.е. на 38 см выше.", "Докладывает А. С. Карпов!",
                "Ул. Ленина перекрыта с 10 апреля 2026 г. Это всё?", "Да.");
    }

    @Test
    void should_keep_initials_written_without_a_space_and_a_feeder_with_their_name() {
        assertThat(Sentences.split("Начальник Северского ЦГМС О.Г. Рябов. Начальник РЭС Д.Ю. Мельник доложил."))
                .containsExactly("Начальник Северского ЦГМС О.Г. Рябов.", "Начальник РЭС Д.Ю. Мельник доложил.");
        assertThat(Sentences.split("В случае прорыва дамбы будет отключён ф. 2 ПС «Ольховка» (около 300 абонентов).")).hasSize(1);
    }

    @Test
    void should_not_cut_a_breakdown_after_in_that_number() {
        assertThat(Sentences.split("96 человек, 27 единиц техники, 4 плавсредства, в т.ч. МЧС России — 34 человека. Далее."))
                .containsExactly("96 человек, 27 единиц техники, 4 плавсредства, в т.ч. МЧС России — 34 человека.", "Далее.");
        assertThat(Sentences.split("Силы: 42 человека, в т. ч. МЧС России — 18 человек. Далее.")).hasSize(2);
        assertThat(Sentences.split("Расход — 4 кг пара на кВт. ч. Компания добилась успехов.")).hasSize(2);
    }

    @Test
    void should_count_words_of_both_scripts_and_numbers() {
        assertThat(Sentences.words("Water level 512 см — выше нормы.")).isEqualTo(6);
    }
}
