package ru.sppr.chat.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatinNamesTest {
    @Test
    void romanisedRussianNamesAreReadBack() {
        assertThat(LatinNames.cyrillic("Klyuchi")).isEqualTo("Ключи");
        assertThat(LatinNames.cyrillic("Olkhovka")).isEqualTo("Ольховка");
        assertThat(LatinNames.cyrillic("Syktyvkar")).isEqualTo("Сыктывкар");
        assertThat(LatinNames.cyrillic("lugovoye")).isEqualTo("Луговое");
        assertThat(LatinNames.cyrillic("Yekaterinburg")).isEqualTo("Екатеринбург");
        assertThat(LatinNames.cyrillic("Vilnius")).isEqualTo("Вильнюс");
        assertThat(LatinNames.cyrillic("Zarechye")).isEqualTo("Заречье");
    }

    @Test
    void namesAfterPrepositionsWithTheObjectTheyName() {
        assertThat(LatinNames.names("what's the water level at the lugovoye gauge right now")).containsExactly("ГП Луговое");
        assertThat(LatinNames.names("How long is the low-water bridge at Klyuchi?")).containsExactly("мост у Ключи");
        assertThat(LatinNames.names("what's the water level at verkhny bor now")).containsExactly("в Верхний Бор");
        assertThat(LatinNames.names("any floods in Krasny Kut or at Nizhny Novgorod or in Cheboksary"))
                .containsExactly("в Красный Кут", "в Нижний Новгород", "в Чебоксары");
        assertThat(LatinNames.names("any reports of a gas explosion in syktyvkar")).containsExactly("в Сыктывкар");
        assertThat(LatinNames.names("what happened in Zarechye, step by step")).as("names capitalised, «step» is none")
                .containsExactly("в Заречье");
    }

    @Test
    void aStreetNamedInLatinLettersKeepsItsTypeInRussian() {
        assertThat(LatinNames.names("What caused the fire in Bolshoy Kozikhinsky Lane on November 1?"))
                .containsExactly("в Большой Козихинский переулок");
        assertThat(LatinNames.names("a fire on Tverskaya Street")).containsExactly("в Тверская улица");
    }

    @Test
    void aFirstWordEnglishHasIsWrittenInLowerCaseButANameIsNot() {
        assertThat(LatinNames.withFirstWordLowered("According to the leaflet, what do you switch off?"))
                .isEqualTo("according to the leaflet, what do you switch off?");
        assertThat(LatinNames.withFirstWordLowered("Podolsk fire: any casualties?")).isEqualTo("Podolsk fire: any casualties?");
        assertThat(LatinNames.withFirstWordLowered("уровень в Klyuchi")).isEqualTo("уровень в Klyuchi");
    }

    @Test
    void aQuestionWithoutLatinNamesIsLeftAsItIs() {
        assertThat(LatinNames.withCyrillic("уровень на ГП Ключи")).isEqualTo("уровень на ГП Ключи");
        assertThat(LatinNames.withCyrillic("what is the situation now")).isEqualTo("what is the situation now");
        assertThat(LatinNames.names("who reported that there were two pilots and two DHL employees on board?")).isEmpty();
        assertThat(LatinNames.names("where is a shelter usually set up, according to the glossary?")).isEmpty();
        assertThat(LatinNames.names("how many blankets were handed out at evacuation centre no. 1")).isEmpty();
        assertThat(LatinNames.names("what equipment is in Kazan")).containsExactly("в Казан");
    }

    @Test
    void englishWordsOfALowerCaseQuestionAreNoNames() {
        assertThat(LatinNames.names("who runs the evacuation point at school number 2?")).isEmpty();
        assertThat(LatinNames.names("what does the leaflet tell people to take from home?")).isEmpty();
        assertThat(LatinNames.names("which hospital were the victims taken to in tomsk")).containsExactly("в Томск");
        assertThat(LatinNames.names("any floods in Samara")).as("«samara» is an English word, but the question capitalises names")
                .containsExactly("в Самара");
    }

    @Test
    void anLBeforeSkIsSoft() {
        assertThat(LatinNames.names("any casualties in the Podolsk fire?")).containsExactly("в Подольск");
        assertThat(LatinNames.cyrillic("Tobolsk")).isEqualTo("Тобольск");
    }

    @Test
    void aMakeOfAircraftOrCarIsNoPlace() {
        assertThat(LatinNames.names("what happened to the Boeing in Kazan?")).containsExactly("в Казан");
    }
}
