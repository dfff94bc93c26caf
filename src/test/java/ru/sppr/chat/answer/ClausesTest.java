package ru.sppr.chat.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.knowledge.analysis.Analyses;

class ClausesTest {
    static final String ACCESSIONS = "С момента своего создания все больше государств-членов присоединились посредством ряда "
            + "договоров о присоединении: Великобритания, Ирландия, Дания и Норвегия в 1972 году (хотя Норвегия в конечном "
            + "итоге не присоединилась), Греция в 1979 году, Испания и Португалия в 1985 году, Австрия, Финляндия, Норвегия и "
            + "Швеция в 1994 году (хотя Норвегия и в 2004 году не присоединилась из-за отсутствия поддержки на референдуме), "
            + "Чехия, Кипр, Эстония, Венгрия, Латвия, Литва, Мальта, Польша, Словакия и Словения в 2004 году, Румыния и "
            + "Болгария в 2007 году и Хорватия в 2013 году.";

    static String window(String sentence, String question, int budget) {
        return Clauses.window(Analyses.SHARED, sentence, Analyses.SHARED.stems(question), Map.of(), AnswerType.of(question), budget);
    }

    @Test
    void should_keep_a_sentence_that_fits_the_budget_as_it_is() {
        String sentence = "Дамба у Ольховки усилена мешками с песком, запас до гребня 139 см.";

        assertThat(window(sentence, "Какой запас до гребня дамбы?", 60)).isEqualTo(sentence);
    }

    @Test
    void should_shorten_a_long_sentence_to_the_clauses_about_the_question_and_mark_the_cuts() {
        assertThat(Words.count(ACCESSIONS)).isGreaterThan(60);

        String shortened = window(ACCESSIONS, "В каком году Испания и Португалия присоединились к союзу?", 25);

        assertThat(Words.count(shortened)).isLessThanOrEqualTo(25);
        assertThat(shortened).contains("Испания и Португалия в 1985 году").startsWith("…").endsWith("…");
    }

    @Test
    void should_cut_a_long_clause_without_punctuation_to_the_words_around_the_question() {
        String clause = "Отряд " + "долго шёл вдоль реки ".repeat(10) + "и к вечеру вышел к мосту у Ольховки "
                + "где встал лагерем ".repeat(10);

        String shortened = window(clause, "Куда вышел отряд к вечеру?", 12);

        assertThat(Words.count(shortened)).isLessThanOrEqualTo(12);
        assertThat(shortened).contains("к вечеру вышел к мосту");
    }
}
