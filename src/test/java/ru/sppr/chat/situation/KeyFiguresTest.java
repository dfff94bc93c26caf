package ru.sppr.chat.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class KeyFiguresTest {
    private static final List<Attribute> REPORTED = List.of(Attribute.WATER_LEVEL, Attribute.WATER_LEVEL, Attribute.WATER_LEVEL,
            Attribute.WATER_LEVEL, Attribute.FLOODED_HOUSES, Attribute.DEATHS, Attribute.REFUSED, Attribute.SHELTERED, Attribute.EVACUATED);

    private static List<Attribute> ordered(EventType type) {
        return KeyFigures.ordered(type, REPORTED, Function.identity());
    }

    @Test
    void should_lead_an_evacuation_with_the_evacuated_the_sheltered_the_refusing_and_the_casualties() {
        assertThat(ordered(EventType.EVACUATION).subList(0, 4))
                .containsExactly(Attribute.EVACUATED, Attribute.SHELTERED, Attribute.REFUSED, Attribute.DEATHS);
        assertThat(ordered(EventType.EVACUATION).subList(4, 9)).as("the others after, as they came")
                .containsExactly(Attribute.WATER_LEVEL, Attribute.WATER_LEVEL, Attribute.WATER_LEVEL, Attribute.WATER_LEVEL, Attribute.FLOODED_HOUSES);
    }

    @Test
    void should_lead_a_flood_with_its_water_levels_and_flooded_houses() {
        assertThat(ordered(EventType.FLOOD)).startsWith(Attribute.WATER_LEVEL, Attribute.WATER_LEVEL, Attribute.WATER_LEVEL,
                Attribute.WATER_LEVEL, Attribute.FLOODED_HOUSES, Attribute.DEATHS);
    }

    @Test
    void should_lead_an_accident_with_its_casualties() {
        assertThat(ordered(EventType.ROAD_ACCIDENT).getFirst()).isEqualTo(Attribute.DEATHS);
        assertThat(ordered(EventType.ROAD_ACCIDENT)).hasSize(REPORTED.size());
    }
}
