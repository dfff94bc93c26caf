package ru.sppr.chat.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    @Test
    void should_find_the_two_terms_of_a_comparison_in_the_ways_people_ask() {
        assertThat(Comparison.terms("сэп и пвр чем отличаются")).contains(List.of("сэп", "пвр"));
        assertThat(Comparison.terms("Половодье и паводок — в чём разница?")).contains(List.of("Половодье", "паводок"));
        assertThat(Comparison.terms("чем СЭП отличается от ПВР?")).contains(List.of("СЭП", "ПВР"));
        assertThat(Comparison.terms("разница между ОЯ и НЯ")).contains(List.of("ОЯ", "НЯ"));
        assertThat(Comparison.terms("чем паводок от половодья отличается")).contains(List.of("паводок", "половодья"));
        assertThat(Comparison.terms("ня от оя чем отличается")).contains(List.of("ня", "оя"));
        assertThat(Comparison.terms("паводок и половодье разница")).contains(List.of("паводок", "половодье"));
        assertThat(Comparison.terms("What is the difference between flood and high water?"))
                .contains(List.of("flood", "high water"));
    }

    @Test
    void should_not_take_other_questions_for_comparisons() {
        assertThat(Comparison.terms("сколько эвакуировано из Ключей и Ольховки")).isEmpty();
        assertThat(Comparison.terms("что такое ПВР")).isEmpty();
    }
}
