package ru.sppr.chat.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LivestockTest {
    @Test
    void livestock_named_in_words_is_searched_by_the_abbreviations_reports_count_it_by() {
        assertThat(Livestock.withAbbreviations("сколько скота с личных подворий вывезли")).isEqualTo("сколько скота с личных подворий вывезли (КРС МРС)");
        assertThat(Livestock.withAbbreviations("а мелкого рогатого?")).isEqualTo("а мелкого рогатого? (МРС)");
        assertThat(Livestock.withAbbreviations("коров перегнали?")).isEqualTo("коров перегнали? (КРС)");
    }

    @Test
    void a_question_naming_no_livestock_or_already_its_abbreviation_stays_as_it_is() {
        assertThat(Livestock.withAbbreviations("сколько крс вывезли")).isEqualTo("сколько крс вывезли");
        assertThat(Livestock.withAbbreviations("уровень на гп ключи")).isEqualTo("уровень на гп ключи");
        assertThat(Livestock.withAbbreviations("мелкий ремонт на мосту")).isEqualTo("мелкий ремонт на мосту");
        assertThat(Livestock.withAbbreviations("овал на схеме, козырёк")).isEqualTo("овал на схеме, козырёк");
        assertThat(Livestock.withAbbreviations("овец вывезли?")).isEqualTo("овец вывезли? (МРС)");
    }
}
