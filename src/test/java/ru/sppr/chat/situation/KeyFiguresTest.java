package ru.sppr.chat.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyFiguresTest {
    record F(String entity, Attribute attribute) {}

    private static final List<F> REPORTED = List.of(new F("object:гидропост:ключи", Attribute.WATER_LEVEL),
            new F("object:гидропост:ольховка", Attribute.WATER_LEVEL), new F("settlement:нижние ключи", Attribute.EVACUATED),
            new F("district:заречный", Attribute.EVACUATED), new F("settlement:ольховка", Attribute.EVACUATED),
            new F("settlement:нижние ключи", Attribute.FLOODED_HOUSES), new F("settlement:нижние ключи", Attribute.DEATHS),
            new F("settlement:нижние ключи", Attribute.REFUSED), new F("object:пвр:1", Attribute.SHELTERED));

    private static List<F> ordered(EventType type) {
        return KeyFigures.ordered(type, REPORTED, F::attribute, F::entity);
    }

    @Test
    void should_lead_an_evacuation_with_one_each_of_the_evacuated_the_sheltered_the_refusing_and_the_dead() {
        assertThat(ordered(EventType.EVACUATION)).containsExactly(new F("district:заречный", Attribute.EVACUATED),
                new F("object:пвр:1", Attribute.SHELTERED), new F("settlement:нижние ключи", Attribute.REFUSED),
                new F("settlement:нижние ключи", Attribute.DEATHS),
                new F("settlement:нижние ключи", Attribute.EVACUATED), new F("settlement:ольховка", Attribute.EVACUATED),
                new F("object:гидропост:ключи", Attribute.WATER_LEVEL), new F("object:гидропост:ольховка", Attribute.WATER_LEVEL),
                new F("settlement:нижние ключи", Attribute.FLOODED_HOUSES));
    }

    @Test
    void should_lead_a_flood_with_its_water_level_and_flooded_houses() {
        assertThat(ordered(EventType.FLOOD).subList(0, 3)).extracting(F::attribute)
                .containsExactly(Attribute.WATER_LEVEL, Attribute.FLOODED_HOUSES, Attribute.EVACUATED);
        assertThat(ordered(EventType.FLOOD)).hasSize(REPORTED.size());
    }

    @Test
    void should_lead_with_a_gauges_water_level_not_one_given_to_a_region() {
        List<F> levels = List.of(new F("region:северская", Attribute.WATER_LEVEL), new F("settlement:ключи", Attribute.WATER_LEVEL),
                new F("object:гидропост:ключи", Attribute.WATER_LEVEL), new F("district:заречный", Attribute.FLOODED_HOUSES));

        assertThat(KeyFigures.ordered(EventType.FLOOD, levels, F::attribute, F::entity)).containsExactly(levels.get(2), levels.get(3),
                levels.get(0), levels.get(1));
    }

    @Test
    void should_lead_an_accident_with_its_casualties_and_keep_the_rest_as_they_came() {
        assertThat(ordered(EventType.ROAD_ACCIDENT).getFirst().attribute()).isEqualTo(Attribute.DEATHS);
        assertThat(ordered(EventType.ROAD_ACCIDENT).subList(1, 3)).containsExactly(REPORTED.get(0), REPORTED.get(1));
    }

    @Test
    void should_group_a_cards_figures_by_what_they_measure_the_kinds_first_then_by_place_whatever_order_they_came_in() {
        List<F> card = List.of(new F("settlement:ольховка", Attribute.EVACUATED), new F("object:гидропост:ключи", Attribute.WATER_LEVEL),
                new F("settlement:нижние ключи", Attribute.DEATHS), new F("district:заречный", Attribute.EVACUATED),
                new F("settlement:нижние ключи", Attribute.EVACUATED), new F("settlement:нижние ключи", Attribute.STATE),
                new F("settlement:нижние ключи", Attribute.INJURED));
        List<F> expected = List.of(new F("district:заречный", Attribute.EVACUATED), new F("settlement:нижние ключи", Attribute.EVACUATED),
                new F("settlement:ольховка", Attribute.EVACUATED), new F("settlement:нижние ключи", Attribute.DEATHS),
                new F("settlement:нижние ключи", Attribute.INJURED), new F("object:гидропост:ключи", Attribute.WATER_LEVEL),
                new F("settlement:нижние ключи", Attribute.STATE));

        assertThat(KeyFigures.grouped(EventType.EVACUATION, card, F::attribute, F::entity, F::entity)).containsExactlyElementsOf(expected);
        assertThat(KeyFigures.grouped(EventType.EVACUATION, card.reversed(), F::attribute, F::entity, F::entity))
                .as("the same order whatever order they were reported in").containsExactlyElementsOf(expected);
        assertThat(KeyFigures.grouped(null, card, F::attribute, F::entity, F::entity)).as("an object's card: people, then water, states last")
                .extracting(F::attribute).containsExactly(Attribute.DEATHS, Attribute.INJURED, Attribute.EVACUATED, Attribute.EVACUATED,
                        Attribute.EVACUATED, Attribute.WATER_LEVEL, Attribute.STATE);
        assertThat(KeyFigures.grouped(EventType.ROAD_CLOSURE, REPORTED, F::attribute, F::entity, F::entity))
                .as("a road closure with no state reported: the rest in reading order")
                .extracting(F::attribute).containsExactly(Attribute.DEATHS, Attribute.EVACUATED, Attribute.EVACUATED, Attribute.EVACUATED,
                        Attribute.SHELTERED, Attribute.REFUSED, Attribute.WATER_LEVEL, Attribute.WATER_LEVEL, Attribute.FLOODED_HOUSES);
    }
}
