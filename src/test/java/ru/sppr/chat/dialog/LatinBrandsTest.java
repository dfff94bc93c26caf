package ru.sppr.chat.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatinBrandsTest {
    @Test
    void should_add_the_latin_name_of_a_brand_typed_in_cyrillic_that_the_base_does_not_write_so() {
        assertThat(LatinBrands.withLatin("где цессна упала", word -> false)).isEqualTo("где цессна упала (Cessna)");
        assertThat(LatinBrands.withLatin("кто писал в шоте про пожар", word -> false)).endsWith("(SHOT)");
    }

    @Test
    void should_leave_a_question_whose_brand_the_base_writes_in_cyrillic_or_that_names_none() {
        assertThat(LatinBrands.withLatin("суперджет в анталье", word -> word.startsWith("суперджет"))).isEqualTo("суперджет в анталье");
        assertThat(LatinBrands.withLatin("машина сгорела в шотландии", word -> false)).isEqualTo("машина сгорела в шотландии");
        assertThat(LatinBrands.withLatin("где Cessna упала", word -> false)).isEqualTo("где Cessna упала");
    }
}
