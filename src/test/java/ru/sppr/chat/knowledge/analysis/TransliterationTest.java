package ru.sppr.chat.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransliterationTest {
    @Test
    void should_read_latin_letters_as_russian_ones() {
        assertThat(Transliteration.toCyrillic("bmw")).isEqualTo("бмв");
        assertThat(Transliteration.toCyrillic("x5")).isEqualTo("х5");
        assertThat(Transliteration.toCyrillic("carlton")).isEqualTo("карлтон");
        assertThat(Transliteration.toCyrillic("superjet")).isEqualTo("суперджет");
        assertThat(Transliteration.toCyrillic("yamaha")).isEqualTo("ямаха");
        assertThat(Transliteration.toCyrillic("toyota")).isEqualTo("тойота");
        assertThat(Transliteration.toCyrillic("shot")).isEqualTo("шот");
        assertThat(Transliteration.toCyrillic("lexus")).isEqualTo("лексус");
        assertThat(Transliteration.toCyrillic("пso")).as("Latin letters typed among Cyrillic ones").isEqualTo("псо");
    }

    @Test
    void should_make_a_name_written_in_latin_and_typed_in_cyrillic_one_word() {
        assertThat(Analyses.SHARED.stems("BMW X5")).isEqualTo(Analyses.SHARED.stems("бмв х5"));
        assertThat(Analyses.SHARED.stems("The Carlton Moscow")).containsAll(Analyses.SHARED.stems("в карлтоне"));
        assertThat(Analyses.SHARED.stems("Sukhoi Superjet")).containsAll(Analyses.SHARED.stems("суперджета"));
        assertThat(Analyses.SHARED.stems("Toyota Camry")).isEqualTo(Analyses.SHARED.stems("тойоте камри"));
        assertThat(Analyses.SHARED.stems("группа пso")).isEqualTo(Analyses.SHARED.stems("группа псо"));
        assertThat(Analyses.SHARED.stems("forest fires reported")).as("English inflections still fold")
                .isEqualTo(Analyses.SHARED.stems("forest fire report"));
    }
}
