package ru.sppr.chat.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.situation.Mention;
import ru.sppr.chat.situation.MentionKind;

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
        assertThat(Absences.personMissing("донесение 2/чс 10го в цукс кто там принял, фамилия",
                "Донесение принял: оперативный дежурный ЦУКС Ганиев Р.Р. [1]")).isEmpty();
        assertThat(Absences.personMissing("кто начальник 58 ПСЧ, фамилия", "Начальник 58 ПСЧ Головин А.Н. [1]"))
                .as("«фамилия» asks the name too, it is no word the answer must have").isEmpty();
    }

    @Test
    void should_take_a_place_the_model_lacks_as_spoken_of_when_a_cited_fragment_names_it() {
        Mention place = new Mention(2, 12, "Котельниково", MentionKind.SETTLEMENT, null, "settlement:котельниково", "Котельниково");
        Frame frame = new Frame(List.of(), List.of(), List.of(), List.of(place), List.of(), Optional.empty(), Moment.UNSTATED,
                Optional.empty(), Instant.parse("2024-07-30T12:00:00Z"), false, false);
        String answer = "поезд «казань — адлер» сошёл с рельсов, 30 человек госпитализированы. [1]";

        assertThat(Absences.placeMissing(frame, answer)).contains("В базе нет сведений о «Котельниково».");
        assertThat(Absences.placeMissing(frame, answer + "\nкрушение поезда у станции котельниково волгоградской области"))
                .as("the report cited names the place").isEmpty();
    }
}
