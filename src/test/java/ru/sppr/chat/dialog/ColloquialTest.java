package ru.sppr.chat.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColloquialTest {
    @Test
    void chatSpellingsBecomeStandardWords() {
        assertThat(Colloquial.standard("в пвр 3 скока щас народу")).isEqualTo("в пвр 3 сколько сейчас народу");
        assertThat(Colloquial.standard("Откуда инфа, что дали генераторы?")).isEqualTo("Откуда информация, что дали генераторы?");
        assertThat(Colloquial.standard("Скока погибших")).isEqualTo("Сколько погибших");
    }

    @Test
    void otherWordsAndPartsOfWordsStayAsTyped() {
        assertThat(Colloquial.standard("уровень на ГП Ключи сейчас")).isEqualTo("уровень на ГП Ключи сейчас");
        assertThat(Colloquial.standard("информация о щасливом")).isEqualTo("информация о щасливом");
    }
}
