package ru.sppr.chat.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.situation.MentionKind;
import ru.sppr.chat.situation.SituationStore.EntityRow;

class MisspeltPlacesTest {
    private static final List<EntityRow> KNOWN = List.of(
            new EntityRow("settlement:ольховка", MentionKind.SETTLEMENT, null, "Ольховка", 40),
            new EntityRow("settlement:заречье", MentionKind.SETTLEMENT, null, "Заречье", 128),
            new EntityRow("settlement:стерлитамак", MentionKind.SETTLEMENT, null, "Стерлитамак", 6),
            new EntityRow("settlement:нижний ключ", MentionKind.SETTLEMENT, null, "Нижние Ключи", 90),
            new EntityRow("settlement:ключ", MentionKind.SETTLEMENT, null, "Ключи", 203),
            new EntityRow("object:дамба:ольховский", MentionKind.OBJECT, "дамба", "Ольховская дамба", 30));

    @Test
    void a_place_misspelt_by_one_letter_is_the_known_place() {
        assertThat(MisspeltPlaces.of("Альховке", KNOWN)).map(EntityRow::name).contains("Ольховка");
        assertThat(MisspeltPlaces.of("Стерлетамаке", KNOWN)).map(EntityRow::name).contains("Стерлитамак");
        assertThat(MisspeltPlaces.of("Заречие", KNOWN)).map(EntityRow::name).contains("Заречье");
        assertThat(MisspeltPlaces.of("Ольховке", KNOWN)).as("a case form").map(EntityRow::name).contains("Ольховка");
        assertThat(MisspeltPlaces.of("Альховке дамба", KNOWN)).as("read with the word after it").map(EntityRow::name).contains("Ольховка");
    }

    @Test
    void another_place_alike_or_a_short_name_is_not_mended() {
        assertThat(MisspeltPlaces.of("Ольховатке", KNOWN)).as("another village, two letters apart").isEmpty();
        assertThat(MisspeltPlaces.of("Клюах", KNOWN)).as("a short name has too many neighbours").isEmpty();
        assertThat(MisspeltPlaces.of("Нижних Клучах", KNOWN)).as("nor has a name of short words").isEmpty();
        assertThat(MisspeltPlaces.of("Дербенте", KNOWN)).isEmpty();
    }
}
