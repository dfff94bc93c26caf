package ru.sppr.chat.situation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluralTest {
    @Test
    void should_give_the_form_a_russian_count_asks_for() {
        assertThat(Plural.of(1, "изменение", "изменения", "изменений")).isEqualTo("изменение");
        assertThat(Plural.of(4, "изменение", "изменения", "изменений")).isEqualTo("изменения");
        assertThat(Plural.of(7, "изменение", "изменения", "изменений")).isEqualTo("изменений");
        assertThat(Plural.of(11, "изменение", "изменения", "изменений")).isEqualTo("изменений");
        assertThat(Plural.of(13, "изменение", "изменения", "изменений")).isEqualTo("изменений");
        assertThat(Plural.of(21, "изменение", "изменения", "изменений")).isEqualTo("изменение");
        assertThat(Plural.of(104, "изменение", "изменения", "изменений")).isEqualTo("изменения");
    }
}
