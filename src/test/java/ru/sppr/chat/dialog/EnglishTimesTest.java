package ru.sppr.chat.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishTimesTest {
    @Test
    void datesAndClockTimesOfAnEnglishQuestionAreGivenInRussian() {
        assertThat(EnglishTimes.glosses("What is the water level at Verkhny Bor on April 25?")).containsExactly("25 апреля");
        assertThat(EnglishTimes.glosses("how many were evacuated as of 08:00 on the 11th of April 2026"))
                .containsExactly("11 апреля 2026 года", "в 08:00");
        assertThat(EnglishTimes.glosses("what happened yesterday evening at 9 pm")).containsExactly("в 21:00", "вчера вечером");
    }

    @Test
    void numbersThatAreNoTimesAreLeftAlone() {
        assertThat(EnglishTimes.glosses("how many people at 3 shelters")).isEmpty();
        assertThat(EnglishTimes.withRussian("уровень на ГП Ключи")).isEqualTo("уровень на ГП Ключи");
    }
}
