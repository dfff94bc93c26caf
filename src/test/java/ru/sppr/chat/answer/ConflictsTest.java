package ru.sppr.chat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConflictsTest {
    @Test
    void peopleAreOneUnitWhetherSpelledOutOrCut() {
        assertEquals(java.util.List.of("236 человек", "161 человек", "12.5 см"),
                java.util.List.copyOf(Conflicts.figures("Группировка 236 человек, ранее 161 чел., уровень 12,5 см")));
    }
}
