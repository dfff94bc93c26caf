package ru.sppr.chat.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.situation.SituationStore.ObservationRow;
import ru.sppr.chat.situation.SituationViews.FigureHistory;

class DangerMarksTest {
    private static ObservationRow level(double value, String sourceId, String excerpt) {
        return new ObservationRow(1, "object:гидропост:ключ", "ГП Ключи", Attribute.WATER_LEVEL, value, null, "см",
                Observation.Qualifier.EXACT, Instant.parse("2026-04-10T05:00:00Z"), null, false, sourceId, "t", SourceType.TABLE, 0, excerpt, null);
    }

    @Test
    void should_take_the_mark_the_gauges_own_sources_name_most_often() {
        var history = new FigureHistory("object:гидропост:ключ", "ГП Ключи", Attribute.WATER_LEVEL, List.of(
                level(512, "csv", "post: Ключи; level_cm: 512; danger_level_cm: 650"),
                level(684, "s1", "ГП Ключи — 684 см, выше опасной отметки на 34 см. ГП Ольховка — 733 см, выше опасной отметки (720 см)."),
                level(656, "s2", "уровень воды на гидропосту Ключи — 656 сантиметров, опасная отметка 650 сантиметров превышена"),
                level(612, "s3", "на ГП Ключи — 612 см при неблагоприятной отметке 600 см")), List.of());

        var marks = DangerMarks.of(history);

        assertThat(marks).extracting(DangerMarks.Mark::label, DangerMarks.Mark::value, DangerMarks.Mark::sourceId)
                .containsExactly(Tuple.tuple("опасная отметка", 650.0, "csv"),
                        Tuple.tuple("неблагоприятная отметка", 600.0, "s3"));
    }

    @Test
    void should_read_the_mark_of_a_gauge_table_row_as_ingest_writes_its_header() {
        var history = new FigureHistory("object:гидропост:ключ", "ГП Ключи", Attribute.WATER_LEVEL, List.of(
                level(512, "csv", "пост: Ключи; уровень, см: 512; изменение за 24 ч, см: +38; опасная отметка, см: 650")), List.of());

        assertThat(DangerMarks.of(history)).extracting(DangerMarks.Mark::label, DangerMarks.Mark::value)
                .containsExactly(Tuple.tuple("опасная отметка", 650.0));
    }

    @Test
    void should_find_no_marks_for_other_figures_or_without_them() {
        var evacuated = new FigureHistory("settlement:x", "X", Attribute.EVACUATED, List.of(), List.of());
        var plain = new FigureHistory("object:гидропост:ключ", "ГП Ключи", Attribute.WATER_LEVEL,
                List.of(level(512, "a", "Уровень воды 512 см, подъём +38 см за сутки.")), List.of());

        assertThat(DangerMarks.of(evacuated)).isEmpty();
        assertThat(DangerMarks.of(plain)).isEmpty();
    }
}
