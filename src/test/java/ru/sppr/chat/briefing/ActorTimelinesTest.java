package ru.sppr.chat.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorTimelinesTest {
    @Test
    void should_give_the_sentence_naming_the_person_not_the_whole_fragment() {
        String text = "Решили: 1. Ввести режим повышенной готовности. Рекомендовать начальнику 27 ПСЧ Лаптеву И.Д. привести "
                + "в готовность плавсредства. 3. Контроль оставляю за собой.";
        int at = text.indexOf("Лаптеву");

        assertThat(ActorTimelines.sentenceAround(text, at, at + 7))
                .isEqualTo("Рекомендовать начальнику 27 ПСЧ Лаптеву И.Д. привести в готовность плавсредства.");
    }

    @Test
    void should_cut_a_long_list_to_the_clause_and_the_words_around_the_name() {
        String text = "Присутствовали: члены комиссии — 14 человек; приглашённые — глава Ольховского сельского поселения Бурцев С.О., "
                + "глава Ключевского сельского поселения Никитина Т.И., начальник Заречного РЭС Мельник Д.Ю., начальник Заречного "
                + "ДРСУ Ерёмин П.К., начальник 27 ПСЧ Лаптев И.Д., начальник 58 ПСЧ Головин А.Н., командир группы Северского ПСО "
                + "Юсупов М.Р.; от ГУ МЧС — представитель оперативной группы.";
        int at = text.indexOf("Никитина");

        String line = ActorTimelines.sentenceAround(text, at, at + 8);

        assertThat(line).startsWith("…").endsWith("…").contains("глава Ключевского сельского поселения Никитина Т.И.")
                .doesNotContain("члены комиссии", "представитель оперативной группы");
    }

    @Test
    void should_give_nothing_for_a_span_outside_the_text() {
        assertThat(ActorTimelines.sentenceAround("Коротко.", 5, 40)).isEmpty();
    }
}
