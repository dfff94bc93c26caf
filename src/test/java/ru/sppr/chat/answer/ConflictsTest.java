package ru.sppr.chat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConflictsTest {
    @Test
    void peopleAreOneUnitWhetherSpelledOutOrCut() {
        assertEquals(java.util.List.of("236 человек", "161 человек", "12.5 см"),
                java.util.List.copyOf(Conflicts.figures("Группировка 236 человек, ранее 161 чел., уровень 12,5 см")));
    }

    @Test
    void aFigureInBracketsIsAReferenceNotAReading() {
        assertEquals(java.util.List.of("139 см"),
                java.util.List.copyOf(Conflicts.figures("Запас до гребня дамбы (780 см по ГП Ольховка) — 139 см.")));
    }
}
