package ru.sppr.chat.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.situation.Attribute;
import ru.sppr.chat.situation.Observation;
import ru.sppr.chat.situation.SituationStore.ObservationRow;

class SummaryFiguresTest {
    private static final Instant DAY_16 = Instant.parse("2026-04-16T17:00:00Z");

    private static ObservationRow figure(String entity, Attribute attribute, double value, Instant at) {
        return figure("x:" + entity, entity, attribute, value, at);
    }

    private static ObservationRow figure(String key, String entity, Attribute attribute, double value, Instant at) {
        return new ObservationRow(0, key, entity, attribute, value, null, "человек", Observation.Qualifier.EXACT, at, at,
                false, "s", "s", SourceType.DOCUMENT, 0, "", null);
    }

    @Test
    void one_figure_told_of_several_places_is_shown_once() {
        var village = figure("Нижние Ключи", Attribute.REFUSED, 9, DAY_16);
        var district = figure("Заречный район", Attribute.REFUSED, 9, DAY_16.minusSeconds(7200));
        var level = figure("ГП Ключи", Attribute.WATER_LEVEL, 531, DAY_16);

        assertThat(SummaryFigures.pick(List.of(village, district, level), 3)).containsExactly(village, level);
    }

    @Test
    void every_attribute_gets_a_line_before_any_gets_a_second_and_old_values_are_left_out() {
        var levels = List.of(figure("ГП Ключи", Attribute.WATER_LEVEL, 531, DAY_16), figure("ГП Ольховка", Attribute.WATER_LEVEL, 624, DAY_16),
                figure("ГП Заречье", Attribute.WATER_LEVEL, 478, DAY_16));
        var refused = figure("Ключи", Attribute.REFUSED, 9, Instant.parse("2026-04-12T05:00:00Z"));
        var refusedNow = figure("Нижние Ключи", Attribute.REFUSED, 9, DAY_16);
        var evacuated = figure("Нижние Ключи", Attribute.EVACUATED, 327, DAY_16.minusSeconds(3600));

        var picked = SummaryFigures.pick(List.of(levels.get(0), levels.get(1), levels.get(2), refused, refusedNow, evacuated), 4);

        assertThat(picked).extracting(ObservationRow::entityName, ObservationRow::attribute).containsExactly(
                tuple("Нижние Ключи", Attribute.REFUSED),
                tuple("Нижние Ключи", Attribute.EVACUATED),
                tuple("ГП Ключи", Attribute.WATER_LEVEL),
                tuple("ГП Ольховка", Attribute.WATER_LEVEL));
    }

    @Test
    void a_districts_total_comes_before_its_places_and_every_gauge_before_a_second_count() {
        var village = figure("Нижние Ключи", Attribute.EVACUATED, 327, DAY_16);
        var district = figure("district:заречный район", "Заречный район", Attribute.EVACUATED, 368, DAY_16.minusSeconds(3600));
        var street = figure("улица Береговая", Attribute.EVACUATED, 41, DAY_16);
        var klyuchi = figure("ГП Ключи", Attribute.WATER_LEVEL, 686, DAY_16);
        var olkhovka = figure("ГП Ольховка", Attribute.WATER_LEVEL, 747, DAY_16);

        var picked = SummaryFigures.pick(List.of(village, street, district, klyuchi, olkhovka), 4);

        assertThat(picked).containsExactly(district, village, klyuchi, olkhovka);
    }
}
