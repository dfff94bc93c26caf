package ru.sppr.chat.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionExtractorTest {
    private static final ZoneId MSK = ZoneId.of("Europe/Moscow");
    private static final MentionExtractor EXTRACTOR = new MentionExtractor(Morphology.russian(), MSK);

    private static List<Mention> mentions(String text, String anchor) {
        return EXTRACTOR.extract(text, anchor == null ? null : ZonedDateTime.parse(anchor));
    }

    private static Mention first(List<Mention> mentions, MentionKind kind) {
        return mentions.stream().filter(m -> m.kind() == kind).findFirst().orElseThrow(() -> new AssertionError("no " + kind + " in " + mentions));
    }

    @Test
    void should_map_every_case_form_of_a_settlement_to_one_key_and_show_it_in_the_nominative() {
        Mention typed = first(mentions("Эвакуация жителей с. Нижние Ключи завершена.", null), MentionKind.SETTLEMENT);
        Mention inflected = first(mentions("В Нижних Ключах остаются 9 человек.", null), MentionKind.SETTLEMENT);

        assertThat(inflected.key()).isEqualTo(typed.key());
        assertThat(inflected.name()).isEqualTo("Нижние Ключи");
    }

    @Test
    void should_read_a_declined_alias_of_a_town_as_the_town() {
        var found = mentions("Больница в Ебурге горела, из Ебурга пишут о пожаре.", null);

        assertThat(found).filteredOn(m -> m.kind() == MentionKind.SETTLEMENT).extracting(Mention::name)
                .containsExactly("Екатеринбург", "Екатеринбург");
    }

    @Test
    void should_link_an_adjective_made_from_a_place_name_to_the_place() {
        var found = mentions("В подмосковном Ступино и в екатеринбургском ТЦ произошли пожары.", null);

        assertThat(found).filteredOn(m -> "adjective".equals(m.subtype())).extracting(Mention::name)
                .containsExactly("Московская область", "Екатеринбург");
    }

    @Test
    void should_not_take_an_adjective_in_a_street_name_for_the_town_it_is_made_from() {
        mentions("В Туле открыли новый мост.", null);

        assertThat(mentions("На пожаре в Москве на Большой Тульской улице спасли 3 жильцов.", null))
                .noneMatch(m -> "adjective".equals(m.subtype()) && m.name().equals("Тула"));
        assertThat(mentions("Пожар на Тульской улице потушен.", null))
                .noneMatch(m -> "adjective".equals(m.subtype()) && m.name().equals("Тула"));
        assertThat(mentions("В тульском цехе произошёл взрыв.", null)).anyMatch(m -> m.name().equals("Тула"));
    }

    @Test
    void should_name_a_street_in_the_nominative_with_its_adjective_agreeing() {
        assertThat(mentions("В Серебряном бору дом горит на Таманской улице.", null))
                .anyMatch(m -> m.kind() == MentionKind.STREET && m.name().equals("Таманская улица"));
        assertThat(mentions("Автосервис горит на Перовском проезде.", null))
                .anyMatch(m -> m.kind() == MentionKind.STREET && m.name().equals("Перовский проезд"));
        assertThat(mentions("На Мичуринском проспекте крупное ДТП — три человека погибли.", null))
                .as("the capitalised preposition at the sentence's start is no part of the name")
                .anyMatch(m -> m.kind() == MentionKind.STREET && m.name().equals("Мичуринский проспект"))
                .noneMatch(m -> m.name().startsWith("На "));
    }

    @Test
    void should_read_a_feminine_adjective_alone_after_a_preposition_as_the_region() {
        mentions("В Твери и Тверской области после снегопада без света остались 306 деревень.", null);

        assertThat(first(mentions("в тверской сколько деревень без света", null), MentionKind.REGION).name()).isEqualTo("Тверская область");
        assertThat(mentions("на тверской улице прорвало трубу", null)).noneMatch(m -> m.kind() == MentionKind.REGION);
        assertThat(mentions("что в тверском сейчас", null)).noneMatch(m -> m.kind() == MentionKind.REGION);
    }

    @Test
    void should_read_an_organisation_named_in_quotes_after_its_type_word_and_a_national_team() {
        var found = mentions("Тренер испанского клуба «Барселона» и лидер рок-группы «Алиса» пришли на матч сборной России. "
                + "По данным агентства \"Прайм\", сделка закрыта.", null);

        assertThat(found).filteredOn(m -> m.kind() == MentionKind.ORGANISATION).extracting(Mention::name)
                .contains("«Барселона»", "«Алиса»", "«Прайм»", "сборная России");
        assertThat(mentions("Журналист John Smith пришёл на матч сборной России Артём Дзюба забил.", null))
                .filteredOn(m -> m.kind() == MentionKind.ORGANISATION).extracting(Mention::name)
                .contains("сборная России").doesNotContain("«John Smith»", "сборная России Артём");
    }

    @Test
    void should_read_a_region_of_another_country_after_its_type_word() {
        var found = mentions("Бывший губернатор штата Юта работал послом. Пожар начался в провинции Нинава, затем в графстве "
                + "Стаффордшир и в префектуре Фукусима.", null);

        assertThat(found).filteredOn(m -> m.kind() == MentionKind.REGION).extracting(Mention::name)
                .contains("Юта", "Нинава", "Стаффордшир", "Фукусима");
        assertThat(mentions("Сокращение штата Роскосмоса; он в штате Минобороны.", null)).noneMatch(m -> m.kind() == MentionKind.REGION);
    }

    @Test
    void should_take_a_common_word_opening_a_sentence_for_no_place_whose_name_the_dictionary_reads_as_its_form() {
        mentions("Взрыв на заводе в г. Семей, Казахстан: погибли 3 человека.", null);

        assertThat(mentions("Семья подростка живёт у родственников. Семье погибшего выплатят компенсацию.", null))
                .noneMatch(m -> m.kind().place());
        assertThat(mentions("Власти г. Семей сообщили о пострадавших.", null)).anyMatch(m -> m.kind() == MentionKind.SETTLEMENT);
    }

    @Test
    void should_take_a_year_of_birth_for_no_river() {
        var found = mentions("Пострадавшие: Игорь М. 2012 г. р. Алексей Ю. 1961 г. р. Ребенок, год рождения не указан.", null);

        assertThat(found).noneMatch(m -> m.kind() == MentionKind.RIVER);
        assertThat(first(mentions("Уровень воды в р. Сосна у с. Ключи — 612 см.", null), MentionKind.RIVER).name()).isEqualTo("Сосна");
    }

    @Test
    void should_find_no_place_organisation_object_or_person_that_runs_over_a_line() {
        var extractor = new MentionExtractor(Morphology.russian(), MSK);
        String letter = "ОМВД России по Заречному району\nПредседателю КЧС и ОПБ Заречного муниципального района Громову В.П.\n"
                + "Копия: начальнику ЕДДС Заречного района Кравец О.С.";
        String signatures = "Донесение передал: оперативный дежурный ЕДДС Ситникова Е.В.\n"
                + "Донесение принял: оперативный дежурный ЦУКС Ганиев Р.Р.";
        String cells = "Гидропост\nУровень на 08:00, см\nВерхний Бор\n594\nКлючи\n652";
        String heading = "ГУ МЧС России по Северской области\nПожар в Ольховке потушен.";

        for (String text : List.of(letter, signatures, cells, heading)) {
            assertThat(extractor.extract(text, null)).as(text).allSatisfy(m -> assertThat(m.text()).doesNotContain("\n"));
        }
        assertThat(extractor.extract(signatures, null)).as("«Е.В.» is no preposition «в» before «Донесение»")
                .noneMatch(m -> m.kind().place()).filteredOn(m -> m.kind() == MentionKind.PERSON).extracting(Mention::name)
                .containsExactly("Ситникова Е.В.", "Ганиев Р.Р.");
        assertThat(extractor.extract(cells, null)).as("a header cell «Уровень» names no gauge")
                .noneMatch(m -> m.key().equals("object:гидропост:уровень"));
        assertThat(extractor.extract(letter, null)).filteredOn(m -> m.kind() == MentionKind.DISTRICT).extracting(Mention::text)
                .containsExactly("Заречному району", "Заречного муниципального района", "Заречного района");
    }

    @Test
    void should_take_a_terror_attack_for_an_explosion_and_a_burnt_out_bus_for_a_fire() {
        assertThat(first(mentions("кратко по теракту в питерском метро", null), MentionKind.EVENT).subtype()).isEqualTo("explosion");
        assertThat(first(mentions("чё известно про сгоревший автобус", null), MentionKind.EVENT).subtype()).isEqualTo("fire");
    }

    @Test
    void should_take_a_storm_warning_for_a_warning_not_for_a_storm() {
        assertThat(mentions("ОТДЕЛ ГИДРОЛОГИЧЕСКИХ ПРОГНОЗОВ\nШТОРМОВОЕ ПРЕДУПРЕЖДЕНИЕ № 12\nоб опасном гидрологическом явлении", null))
                .noneMatch(m -> m.kind() == MentionKind.EVENT && "storm".equals(m.subtype()));
        assertThat(first(mentions("any reports of a tram collision in Samara?", null), MentionKind.EVENT).subtype()).isEqualTo("road_accident");
        assertThat(first(mentions("was anyone hurt in the fire?", null), MentionKind.EVENT).subtype()).isEqualTo("fire");
        assertThat(first(mentions("Шторм повредил причал в Сочи.", null), MentionKind.EVENT).subtype()).isEqualTo("storm");
    }

    @Test
    void should_know_a_street_the_base_spelled_out_when_a_later_post_leaves_out_its_type_word() {
        var extractor = new MentionExtractor(Morphology.russian(), MSK);
        assertThat(extractor.extract("Пожар произошел на Садовой в центре города.", null)).as("an unknown street is no street")
                .noneMatch(m -> m.kind() == MentionKind.STREET);

        Mention typed = first(extractor.extract("На 3-й Тверской-Ямской улице пожар.", null), MentionKind.STREET);
        Mention alone = first(extractor.extract("Пожар произошел в доме старой постройки на 3-й Тверской-Ямской в центре Москвы.", null),
                MentionKind.STREET);

        assertThat(alone.key()).isEqualTo(typed.key());
        assertThat(alone.text()).isEqualTo("Тверской-Ямской");
        assertThat(extractor.extract("Тверская-Ямская застава открыта, а на Тверской-Ямской площади митинг.", null))
                .as("with a noun after it the adjective names something else").filteredOn(m -> m.kind() == MentionKind.STREET)
                .noneMatch(m -> m.key().equals(typed.key()));
        extractor.extract("Пожар в доме на улице Омской.", null);
        assertThat(extractor.extract("Взрыв произошёл на Омском.", null)).as("a masculine form is no form of «улица Омская»")
                .noneMatch(m -> m.kind() == MentionKind.STREET);
        assertThat(extractor.extract("Пожар на Омской потушен.", null)).anyMatch(m -> m.kind() == MentionKind.STREET);
        assertThat(extractor.extract("Пожар на Омской нпз потушен.", null)).as("a word the dictionary does not know after it is a noun")
                .noneMatch(m -> m.kind() == MentionKind.STREET);
    }

    @Test
    void should_learn_a_street_known_from_the_model_under_its_own_key() {
        var extractor = new MentionExtractor(Morphology.russian(), MSK);
        extractor.learn(MentionKind.STREET, "Щипковский переулок", "street:щипковском переулок");

        assertThat(first(extractor.extract("Снова горит квартира на 1-м Щипковском.", null), MentionKind.STREET).key())
                .isEqualTo("street:щипковском переулок");
    }

    @Test
    void should_know_a_place_on_a_line_above_the_one_that_spells_it_out() {
        var extractor = new MentionExtractor(Morphology.russian(), MSK);

        var found = extractor.extract("Подтоплены дома в Берёзовке.\nОтселение из д. Берёзовка продолжается.", null);

        assertThat(found).filteredOn(m -> m.kind() == MentionKind.SETTLEMENT).extracting(Mention::text)
                .containsExactly("Берёзовке", "д. Берёзовка");
    }

    @Test
    void should_read_a_district_after_its_word_only_on_the_same_line() {
        assertThat(mentions("в пределах района\n\nПо консультации Северского ЦГМС ожидается подъём.", null))
                .noneMatch(m -> m.kind() == MentionKind.DISTRICT);
        assertThat(first(mentions("Пожар в районе Капотня потушен.", null), MentionKind.DISTRICT).name()).isEqualTo("Капотня");
    }

    @Test
    void should_take_no_function_word_person_or_role_after_the_district_word_for_its_name() {
        var extractor = new MentionExtractor(Morphology.russian(), MSK);

        assertThat(extractor.extract("в пределах района По консультации ЦГМС ожидается подъём.", null))
                .noneMatch(m -> m.kind() == MentionKind.DISTRICT);
        assertThat(extractor.extract("ОМВД России по Заречному району Председателю КЧС и ОПБ Громову В.П.", null))
                .noneMatch(m -> m.name().equals("Председатель") || m.name().equals("По"));
        assertThat(extractor.extract("сообщил по району Громову", null)).noneMatch(m -> m.kind() == MentionKind.DISTRICT);
        assertThat(extractor.extract("Глава Заречного муниципального района Громов В.П.", null))
                .noneMatch(m -> m.name().equals("Громов"));
        assertThat(extractor.extract("По данным МЧС, Председатель Госкомиссии прибыл.", null))
                .noneMatch(m -> m.kind() == MentionKind.DISTRICT);
        assertThat(first(extractor.extract("Пожар в районе Гольяново потушен.", null), MentionKind.DISTRICT).name())
                .isEqualTo("Гольяново");
    }

    @Test
    void should_take_no_verb_for_the_name_of_a_housing_estate() {
        assertThat(mentions("В каком ЖК Рвануло в Пятигорске?", null)).noneMatch(m -> m.kind() == MentionKind.OBJECT);
        assertThat(first(mentions("Пожар в ЖК Зиларт потушен.", null), MentionKind.OBJECT).name()).isEqualTo("ЖК «Зиларт»");
    }

    @Test
    void should_find_gauges_shelters_roads_organisations_and_people() {
        var found = mentions("Начальник ЕДДС Кравец О.С.: на ГП Ключи уровень 691 см, в ПВР № 1 размещено 104 человека, "
                + "трасса М-11 на 272 км закрыта.", null);

        assertThat(found).extracting(Mention::name)
                .contains("ЕДДС", "Кравец О.С.", "ГП Ключи", "ПВР № 1", "М-11, 272 км");
        assertThat(first(found, MentionKind.OBJECT).subtype()).isEqualTo("гидропост");
    }

    @Test
    void should_read_every_street_of_a_list_and_keep_a_place_name_to_its_line() {
        var found = mentions("Подтоплены дома на улицах Луговая, Заречная, Набережная в с. Ключи\nДвижение закрыто.", null);

        assertThat(found).filteredOn(m -> m.kind() == MentionKind.STREET).extracting(Mention::name)
                .containsExactly("улица Луговая", "улица Заречная", "улица Набережная");
        assertThat(first(found, MentionKind.SETTLEMENT).name()).isEqualTo("Ключи");
        assertThat(found).noneMatch(m -> m.kind() == MentionKind.PERSON);
    }

    @Test
    void should_treat_a_forecast_as_a_risk_not_an_event() {
        assertThat(mentions("Угроза подтопления сохраняется.", null)).noneMatch(m -> m.kind() == MentionKind.EVENT);
        assertThat(first(mentions("Произошло подтопление 41 дома.", null), MentionKind.EVENT).subtype()).isEqualTo("flood");
    }

    @Test
    void should_anchor_times_to_the_reports_own_time() {
        var times = EXTRACTOR.times("В 23:40 на дамбе выявлена фильтрация, вчера вечером уровень рос, с 08:00 17.04 — возвращение.",
                ZonedDateTime.parse("2026-04-12T00:15:00+03:00"));

        assertThat(times).extracting(TimeSpan::from).containsExactly(
                Instant.parse("2026-04-11T20:40:00Z"),
                Instant.parse("2026-04-11T15:00:00Z"),
                Instant.parse("2026-04-17T05:00:00Z"));
        assertThat(times.get(1).to()).isEqualTo(Instant.parse("2026-04-11T21:00:00Z"));
    }

    @Test
    void should_read_a_day_of_the_month_alone_with_its_part_of_the_day() {
        var anchor = ZonedDateTime.parse("2026-04-12T21:30:00+03:00");
        var evening = EXTRACTOR.times("скока домов было подтоплено вечером 11-го", anchor);
        var day = EXTRACTOR.times("что было на 28-е", anchor);

        assertThat(evening).singleElement().satisfies(t -> {
            assertThat(t.from()).isEqualTo(Instant.parse("2026-04-11T15:00:00Z"));
            assertThat(t.to()).isEqualTo(Instant.parse("2026-04-11T21:00:00Z"));
        });
        assertThat(day).singleElement().satisfies(t -> assertThat(t.from()).isEqualTo(Instant.parse("2026-03-27T21:00:00Z")));
        assertThat(EXTRACTOR.times("на 2-е сутки работ", anchor)).isEmpty();
    }

    @Test
    void should_take_no_opening_word_of_an_english_question_for_an_organisation() {
        assertThat(mentions("What caused the fire at Gazprom Neft? Any reports from Reuters?", null))
                .filteredOn(m -> m.kind() == MentionKind.ORGANISATION).extracting(Mention::name)
                .doesNotContain("What", "Any").contains("Reuters");
    }

    @Test
    void should_take_an_adjective_naming_a_language_for_no_country() {
        assertThat(mentions("Заявление опубликовано на английском языке. Он говорит на немецком.", null))
                .noneMatch(m -> m.kind() == MentionKind.COUNTRY);
        assertThat(mentions("Туристы в американском Хьюстоне и на немецком рынке.", null))
                .filteredOn(m -> m.kind() == MentionKind.COUNTRY).extracting(Mention::text).contains("немецком");
    }

    @Test
    void should_find_spans_of_time_that_anchor_nothing_and_no_ages() {
        var anchor = ZonedDateTime.parse("2024-07-30T12:00:00+03:00");

        for (String span : List.of("в течение пяти лет", "через несколько часов", "год назад", "в тот же день", "в последние годы",
                "за полтора часа", "трёхдневный", "к двум годам", "в течение последних 10 лет", "каждый год", "около полуночи")) {
            assertThat(EXTRACTOR.times("Это было " + span + " по словам очевидцев", anchor)).as(span).singleElement()
                    .satisfies(t -> {
                        assertThat(t.text()).isEqualTo(span);
                        assertThat(t.from()).isNull();
                    });
        }
        assertThat(EXTRACTOR.times("Лауреат премии Соннинга (1981), чемпионка Олимпиады-2016", anchor)).extracting(TimeSpan::text)
                .containsExactly("1981", "2016");
        for (String age : List.of("погиб 15-летний подросток", "пятилетний мальчик", "ему 50 лет", "детей до 3 лет", "на 75 году жизни",
                "обе части моста", "две части суток")) {
            assertThat(EXTRACTOR.times(age, anchor)).as(age).allSatisfy(t -> assertThat(t.text()).doesNotContain("лет", "част"));
        }
        assertThat(EXTRACTOR.times("с 1812 года", anchor)).singleElement()
                .satisfies(t -> assertThat(t.from()).isEqualTo(Instant.parse("1811-12-31T21:29:43Z")));
    }

    @Test
    void should_read_an_hour_with_the_part_of_the_day_as_a_clock_time() {
        var anchor = ZonedDateTime.parse("2024-07-30T12:00:00+03:00");

        assertThat(EXTRACTOR.times("скока пострадавших было на 11 утра 29 июля", anchor)).extracting(TimeSpan::text)
                .containsExactly("на 11 утра", "29 июля");
        assertThat(EXTRACTOR.times("что было на 11 утра", anchor)).singleElement()
                .satisfies(t -> assertThat(t.from()).isEqualTo(Instant.parse("2024-07-30T08:00:00Z")));
        assertThat(EXTRACTOR.times("к 7 вечера", anchor)).singleElement()
                .satisfies(t -> assertThat(t.from()).isEqualTo(Instant.parse("2024-07-29T16:00:00Z")));
        assertThat(EXTRACTOR.times("в 3 дня", anchor)).singleElement()
                .satisfies(t -> assertThat(t.from()).isEqualTo(Instant.parse("2024-07-29T12:00:00Z")));
        assertThat(EXTRACTOR.times("продлили на 2 дня", anchor)).singleElement()
                .satisfies(t -> assertThat(t.from()).as("a span, no clock time").isNull());
        assertThat(EXTRACTOR.times("на 15 утра", anchor)).isEmpty();
    }

    @Test
    void should_take_a_name_after_a_preposition_and_an_adjective_for_a_place_and_a_preposition_for_no_person() {
        var found = mentions("Из здания эвакуировали людей. Пожар в подмосковном Климовске и в подмосковном Одинцове.", null);

        assertThat(found).noneMatch(m -> m.kind() == MentionKind.PERSON);
        assertThat(found).filteredOn(m -> m.kind().place() && m.kind() != MentionKind.REGION)
                .extracting(Mention::name).contains("Климовск");
    }

    @Test
    void should_take_a_name_that_is_also_an_adjective_for_a_town_after_a_regions_adjective() {
        var found = mentions("Пожар в школе №1 в подмосковном Видном потушили.", null);

        assertThat(found).filteredOn(m -> m.kind().place() && m.kind() != MentionKind.REGION).extracting(Mention::name)
                .containsExactly("Видное");
        assertThat(mentions("Пожар в видном месте у школы.", null)).noneMatch(m -> m.kind().place());
    }

    @Test
    void should_take_a_known_town_that_is_also_a_surname_for_the_town_where_its_words_say_so() {
        for (String text : List.of("Авария в районе Серпухова.", "Жители Харькова остались без света.",
                "Авария у подмосковного Серпухова на 103 км трассы М-2.")) {
            assertThat(mentions(text, null)).as(text).noneMatch(m -> m.kind() == MentionKind.PERSON)
                    .anyMatch(m -> m.kind() == MentionKind.SETTLEMENT);
        }
        assertThat(mentions("Об этом сообщил министр Лавров.", null)).extracting(Mention::kind).contains(MentionKind.PERSON);
    }

    @Test
    void should_mark_a_town_named_as_near_the_event() {
        assertThat(first(mentions("Водитель грузовика погиб в ДТП под Краснодаром.", null), MentionKind.SETTLEMENT).subtype())
                .isEqualTo(PlaceRules.NEAR);
        assertThat(first(mentions("Водитель грузовика погиб в ДТП в Краснодаре.", null), MentionKind.SETTLEMENT).subtype()).isNull();
    }

    @Test
    void should_end_a_town_name_before_the_region_after_it() {
        var found = mentions("Два человека пострадали при взрыве газа в жилом доме в городе Кизел Пермского края.", null);

        assertThat(first(found, MentionKind.SETTLEMENT).name()).isEqualTo("Кизел");
        assertThat(first(found, MentionKind.REGION).name()).isEqualTo("Пермский край");
    }

    @Test
    void should_read_a_road_accident_told_as_a_pile_up_or_a_car_driven_into_a_crowd() {
        for (String text : List.of("4 грузовика и 7 легковых авто пострадали в массовой аварии в Подмосковье.",
                "В Одинцово БМВ въехала в толпу людей.", "Грузовик протаранил несколько автомобилей.")) {
            assertThat(mentions(text, null)).as(text).filteredOn(m -> m.kind() == MentionKind.EVENT).extracting(Mention::subtype)
                    .contains("road_accident");
        }
    }

    @Test
    void should_find_events_whose_triggers_end_at_a_cyrillic_word_boundary() {
        var found = mentions("ДТП на трассе М-5. Крушение самолёта под Казанью. Ледяной дождь, склад горит.", null);

        assertThat(found).filteredOn(m -> m.kind() == MentionKind.EVENT).extracting(Mention::subtype)
                .contains("road_accident", "air_crash", "storm", "fire");
    }

    @Test
    void should_not_take_a_unit_or_a_field_label_for_a_place() {
        var found = mentions("Порывы ветра до 19 м/с. На 11.04 ожидается небольшой дождь.\n"
                + "От кого: ЕДДС Заречного муниципального района\nДата и время: 10.04.2026 13:00", null);

        assertThat(found).filteredOn(m -> m.kind().place()).extracting(Mention::name).doesNotContain("На", "Дата");
        assertThat(mentions("От кого: ЕДДС Заречного муниципального района Дата и время: 10.04.2026 13:00", null))
                .extracting(Mention::name).doesNotContain("Дата");
    }
}
