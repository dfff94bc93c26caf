package ru.sppr.chat.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberedObjectsTest {
    @Test
    void should_tell_an_aircraft_type_from_others_of_its_maker_but_not_read_a_word_before_a_number_as_one() {
        var asked = NumberedObjects.in("где последний раз ан-2 падал");

        assertThat(asked).containsOnlyKeys("ан");
        assertThat(NumberedObjects.aboutAnother("Заслуженный лётчик назвал Ан-26 «великолепным самолётом».", asked)).isTrue();
        assertThat(NumberedObjects.aboutAnother("Сертификат лётной годности самолёта Ан-148 истекал 1 июня.", asked)).isTrue();
        assertThat(NumberedObjects.aboutAnother("В Подмосковье разбился Ан-2.", asked)).isFalse();
        assertThat(NumberedObjects.aboutAnother("Самолёт рухнул у поселка Ватулино.", asked)).isFalse();
        assertThat(NumberedObjects.in("ила скока нанесло, слой ил 8 см, су 24 числа")).isEmpty();
        assertThat(NumberedObjects.in("в пвр 1 на 8 утра")).containsOnlyKeys("пвр");
    }
}
