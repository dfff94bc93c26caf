package ru.sppr.chat.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

class TyposTest {
    /** A base that has these words in so many fragments, and no other. */
    private static ToIntFunction<String> base(Map<String, Integer> fragments) {
        return word -> fragments.getOrDefault(word, 0);
    }

    @Test
    void aWordWithOneLetterWrongMissingOrSwappedIsTheWordTheBaseHas() {
        var base = base(Map.of("комиссии", 4, "площадь", 7, "хронология", 2, "членов", 3));
        assertThat(Typos.mended("скока членов комисии было", base)).isEqualTo("скока членов комиссии было");
        assertThat(Typos.mended("итоговая площать какая", base)).isEqualTo("итоговая площадь какая");
        assertThat(Typos.mended("хронолгия по переправе", base)).isEqualTo("хронология по переправе");
    }

    @Test
    void ofSeveralMendingsTheOneMostFragmentsHave() {
        assertThat(Typos.mended("уровнь", base(Map.of("уровень", 9, "уровня", 3)))).isEqualTo("уровень");
    }

    @Test
    void aDictionaryWordANameTheBaseHasACapitalisedWordAndAnUnmendableOneStay() {
        var base = base(Map.of("работает", 5, "нирнзее", 1, "ключи", 8));
        assertThat(Typos.mended("дэс ещё пашет?", base)).isEqualTo("дэс ещё пашет?");
        assertThat(Typos.mended("дом нирнзее горел", base)).isEqualTo("дом нирнзее горел");
        assertThat(Typos.mended("Клюич", base)).isEqualTo("Клюич");
        assertThat(Typos.mended("клюич", base)).isEqualTo("ключи");
        assertThat(Typos.mended("зфыщшгк", base)).isEqualTo("зфыщшгк");
    }

    @Test
    void theFirstLetterIsTakenAsTyped() {
        var base = base(Map.of("обще", 30, "ключи", 8));
        assertThat(Typos.mended("вобще", base)).isEqualTo("вобще");
        assertThat(Typos.mended("лючи", base)).isEqualTo("лючи");
    }

    @Test
    void aMendingTheBaseDoesNotHaveIsNoMending() {
        assertThat(Typos.mended("площать", base(Map.of()))).isEqualTo("площать");
    }

    @Test
    void oneChangeCoversDeletionSwapReplacementAndInsertion() {
        assertThat(Typos.oneChangeFrom("кот")).contains("кт", "кто", "кит", "крот").doesNotContain("кот", "от", "окт", "скот");
    }
}
