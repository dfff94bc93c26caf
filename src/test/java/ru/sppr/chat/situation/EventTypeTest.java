package ru.sppr.chat.situation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventTypeTest {
    @Test
    void a_train_wreck_is_a_rail_accident_not_an_air_crash() {
        String text = "30 человек госпитализированы после крушения поезда под Волгоградом.";

        assertThat(EventType.RAIL_ACCIDENT.namedIn(text)).isTrue();
        assertThat(EventType.AIR_CRASH.namedIn(text)).isFalse();
        assertThat(EventType.RAIL_ACCIDENT.namedIn("Ещё кадры с места крушения пассажирского самолёта в Подмосковье.")).isFalse();
    }

    @Test
    void a_vehicle_that_flew_into_others_is_a_road_accident_but_a_drone_into_flats_is_not() {
        assertThat(EventType.ROAD_ACCIDENT.namedIn("На Ленинградке автобус влетел в легковушки.")).isTrue();
        assertThat(EventType.ROAD_ACCIDENT.namedIn("Автомобиль влетел в толпу людей у пешеходного перехода.")).isTrue();
        assertThat(EventType.ROAD_ACCIDENT.namedIn("Беспилотник влетел в квартиры на верхних этажах.")).isFalse();
    }

    @Test
    void crashes_are_told_by_the_craft_that_crashed() {
        assertThat(EventType.AIR_CRASH.namedIn("Вертолёт потерпел крушение в Калужской области.")).isTrue();
        assertThat(EventType.AIR_CRASH.namedIn("Первые кадры с места крушения Ми-8 с туристами на Камчатке.")).isTrue();
        assertThat(EventType.AIR_CRASH.namedIn("Сотрудники золотодобывающей компании разбились на вертолете в Амурской области.")).isTrue();
        assertThat(EventType.WATER_ACCIDENT.namedIn("Два человека погибли после крушения грузового судна \"Григорий Ловцов\".")).isTrue();
        assertThat(EventType.AIR_CRASH.namedIn("Два человека погибли после крушения грузового судна \"Григорий Ловцов\".")).isFalse();
        assertThat(EventType.WATER_ACCIDENT.namedIn("Грузовое судно \"Григорий Ловцов\" с щебнем и песком на борту перевернулось у берегов Сахалина."))
                .isTrue();
        assertThat(EventType.RAIL_ACCIDENT.namedIn("Грузовой поезд сошёл с рельсов в Воронежской области.")).isTrue();
        assertThat(EventType.RAIL_ACCIDENT.namedIn("В Амурской области с рельсов сошли 29 вагонов грузового состава.")).isTrue();
        assertThat(EventType.UTILITY_OUTAGE.namedIn("В корпусе школы прорвало трубу с кипятком.")).isTrue();
    }

    @Test
    void power_gone_is_an_outage_however_it_is_told() {
        assertThat(EventType.POWER_OUTAGE.namedIn("В Крыму отключился свет в нескольких районах.")).isTrue();
        assertThat(EventType.POWER_OUTAGE.namedIn("в крыму свет отключили, что случилось")).isTrue();
        assertThat(EventType.POWER_OUTAGE.namedIn("Жителям отключили электричество на сутки.")).isTrue();
        assertThat(EventType.POWER_OUTAGE.namedIn("В домах на Лесной нет света с утра.")).isTrue();
        assertThat(EventType.POWER_OUTAGE.namedIn("Электроснабжение пропало в трёх сёлах.")).isTrue();
        assertThat(EventType.POWER_OUTAGE.namedIn("На рассвете отключили воду.")).isFalse();
        assertThat(EventType.POWER_OUTAGE.namedIn("Свет фар выхватил из темноты машину.")).isFalse();
    }
}
