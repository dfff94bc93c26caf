package ru.sppr.chat.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateTest {
    @Test
    void a_long_stem_is_contained_in_another_form_of_its_word_but_not_in_another_word() {
        assertThat(Candidate.contains(List.of("всег", "перевез", "груз"), "перевезл")).isTrue();
        assertThat(Candidate.contains(List.of("вод"), "водител")).isFalse();
        assertThat(Candidate.contains(List.of("област"), "областн")).isTrue();
        assertThat(Candidate.contains(List.of("перевозк"), "перевезл")).isFalse();
        assertThat(Candidate.contains(List.of("строител"), "строительств")).isFalse();
    }
}
