package ru.sppr.chat.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CauseAskedTest {
    @ParameterizedTest
    @ValueSource(strings = {"туристка в индии в горячем источнике погибла — от чего? версии же разные", "от чего умерли люди в соццентре",
            "а загорелось с чего", "автобус перевернулся, с чего вдруг", "почему закрыли мост"})
    void aCauseIsAskedWhereverTheWordsAskingItStand(String question) {
        assertThat(FrameReader.asksCause(question)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"от чего считают уровень на гп ключи", "скока погибло — от пожара или от дыма не пишут", "что загорелось первым"})
    void aReferencePointOrAFigureIsNoCause(String question) {
        assertThat(FrameReader.asksCause(question)).isFalse();
    }
}
