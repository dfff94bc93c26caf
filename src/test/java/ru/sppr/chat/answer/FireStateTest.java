package ru.sppr.chat.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FireStateTest {
    @Test
    void should_take_whether_a_fire_is_out_for_its_state_asked_and_not_when_or_how_fast() {
        assertThat(FireState.asked("колония 10 в екб горела, потушили уже?")).isTrue();
        assertThat(FireState.asked("склад в царицыно локализовали?")).isTrue();
        assertThat(FireState.asked("на тверской-ямской ещё горит?")).isTrue();
        assertThat(FireState.asked("суперджет в анталье за скока потушили")).isFalse();
        assertThat(FireState.asked("когда потушили пожар в климовске")).isFalse();
        assertThat(FireState.asked("что горит в подольске")).isFalse();
    }

    @Test
    void should_rank_a_fires_state_from_burning_to_out_and_take_a_recalled_fire_for_none() {
        assertThat(FireState.stage("UPD: Пожар ликвидирован.")).isEqualTo(3);
        assertThat(FireState.stage("Пожар в цехе локализован на площади 400 кв. м")).isEqualTo(2);
        assertThat(FireState.stage("Горит квартира на 12 этаже.")).isEqualTo(1);
        assertThat(FireState.stage("Огонь активно распространяется между 4 и 5 этажами.")).isEqualTo(1);
        assertThat(FireState.stage("Дом, который полыхал всю ночь, осматривают следователи.")).isZero();
        assertThat(FireState.stage("Пострадавших нет, на месте работают следователи.")).isZero();
    }
}
