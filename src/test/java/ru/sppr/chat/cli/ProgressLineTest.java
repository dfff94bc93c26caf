package ru.sppr.chat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
    private static final long MB = 1024 * 1024;

    @Test
    void shows_files_megabytes_and_rate_within_80_columns() {
        String line = new ProgressLine(12, 46, 34 * MB / 10, 81 * MB / 10, Duration.ofMillis(2800)).render(80);

        assertThat(line.length()).isLessThanOrEqualTo(79);
        assertThat(line).startsWith("Загрузка  42% [").contains("файлы 12/46").contains("3,4/8,1 МБ")
                .contains("1,2 МБ/с").contains("ост. 0:04");
    }

    @Test
    void a_narrow_terminal_keeps_the_figures_and_drops_the_bar_first() {
        String line = new ProgressLine(3, 1000, 700 * MB, 2048 * MB, Duration.ofSeconds(100)).render(50);

        assertThat(line.length()).isLessThanOrEqualTo(49);
        assertThat(line).contains("3/1000").contains("700,0/2048,0 МБ").contains("7,0 МБ/с");
    }

    @Test
    void small_files_show_fractions_of_a_megabyte_and_the_end_is_full() {
        String line = new ProgressLine(46, 46, 300 * 1024, 300 * 1024, Duration.ofSeconds(1)).render(80);

        assertThat(line).contains("100%").contains("0,3/0,3 МБ").doesNotContain(">").doesNotContain("ост.");
    }
}
