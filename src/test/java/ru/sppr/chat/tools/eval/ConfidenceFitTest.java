package ru.sppr.chat.tools.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfidenceFitTest {
    @Test
    void should_say_how_often_a_right_answer_is_more_confident_than_a_wrong_one() {
        assertThat(ConfidenceFit.auc(List.of(0.9, 0.8, 0.2, 0.1), List.of(true, true, false, false))).isEqualTo(1.0);
        assertThat(ConfidenceFit.auc(List.of(0.9, 0.8, 0.2, 0.1), List.of(false, false, true, true))).isEqualTo(0.0);
        assertThat(ConfidenceFit.auc(List.of(0.5, 0.5), List.of(true, false))).isEqualTo(0.5);
        assertThat(ConfidenceFit.auc(List.of(0.9, 0.3, 0.6), List.of(true, true, false))).isEqualTo(0.5);
        assertThat(ConfidenceFit.auc(List.of(0.9), List.of(true))).isNaN();
    }
}
