package ru.sppr.chat.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishTermsTest {
    @Test
    void theWordsOfAnEnglishQuestionAreGivenInTheRussianTheBaseIsWrittenIn() {
        assertThat(EnglishTerms.glosses("How many people were evacuated?")).containsExactly("сколько", "эвакуировано");
        assertThat(EnglishTerms.glosses("how many people are in shelters now")).containsExactly("сколько", "в ПВР", "сейчас");
        assertThat(EnglishTerms.glosses("Is the bridge open?")).containsExactly("мост", "открыт");
        assertThat(EnglishTerms.glosses("is smoking allowed at evacuation centre no. 1?")).contains("курение", "запрещены", "в ПВР");
        assertThat(EnglishTerms.glosses("any dead or injured?")).containsExactly("погибшие", "пострадавшие");
        assertThat(EnglishTerms.glosses("how many vehicles were deployed")).containsExactly("сколько", "техники");
        assertThat(EnglishTerms.glosses("what does the glossary say")).containsExactly("что такое");
        assertThat(EnglishTerms.glosses("what is a flood plain")).containsExactly("пойма");
        assertThat(EnglishTerms.glosses("any reports of a metro train fire")).containsExactly("поезд", "пожар", "метро");
        assertThat(EnglishTerms.glosses("what does the leaflet tell residents to do when they hear the siren"))
                .containsExactly("памятка", "сирена", "жители");
        assertThat(EnglishTerms.glosses("what happened to the Boeing")).containsExactly("хронология", "Боинг");
        assertThat(EnglishTerms.glosses("when was the bridge closed")).containsExactly("мост", "когда", "закрыт");
        assertThat(EnglishTerms.glosses("when was the dam built")).containsExactly("дамба", "построена году");
    }

    @Test
    void aRussianQuestionAndEnglishWordsInsideOthersAreLeftAlone() {
        assertThat(EnglishTerms.withRussian("сколько эвакуировано now")).isEqualTo("сколько эвакуировано now");
        assertThat(EnglishTerms.glosses("Reopened roads")).containsExactly("дорога", "открыт");
        assertThat(EnglishTerms.glosses("the Deadwood road")).containsExactly("дорога");
        assertThat(EnglishTerms.glosses("Klyuchi")).isEmpty();
    }

    @Test
    void anEnglishQuestionIsSearchedByItsRussianAndItsNamesWrittenAsInRussianTexts() {
        String typed = "How long is the low-water bridge at Klyuchi?";
        String glossed = EnglishTerms.withRussian(typed) + " (Ключи)";

        assertThat(EnglishTerms.searchable(glossed, typed)).isEqualTo("? (низководный мост длина) (Ключи)");
        assertThat(EnglishTerms.searchable("who reported the DHL crash (сообщила крушение)", "who reported the DHL crash"))
                .isEqualTo("DHL (сообщила крушение)");
        assertThat(EnglishTerms.searchable("сколько эвакуировано now", "сколько эвакуировано now")).isEqualTo("сколько эвакуировано now");
    }
}
