package ru.sppr.chat.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColloquialTest {
    @Test
    void chatSpellingsBecomeStandardWords() {
        assertThat(Colloquial.standard("в пвр 3 скока щас народу")).isEqualTo("в пвр 3 сколько сейчас человек");
        assertThat(Colloquial.standard("Откуда инфа, что дали генераторы?")).isEqualTo("Откуда информация, что дали генераторы?");
        assertThat(Colloquial.standard("Скока погибших")).isEqualTo("Сколько погибших");
        assertThat(Colloquial.standard("скока автобусов велели держать наготове")).isEqualTo("сколько автобусов велели держать в готовности");
        assertThat(Colloquial.standard("скока скотины с личных подворий вывезли")).isEqualTo("сколько скота с личных подворий вывезли");
        assertThat(Colloquial.standard("скока сегодня народу лодкой перевезли")).isEqualTo("сколько сегодня человек лодкой перевезли");
        assertThat(Colloquial.standard("скока у родни было утром")).isEqualTo("сколько у родственников было утром");
        assertThat(Colloquial.standard("в пазике скока ехало")).isEqualTo("в автобусе сколько ехало");
        assertThat(Colloquial.standard("пазики по скока мест")).isEqualTo("автобусы по сколько мест");
        assertThat(Colloquial.standard("в пвр зверьё куда девали")).isEqualTo("в пвр животные куда девали");
        assertThat(Colloquial.standard("кто писал что стиралка нужна")).isEqualTo("кто писал что стиральная машина нужна");
        assertThat(Colloquial.standard("на легковушке скока ехать")).isEqualTo("на легковом автомобиле сколько ехать");
        assertThat(Colloquial.standard("скока огородов топило")).as("as reports count them").isEqualTo("сколько приусадебных участков топило");
        assertThat(Colloquial.standard("в шарике аварийно садился")).isEqualTo("в Шереметьево аварийно садился");
        assertThat(Colloquial.standard("что было на патриках")).isEqualTo("что было на Патриарших прудах");
        assertThat(Colloquial.standard("чоп там есть?")).as("a guard company as reports name it now").isEqualTo("ЧОО там есть?");
        assertThat(Colloquial.standard("тачки на патриках чьи были")).isEqualTo("машины на Патриарших прудах чьи были");
        assertThat(Colloquial.standard("двухсотые есть в тагиле?")).as("the dead, in the service slang").isEqualTo("погибшие есть в тагиле?");
        assertThat(Colloquial.standard("мчсников скока в группировке")).isEqualTo("сотрудников МЧС сколько в группировке");
        assertThat(Colloquial.standard("дэска в луговом работает?")).isEqualTo("ДЭС в луговом работает?");
        assertThat(Colloquial.standard("а ему скока светит")).as("a sentence he faces, as reports say it").isEqualTo("а ему сколько грозит");
        assertThat(Colloquial.standard("гайцы что говорят")).isEqualTo("сотрудники ГИБДД что говорят");
        assertThat(Colloquial.standard("в пвр кормёжкой кто занимается")).isEqualTo("в пвр питанием кто занимается");
        assertThat(Colloquial.standard("для мамок с грудничками помещение есть")).isEqualTo("для матерей с детьми помещение есть");
        assertThat(Colloquial.standard("в пвр 1 гуманитарку принимают?")).isEqualTo("в пвр 1 гуманитарную помощь принимают?");
        assertThat(Colloquial.standard("ментовский пост где")).as("a post of the police, as reports name it").isEqualTo("полиции пост где");
        assertThat(Colloquial.standard("а вай-фай там есть")).as("as the shelter's notes spell it").isEqualTo("а Wi-Fi там есть");
        assertThat(Colloquial.standard("у отказников в нижних ключах свет был?")).as("those who refused to leave, and power")
                .isEqualTo("у отказавшихся от эвакуации в нижних ключах электроснабжение был?");
        assertThat(Colloquial.standard("кто начальник 58 пч")).isEqualTo("кто начальник 58 псч");
        assertThat(Colloquial.standard("во вгике пожар был — изза чего загорелось")).as("a cause asked")
                .isEqualTo("во вгике пожар был — из-за чего загорелось");
    }

    @Test
    void moscowRoadsByTheirNicknamesAreNamedInFull() {
        assertThat(Colloquial.standard("дтп на ленинградке сколько машин")).isEqualTo("дтп на ленинградском проспекте сколько машин");
        assertThat(Colloquial.standard("Варшавку перекрыли?")).isEqualTo("Варшавское шоссе перекрыли?");
        assertThat(Colloquial.standard("пробка на щёлковке")).isEqualTo("пробка на щелковском шоссе");
        assertThat(Colloquial.standard("авария на профсоюзке")).isEqualTo("авария на профсоюзной улице");
        assertThat(Colloquial.standard("ленинградская область")).as("not a nickname").isEqualTo("ленинградская область");
    }

    @Test
    void ordinalsWithTheirEndingGluedOnAreNumbersButDatesStay() {
        assertThat(Colloquial.standard("а 58я где стоит?")).isEqualTo("а 58 где стоит?");
        assertThat(Colloquial.standard("в 3й пвр")).isEqualTo("в 3 пвр");
        assertThat(Colloquial.standard("вечером 11го")).isEqualTo("вечером 11го");
    }

    @Test
    void aSoftSignTypedForTheHardOneAfterAPrefixIsMended() {
        assertThat(Colloquial.standard("ключевской мост какая грузоподьемность")).isEqualTo("ключевской мост какая грузоподъемность");
        assertThat(Colloquial.standard("Обьезд есть? сьезд")).isEqualTo("Объезд есть? съезд");
        assertThat(Colloquial.standard("досье на Обью вьюга семья")).isEqualTo("досье на Обью вьюга семья");
    }

    @Test
    void latinLettersInsideACyrillicWordAreReadAsCyrillicOnes() {
        assertThat(Colloquial.standard("во скока пso приехал")).isEqualTo("во сколько псо приехал");
        assertThat(Colloquial.standard("ПВP № 1 и Carlton, G-класс")).isEqualTo("ПВР № 1 и Carlton, G-класс");
    }

    @Test
    void slangForPoisonedExplodedAndPutInHospitalReadsAsReportsWriteIt() {
        assertThat(Colloquial.standard("дети траванулись, скольких в больницу положили"))
                .isEqualTo("дети отравились, скольких госпитализировали");
        assertThat(Colloquial.standard("на какой глубине рванул, сколько попали в больницу"))
                .isEqualTo("на какой глубине взорвался, сколько госпитализировали");
    }

    @Test
    void lightSwitchedOnOrOffIsElectricityButTheSpeedOfLightStays() {
        assertThat(Colloquial.standard("свет в луговом есть?")).isEqualTo("электроснабжение в луговом есть?");
        assertThat(Colloquial.standard("скока абонентов без света")).isEqualTo("сколько абонентов без электроснабжения");
        assertThat(Colloquial.standard("Свет дали?")).isEqualTo("Электроснабжение дали?");
        assertThat(Colloquial.standard("какова скорость света")).isEqualTo("какова скорость света");
    }

    @Test
    void otherWordsAndPartsOfWordsStayAsTyped() {
        assertThat(Colloquial.standard("уровень на ГП Ключи сейчас")).isEqualTo("уровень на ГП Ключи сейчас");
        assertThat(Colloquial.standard("информация о щасливом")).isEqualTo("информация о щасливом");
    }
}
