package ru.sppr.chat.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class LinearIntentClassifierTest {
    static final LinearIntentClassifier CLASSIFIER = LinearIntentClassifier.trained();

    @Test
    void should_recognise_each_intent_in_russian_and_english() {
        assertThat(CLASSIFIER.classify("Привет! Что ты умеешь?", 0.5).intent()).isEqualTo(Intent.CHITCHAT);
        assertThat(CLASSIFIER.classify("Какие документы есть по аварии на водоводе?", 0.5).intent()).isEqualTo(Intent.REQUEST_SOURCES);
        assertThat(CLASSIFIER.classify("Почему ты так считаешь?", 0.5).intent()).isEqualTo(Intent.JUSTIFY_ANSWER);
        assertThat(CLASSIFIER.classify("Что если ветер усилится?", 0.5).intent()).isEqualTo(Intent.SCENARIO_ANALYSIS);
        assertThat(CLASSIFIER.classify("Что сейчас на переправе?", 0.5).intent()).isEqualTo(Intent.STATUS_CHECK);
        assertThat(CLASSIFIER.classify("Что означает ЧС?", 0.5).intent()).isEqualTo(Intent.EXPLAIN_TERMS);
        assertThat(CLASSIFIER.classify("Хронология по пожару", 0.5).intent()).isEqualTo(Intent.TIMELINE);
        assertThat(CLASSIFIER.classify("Подготовь сводку", 0.5).intent()).isEqualTo(Intent.REPORT);
        assertThat(CLASSIFIER.classify("Сколько человек эвакуировано из посёлка?", 0.5).intent()).isEqualTo(Intent.GENERAL_QUERY);
        assertThat(CLASSIFIER.classify("What does EDDS stand for?", 0.5).intent()).isEqualTo(Intent.EXPLAIN_TERMS);
    }

    @Test
    void should_fall_back_to_general_query_below_the_threshold_and_say_so() {
        IntentPrediction p = CLASSIFIER.classify("Что если ветер усилится?", 1.01);

        assertThat(p.intent()).isEqualTo(Intent.GENERAL_QUERY);
        assertThat(p.predicted()).isEqualTo(Intent.SCENARIO_ANALYSIS);
        assertThat(p.fellBack()).isTrue();
    }

    @Test
    void should_give_probabilities_that_sum_to_one() {
        double sum = 0;
        for (double p : CLASSIFIER.probabilities("Текущая обстановка в посёлке?")) {
            sum += p;
        }
        assertThat(sum).isCloseTo(1.0, Offset.offset(1e-9));
    }

    @Test
    void should_classify_most_of_the_held_out_set_correctly() throws IOException {
        List<LinearIntentClassifier.Example> heldOut;
        try (var in = Files.newInputStream(Path.of("eval/intents-heldout.tsv"))) {
            heldOut = LinearIntentClassifier.read(in);
        }

        long correct = heldOut.stream().filter(e -> CLASSIFIER.classify(e.text(), 0).predicted() == e.intent()).count();

        assertThat((double) correct / heldOut.size()).isGreaterThan(0.85);
    }
}
