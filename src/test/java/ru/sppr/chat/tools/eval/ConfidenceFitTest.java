package ru.sppr.chat.tools.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.sppr.chat.answer.ConfidenceModel;

class ConfidenceFitTest {
    @Test
    void should_say_how_often_a_right_answer_is_more_confident_than_a_wrong_one() {
        assertThat(ConfidenceFit.auc(List.of(0.9, 0.8, 0.2, 0.1), List.of(true, true, false, false))).isEqualTo(1.0);
        assertThat(ConfidenceFit.auc(List.of(0.9, 0.8, 0.2, 0.1), List.of(false, false, true, true))).isEqualTo(0.0);
        assertThat(ConfidenceFit.auc(List.of(0.5, 0.5), List.of(true, false))).isEqualTo(0.5);
        assertThat(ConfidenceFit.auc(List.of(0.9, 0.3, 0.6), List.of(true, true, false))).isEqualTo(0.5);
        assertThat(ConfidenceFit.auc(List.of(0.9), List.of(true))).isNaN();
    }

    @Test
    void should_lower_an_overconfident_model_to_the_rate_of_right_first_answers_keeping_their_order() {
        // A model that says 0.88 at coverage 1 and 0.5 at 0, where new questions are right 6 and 2 times in 10: shifted
        // so that it says 0.4 on average, 0.62 and 0.18.
        ConfidenceModel sure = new ConfidenceModel(new double[] {2.0}, 0.0);
        List<ConfidenceFit.Sample> firstRun = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            firstRun.add(new ConfidenceFit.Sample("operators-15", i % 2 == 0, new double[] {1.0}, i % 10 < 6));
            firstRun.add(new ConfidenceFit.Sample("operators-15", i % 2 == 0, new double[] {0.0}, i % 10 < 2));
        }

        ConfidenceFit.Result rescaled = ConfidenceFit.rescale(firstRun, sure);

        double high = rescaled.model().probability(new double[] {1.0});
        double low = rescaled.model().probability(new double[] {0.0});
        assertThat((high + low) / 2).isCloseTo(0.4, within(0.005));
        assertThat(high).isBetween(0.58, 0.66);
        assertThat(low).isBetween(0.14, 0.22);
        ConfidenceFit.SetFigures figures = rescaled.sets().get("operators-15");
        assertThat(figures.tune()).as("a first run is fitted on whole").isEqualTo(80);
    }

    @Test
    void should_read_the_answered_questions_of_a_recorded_run_as_samples_of_its_set(@TempDir Path dir) throws Exception {
        String features = "\"features\":{\"sentence_coverage\":1.0,\"fragment_coverage\":0.5,\"log1p_top_score\":2.0,"
                + "\"margin\":0.1,\"sources\":1.0,\"conflict\":0.0,\"modelled\":1.0,\"modelled_coverage\":1.0}";
        Path run = dir.resolve("operators-15.jsonl");
        Files.write(run, List.of(
                "{\"id\":\"v001\",\"kind\":\"factual\",\"split\":\"tune\",\"correct\":true,\"refused\":false," + features + "}",
                "{\"id\":\"v002\",\"kind\":\"not_in_base\",\"split\":\"tune\",\"correct\":true,\"refused\":true}",
                "{\"id\":\"v003\",\"kind\":\"latest\",\"split\":\"heldout\",\"correct\":false,\"refused\":false," + features + "}"));

        List<ConfidenceFit.Sample> samples = DialogueEvaluation.recorded(run);

        assertThat(samples).extracting(ConfidenceFit.Sample::set).containsOnly("operators-15");
        assertThat(samples).extracting(ConfidenceFit.Sample::tune).containsExactly(true, false);
        assertThat(samples).extracting(ConfidenceFit.Sample::correct).containsExactly(true, false);
        assertThat(samples.get(0).features()).containsExactly(1.0, 0.5, 2.0, 0.1, 1.0, 0.0, 1.0, 1.0);
    }
}
