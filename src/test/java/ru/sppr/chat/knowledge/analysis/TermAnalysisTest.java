package ru.sppr.chat.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermAnalysisTest {
    @Test
    void should_give_each_sentence_of_a_text_with_its_stems_and_remember_the_text() {
        String text = "Уровень воды у моста поднялся на 40 см. Пик паводка ожидается 12 апреля. Water level rises.";

        List<TermAnalysis.Sentence> sentences = Analyses.SHARED.sentences(text);

        assertThat(sentences).extracting(TermAnalysis.Sentence::text).containsExactlyElementsOf(Sentences.split(text));
        assertThat(sentences).extracting(TermAnalysis.Sentence::stems)
                .containsExactlyElementsOf(Sentences.split(text).stream().map(Analyses.SHARED::stems).toList());
        assertThat(sentences.get(1).stems()).contains("паводк");
        assertThat(Analyses.SHARED.sentences(new String(text))).as("analysed once, by content").isSameAs(sentences);
    }

    @Test
    void should_read_a_sentence_that_runs_over_a_line_of_its_fragment_as_one_line() {
        String lines = "СПЕЦДОНЕСЕНИЕ\nо происшествии в зоне эвакуации. Задержаны двое.";

        assertThat(Analyses.SHARED.sentences(lines)).extracting(TermAnalysis.Sentence::text)
                .containsExactly("СПЕЦДОНЕСЕНИЕ о происшествии в зоне эвакуации.", "Задержаны двое.");
        assertThat(Analyses.SHARED.sentences(lines).getFirst().stems())
                .isEqualTo(Analyses.SHARED.sentences(lines.replace('\n', ' ')).getFirst().stems());
    }

    @Test
    void should_give_the_stems_of_a_words_lemmas_alike_for_forms_the_stemmer_cuts_otherwise() {
        var asked = Analyses.SHARED.forms("скока скотины вывезли");
        TermAnalysis.Sentence said = Analyses.SHARED.sentences("Из личных хозяйств вывезено 38 голов КРС.").getFirst();

        assertThat(said.stems()).doesNotContainAnyElementsOf(asked.keySet());
        assertThat(asked.get(Analyses.SHARED.stems("вывезли").getFirst())).containsAnyElementsOf(said.lemmaStems());
        assertThat(asked.get(Analyses.SHARED.stems("скотины").getFirst())).doesNotContainAnyElementsOf(said.lemmaStems());
    }

    @Test
    void should_read_an_imperfective_verb_as_its_perfective_partner_too() {
        var asked = Analyses.SHARED.forms("что отключать надо, окна закрывать?");
        TermAnalysis.Sentence said = Analyses.SHARED.sentences("Отключите электричество, газ, воду. Закройте окна и двери.").getFirst();
        TermAnalysis.Sentence windows = Analyses.SHARED.sentences("Отключите электричество, газ, воду. Закройте окна и двери.").getLast();

        assertThat(asked.get(Analyses.SHARED.stems("отключать").getFirst())).containsAnyElementsOf(said.lemmaStems());
        assertThat(asked.get(Analyses.SHARED.stems("закрывать").getFirst())).containsAnyElementsOf(windows.lemmaStems());
    }

    @Test
    void should_not_pair_a_short_verb_with_a_stranger() {
        var asked = Analyses.SHARED.forms("что делать");
        TermAnalysis.Sentence said = Analyses.SHARED.sentences("Делить запасы между ПВР не нужно.").getFirst();

        assertThat(asked.get(Analyses.SHARED.stems("делать").getFirst())).doesNotContainAnyElementsOf(said.lemmaStems());
    }

    @Test
    void should_tell_the_words_the_dictionary_knows_only_as_verbs() {
        var verbs = Analyses.SHARED.verbStems("а ущерб как оформлять, рейсы во сколько повезут, кормят");

        assertThat(verbs).containsExactlyInAnyOrderElementsOf(Analyses.SHARED.stems("оформлять повезут кормят"));
        assertThat(Analyses.SHARED.verbStems("печь, стекло, институт")).as("nouns, and words also read as nouns").isEmpty();
    }
}
