package ru.sppr.chat.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchLoadTimetableTest {

    @Test
    void should_hand_over_the_asks_due_before_the_end_that_were_never_taken() {
        var timetable = new BenchLoadCommand.Timetable(100, 10);
        timetable.next();
        timetable.next();

        assertThat(timetable.dueBefore(145)).containsExactly(120L, 130L, 140L);
        assertThat(timetable.dueBefore(145)).isEmpty();
        assertThat(timetable.next()).isEqualTo(150);
    }

    @Test
    void should_have_nothing_overdue_when_not_paced() {
        assertThat(new BenchLoadCommand.Timetable(100, 0).dueBefore(1_000)).isEmpty();
    }
}
