package ru.sppr.chat.situation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttributeTest {
    @Test
    void should_name_the_entity_only_where_the_label_does_not_name_it_already() {
        assertThat(Attribute.SHELTERED.labelOf("ПВР")).isEqualTo("в ПВР");
        assertThat(Attribute.SHELTERED.labelOf("ПВР № 3")).isEqualTo("в ПВР (ПВР № 3)");
        assertThat(Attribute.EVACUATED.labelOf("Нижние Ключи")).isEqualTo("эвакуированных (Нижние Ключи)");
        assertThat(Attribute.EVACUATED.labelOf("")).isEqualTo("эвакуированных");
    }

    @Test
    void should_not_take_a_supply_gone_for_people_missing() {
        assertThat(Attribute.namedIn("в каком жк последний раз электроснабжение пропал")).doesNotContain(Attribute.MISSING);
        assertThat(Attribute.namedIn("вода пропала во всём доме")).doesNotContain(Attribute.MISSING);
        assertThat(Attribute.namedIn("где последний раз пропал свет")).doesNotContain(Attribute.MISSING);
        assertThat(Attribute.namedIn("скока человек пропало при сходе лавины")).contains(Attribute.MISSING);
        assertThat(Attribute.namedIn("турист пропал в горах")).contains(Attribute.MISSING);
    }

    @Test
    void should_read_the_evacuated_staying_with_relatives_as_a_figure_of_their_own() {
        assertThat(Attribute.namedIn("на утро 11 апреля у родственников сколько жителей")).containsExactly(Attribute.WITH_RELATIVES);
        assertThat(Attribute.namedIn("сколько эвакуировано, из них у знакомых сколько")).containsExactly(Attribute.EVACUATED, Attribute.WITH_RELATIVES);
    }

    @Test
    void should_tell_the_forces_asked_from_the_force_of_a_storm() {
        assertThat(Attribute.namedIn("скок техники было в группировке вечером 13го")).containsExactly(Attribute.VEHICLES, Attribute.PERSONNEL);
        assertThat(Attribute.namedIn("сколько сил было на 20:00 12 апреля")).containsExactly(Attribute.PERSONNEL);
        assertThat(Attribute.namedIn("какие силы и средства привлечены")).containsExactly(Attribute.PERSONNEL);
        assertThat(Attribute.namedIn("Как называется шкала, которую используют для измерения силы урагана?")).isEmpty();
    }

    @Test
    void should_read_a_substation_switched_off_as_customers_without_power() {
        assertThat(Attribute.namedIn("Превентивно отключена ТП-31 (27 абонентов ул. Набережная)")).contains(Attribute.DEENERGIZED);
        assertThat(Attribute.namedIn("Отключены от электроснабжения 41 домовладение")).contains(Attribute.DEENERGIZED);
        assertThat(Attribute.namedIn("Отключена сирена на время ремонта")).doesNotContain(Attribute.DEENERGIZED);
    }
}
