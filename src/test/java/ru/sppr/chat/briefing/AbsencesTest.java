package ru.sppr.chat.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AbsencesTest {
    @Test
    void should_say_a_persons_name_asked_is_not_in_an_answer_that_names_nobody() {
        String answer = "В восьмом часу утра 30-летний мужчина на Honda Civic налетел на припаркованные машины. [1] "
                + "Пьяный лихач сжег 5 машин во дворе краснодарского человейника. [1]";

        assertThat(Absences.personMissing("как зовут пьяного на хонде что в краснодаре машины спалил", answer))
                .contains("В базе нет сведений о том, что спрошено (имя).");
        assertThat(Absences.personMissing("как зовут пьяного на хонде что в краснодаре машины спалил",
                "Машины в Краснодаре спалил пьяный на хонде Иван Петров. [1]")).isEmpty();
        assertThat(Absences.personMissing("как звали ураган в москве в июне", "Ураган «Эдгар» в Москве. [1]")).isEmpty();
    }
}
