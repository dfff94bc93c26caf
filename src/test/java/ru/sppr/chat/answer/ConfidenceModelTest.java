package ru.sppr.chat.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ConfidenceModelTest {
    @Test
    void should_ship_parameters_for_the_features_evidence_has() {
        ConfidenceModel shipped = ConfidenceModel.shipped();

        assertThat(shipped.weights()).hasSize(ConfidenceModel.FEATURES.size());
        assertThat(Evidence.NONE.features()).hasSize(ConfidenceModel.FEATURES.size());
        double covered = shipped.probability(new Evidence(1, 1, 20, 0.5, 3, false).features());
        double uncovered = shipped.probability(new Evidence(0.1, 0.1, 20, 0.5, 3, false).features());
        assertThat(covered).isBetween(0.0, 1.0).isGreaterThan(uncovered);
    }

    @Test
    void should_write_what_it_reads_with_the_feature_names() throws Exception {
        ConfidenceModel model = new ConfidenceModel(new double[] {1.5, -2, 0, 0, 0, 0, 0.25, 0}, -0.75);

        var json = new ObjectMapper().readTree(model.toJson());

        assertThat(json.get("bias").asDouble()).isEqualTo(-0.75);
        assertThat(json.get("weights").get(1).asDouble()).isEqualTo(-2.0);
        assertThat(json.get("features")).hasSize(ConfidenceModel.FEATURES.size());
        assertThat(json.get("features").get(0).asText()).isEqualTo("sentence_coverage");
    }

    @Test
    void should_fit_the_rate_of_right_answers_at_each_level_of_a_feature() {
        // Covered answers are right 3 times in 4, uncovered ones 1 time in 4: the fit should say about that.
        double[][] x = new double[400][];
        boolean[] right = new boolean[400];
        for (int i = 0; i < 400; i++) {
            boolean covered = i < 200;
            x[i] = new double[] {covered ? 1 : 0};
            right[i] = covered ? i % 4 != 0 : i % 4 == 0;
        }

        ConfidenceModel model = ConfidenceModel.fit(x, right);

        assertThat(model.probability(new double[] {1})).isCloseTo(0.75, within(0.03));
        assertThat(model.probability(new double[] {0})).isCloseTo(0.25, within(0.03));
    }
}
