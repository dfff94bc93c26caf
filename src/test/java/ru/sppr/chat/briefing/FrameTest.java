package ru.sppr.chat.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.situation.EventType;
import ru.sppr.chat.situation.MentionKind;
import ru.sppr.chat.situation.SituationStore.EntityRow;

class FrameTest {
    private static final Instant AT = Instant.parse("2026-04-11T17:00:00Z");

    private static Frame at(Moment moment) {
        return new Frame(List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty(), moment, Optional.empty(), AT, false, false);
    }

    @Test
    void the_words_that_said_the_moment_read_are_not_what_an_answering_sentence_must_repeat() {
        assertThat(at(new Moment.AsOf(AT, "на вечер 11-го")).withoutMoment("сколько всего перевезла лодочная переправа на вечер 11-го"))
                .isEqualTo("сколько всего перевезла лодочная переправа");
        assertThat(at(new Moment.AsOf(AT, "11.04")).withoutMoment("какая группировка была на утро 11.04"))
                .isEqualTo("какая группировка была на");
        assertThat(at(new Moment.Within(AT.minusSeconds(86_400), AT, "27 июня")).withoutMoment("погибших в коми на 10 утра 27 июня"))
                .isEqualTo("погибших в коми на 10");
    }

    @Test
    void the_latest_and_a_year_keep_their_words() {
        assertThat(at(new Moment.Latest(true)).withoutMoment("уровень на ключах сейчас")).isEqualTo("уровень на ключах сейчас");
        assertThat(at(new Moment.Within(AT, AT, "в 1066 году")).withoutMoment("кто правил англией в 1066 году"))
                .isEqualTo("кто правил англией в 1066 году");
    }

    @Test
    void a_place_named_by_an_alias_or_a_misspelling_is_told_from_one_named_by_a_form_of_its_name() {
        var frame = new Frame(List.of(new EntityRow("settlement:уфа", MentionKind.SETTLEMENT, null, "Уфа", 3),
                new EntityRow("settlement:екатеринбург", MentionKind.SETTLEMENT, null, "Екатеринбург", 14),
                new EntityRow("region:сахалинский область", MentionKind.REGION, null, "Сахалинская область", 9),
                new EntityRow("street:пушкин", MentionKind.STREET, null, "Пушкина", 1)),
                List.of("Уфе", "Екб", "Сахалине", "улице Пушкина", "горело"), List.of(), List.of(), List.of(), Optional.of(EventType.FIRE),
                Moment.UNSTATED, Optional.empty(), AT, false, false);

        assertThat(frame.namesTyped()).as("not the word of the event").containsExactly("Уфе", "Екб", "Сахалине", "улице Пушкина");
        assertThat(frame.formOfAName("Уфе")).isTrue();
        assertThat(frame.formOfAName("Сахалине")).isTrue();
        assertThat(frame.formOfAName("улице Пушкина")).isTrue();
        assertThat(frame.formOfAName("Екб")).as("an alias").isFalse();
        assertThat(frame.formOfAName("Альховке")).as("a misspelling").isFalse();
    }
}
