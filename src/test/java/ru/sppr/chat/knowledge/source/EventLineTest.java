package ru.sppr.chat.knowledge.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class EventLineTest {
    static final Instant CLOSED = Instant.parse("2026-04-09T14:30:00Z");
    static final ZoneId YEKATERINBURG = ZoneId.of("Asia/Yekaterinburg");

    @Test
    void should_write_an_events_time_in_the_zone_with_its_label() {
        assertThat(EventLine.of(CLOSED, YEKATERINBURG, "переправа: Движение закрыто."))
                .isEqualTo("19:30 09.04.2026 UTC+5 — переправа: Движение закрыто.");
        assertThat(EventLine.of(CLOSED, ZoneId.of("Europe/Moscow"), "переправа")).isEqualTo("17:30 09.04.2026 МСК — переправа");
    }

    @Test
    void should_label_an_event_stored_before_labels_anew_from_when_it_was_observed() {
        String stored = "17:30 09.04.2026 — переправа: Движение закрыто.";

        assertThat(EventLine.labelled(SourceType.EVENTS, stored, CLOSED, YEKATERINBURG))
                .isEqualTo("19:30 09.04.2026 UTC+5 — переправа: Движение закрыто.");
        assertThat(EventLine.labelled(SourceType.EVENTS, "19:30 09.04.2026 UTC+5 — переправа", CLOSED, YEKATERINBURG))
                .as("already labelled").isEqualTo("19:30 09.04.2026 UTC+5 — переправа");
        assertThat(EventLine.labelled(SourceType.DOCUMENT, stored, CLOSED, YEKATERINBURG)).as("not an event log").isEqualTo(stored);
        assertThat(EventLine.labelled(SourceType.EVENTS, stored, null, YEKATERINBURG)).as("no time known").isEqualTo(stored);
    }

    @Test
    void should_drop_the_time_an_entry_begins_with_labelled_or_not_and_nothing_else() {
        assertThat(EventLine.withoutTime("19:30 09.04.2026 UTC+5 — переправа: Движение закрыто.")).isEqualTo("переправа: Движение закрыто.");
        assertThat(EventLine.withoutTime("17:30 09.04.2026 — переправа")).isEqualTo("переправа");
        assertThat(EventLine.withoutTime("Закрыто в 17:30 09.04.2026 — до особого распоряжения")).as("a time inside a sentence")
                .isEqualTo("Закрыто в 17:30 09.04.2026 — до особого распоряжения");
    }
}
