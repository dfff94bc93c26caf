package ru.sppr.chat.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.knowledge.analysis.Analyses;

class SnippetsTest {
    private static Set<String> query(String text) {
        return Set.copyOf(Analyses.SHARED.stems(text));
    }

    private static String marked(Snippets.Snippet snippet) {
        return snippet.highlights().stream().map(h -> snippet.text().substring(h[0], h[1])).toList().toString();
    }

    @Test
    void should_pick_the_sentence_with_most_query_words_and_mark_them() {
        String text = "Дорога на Ключи открыта. Уровень воды у моста Ключи поднялся до 410 см. Мост закрыт.";

        Snippets.Snippet snippet = Snippets.best(Analyses.SHARED, text, query("уровень воды у моста"));

        assertThat(snippet.text()).isEqualTo("Уровень воды у моста Ключи поднялся до 410 см.");
        assertThat(marked(snippet)).isEqualTo("[Уровень, воды, моста]");
    }

    @Test
    void should_take_the_first_of_equally_good_sentences_and_the_whole_text_when_nothing_matches() {
        String text = "Мост закрыт. Мост открыт.";

        assertThat(Snippets.best(Analyses.SHARED, text, query("мост")).text()).isEqualTo("Мост закрыт.");
        assertThat(Snippets.best(Analyses.SHARED, text, query("паводок")).highlights()).isEmpty();
        assertThat(Snippets.best(Analyses.SHARED, "", query("мост")).text()).isEmpty();
    }

    @Test
    void should_cut_a_long_sentence_at_a_word_and_drop_marks_past_the_cut() {
        String text = "Паводок " + "у села Заречное вода поднялась ".repeat(20) + "и затопила мост.";

        Snippets.Snippet snippet = Snippets.best(Analyses.SHARED, text, query("паводок мост"));

        assertThat(snippet.text()).endsWith("…").hasSizeLessThanOrEqualTo(Snippets.MAX_CHARS + 1);
        assertThat(marked(snippet)).isEqualTo("[Паводок]");
    }
}
