package ru.sppr.chat.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvelopeTest {
    @Test
    void should_give_a_reason_from_a_capital_letter() {
        assertThat(Envelope.failure("сессия 12 закрыта: новые вопросы не принимаются", Map.of()).error())
                .isEqualTo("Сессия 12 закрыта: новые вопросы не принимаются");
        assertThat(Envelope.sentence("объект «ГП Луговое» не найден")).isEqualTo("Объект «ГП Луговое» не найден");
        assertThat(Envelope.sentence("Недостаточно прав")).isEqualTo("Недостаточно прав");
    }

    @Test
    void should_keep_the_field_or_file_a_reason_starts_with_as_written() {
        assertThat(Envelope.sentence("limit: от 1 до 500")).isEqualTo("limit: от 1 до 500");
        assertThat(Envelope.sentence("svodka-kopiya.txt совпадает по содержимому")).isEqualTo("svodka-kopiya.txt совпадает по содержимому");
        assertThat(Envelope.sentence("сводка.txt: пустая таблица")).isEqualTo("сводка.txt: пустая таблица");
        assertThat(Envelope.sentence(null)).isNull();
    }
}
