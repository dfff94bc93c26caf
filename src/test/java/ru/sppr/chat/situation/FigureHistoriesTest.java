package ru.sppr.chat.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.situation.SituationStore.ObservationRow;

class FigureHistoriesTest {
    private static final Instant NOON = Instant.parse("2026-04-12T09:00:00Z");

    private static ObservationRow evacuated(long id, double value, String unit, String source) {
        return new ObservationRow(id, "street:береговая", "улица Береговая", Attribute.EVACUATED, value, null, unit,
                Observation.Qualifier.EXACT, NOON, NOON, false, source, source, SourceType.DOCUMENT, 0, "", null);
    }

    @Test
    void should_see_two_sources_disagree_only_on_figures_in_the_same_unit() {
        var houses = FigureHistories.of(List.of(evacuated(1, 17, "домов", "a"), evacuated(2, 41, "человек", "b")));
        var people = FigureHistories.of(List.of(evacuated(1, 38, "человек", "a"), evacuated(2, 41, "человек", "b")));

        assertThat(houses.getFirst().disagreements()).as("17 домов and 41 человек are two figures, not a conflict").isEmpty();
        assertThat(people.getFirst().disagreements()).hasSize(1);
    }
}
