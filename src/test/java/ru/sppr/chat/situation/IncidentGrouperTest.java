package ru.sppr.chat.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.situation.IncidentGrouper.Candidate;

class IncidentGrouperTest {
    private static final Instant T = Instant.parse("2024-08-14T10:00:00Z");

    @Test
    void should_join_a_report_of_the_same_type_place_and_day_and_not_one_from_another_city() {
        var fire = new Candidate(1, EventType.FIRE, T, Set.of("settlement:махачкала", "object:азс:"), List.of(), Map.of());
        var elsewhere = new Candidate(2, EventType.FIRE, T, Set.of("settlement:подольск"), List.of(), Map.of());

        var decision = IncidentGrouper.decide(report(EventType.EXPLOSION, T.plusSeconds(3 * 3600), "settlement:махачкала"),
                List.of(fire, elsewhere));

        assertThat(decision).as("an explosion and a fire at one place and time are one event")
                .hasValueSatisfying(d -> assertThat(d.incidentId()).isEqualTo(1));
        assertThat(IncidentGrouper.decide(report(EventType.FIRE, T, "settlement:казань", "region:татарстан"), List.of(fire, elsewhere)))
                .isEmpty();
        assertThat(IncidentGrouper.decide(report(EventType.ROAD_ACCIDENT, T, "settlement:махачкала"), List.of(fire))).isEmpty();
    }

    @Test
    void should_never_join_two_towns_of_one_region() {
        var podolsk = new Candidate(1, EventType.FIRE, T, Set.of("settlement:подольск", "region:московский область"), List.of(), Map.of());

        assertThat(IncidentGrouper.decide(report(EventType.FIRE, T, "settlement:фрязино", "region:московский область"), List.of(podolsk)))
                .isEmpty();
        assertThat(IncidentGrouper.decide(report(EventType.FIRE, T, "region:московский область"), List.of(podolsk))).isPresent();
    }

    @Test
    void should_take_an_object_named_by_kind_and_number_alone_for_no_one_place() {
        var vidnoe = new Candidate(1, EventType.FIRE, T, Set.of("object:школа:1", "region:московский область"), List.of(), Map.of());
        var article = new IncidentGrouper.Report(EventType.EXPLOSION, null, Set.of("settlement:бостон", "settlement:махачкала",
                "settlement:москва", "object:школа:1", "country:сша"), Signature.ofWording(""), null);

        assertThat(IncidentGrouper.decide(article, List.of(vidnoe))).as("an undated article naming another school № 1").isEmpty();
        assertThat(IncidentGrouper.decide(report(EventType.FIRE, T.plusSeconds(3600), "object:школа:1", "region:московский область"),
                List.of(vidnoe))).as("the next report of that school's fire").isPresent();
    }

    @Test
    void should_let_the_wording_choose_between_two_fires_of_a_city_when_a_report_names_only_the_city() {
        var office = new Candidate(1, EventType.FIRE, T, Set.of("settlement:москва", "object:бизнес-центр:флеш ланж"),
                List.of(Signature.ofWording("В Москве загорелся офис из-за пауэрбанка, стоявшего на зарядке")), Map.of());
        var site = new Candidate(2, EventType.FIRE, T.plusSeconds(5400), Set.of("street:улица василия ланового"),
                List.of(Signature.ofWording("Пожар произошел на стройке ЖК на улице Василия Ланового, площадь возгорания 80 кв.м")), Map.of());
        var ria = new IncidentGrouper.Report(EventType.FIRE, T.plusSeconds(8000), Set.of("settlement:москва"),
                Signature.ofWording("Пожар произошел в строящемся здании в Москве, площадь возгорания сейчас составляет 150 квадратных метров"),
                "Telegram channel «РИА Новости»");

        assertThat(IncidentGrouper.decide(ria, List.of(office, site))).as("«в Москве» does not tell which Moscow fire it is")
                .hasValueSatisfying(d -> assertThat(d.incidentId()).isEqualTo(2));
        assertThat(IncidentGrouper.decide(ria, List.of(office))).as("the only fire of the city still takes it")
                .hasValueSatisfying(d -> assertThat(d.incidentId()).isEqualTo(1));
    }

    private static IncidentGrouper.Report report(EventType type, Instant at, String... keys) {
        return new IncidentGrouper.Report(type, at, Set.of(keys), Signature.ofWording(""), null);
    }

    @Test
    void should_follow_a_channels_series_of_posts_when_a_later_one_names_no_place() {
        String channel = "Telegram channel «112»";
        var azs = new Candidate(1, EventType.EXPLOSION, T, Set.of("settlement:махачкала"), List.of(), Map.of(channel, new IncidentGrouper.Series(T, T)));
        var other = new Candidate(2, EventType.FIRE, T.plusSeconds(600), Set.of(), List.of(), Map.of("Telegram channel «SHOT»", new IncidentGrouper.Series(T, T)));
        var followUp = new IncidentGrouper.Report(EventType.FIRE, T.plusSeconds(900), Set.of(), Signature.ofWording(""), channel);

        assertThat(IncidentGrouper.decide(followUp, List.of(azs, other))).as("the channel's next post, 15 minutes later")
                .hasValueSatisfying(d -> assertThat(d.incidentId()).isEqualTo(1));
        var fromElsewhere = new IncidentGrouper.Report(EventType.FIRE, T.plusSeconds(900), Set.of("settlement:казань"),
                Signature.ofWording(""), channel);
        assertThat(IncidentGrouper.decide(fromElsewhere, List.of(azs))).as("a post of the channel about another town").isEmpty();
    }

    @Test
    void should_take_a_town_named_only_as_near_the_event_for_no_other_town() {
        var nearKrasnodar = new Candidate(1, EventType.ROAD_ACCIDENT, T, Set.of("settlement:краснодар", "near:settlement:краснодар",
                "region:краснодарский край"),
                List.of(), Map.of());
        var inKrasnodar = new Candidate(2, EventType.ROAD_ACCIDENT, T, Set.of("settlement:краснодар", "region:краснодарский край"),
                List.of(), Map.of());
        var village = report(EventType.ROAD_ACCIDENT, T.plusSeconds(1800), "settlement:старокорсунская", "region:краснодарский край");

        assertThat(IncidentGrouper.decide(village, List.of(nearKrasnodar))).as("«ДТП под Краснодаром» and «ДТП в станице Старокорсунская»")
                .isPresent();
        assertThat(IncidentGrouper.decide(village, List.of(inKrasnodar))).as("«ДТП в Краснодаре»").isEmpty();
    }

    @Test
    void should_take_news_of_the_same_street_in_the_town_days_later_and_one_street_spelled_two_ways() {
        var fire = new Candidate(1, EventType.EXPLOSION, T, Set.of("settlement:грозный", "street:мухаммед али"), List.of(), Map.of());
        Instant fourDaysLater = T.plusSeconds(4L * 24 * 3600);

        assertThat(IncidentGrouper.decide(report(EventType.EXPLOSION, fourDaysLater, "settlement:грозный", "street:мухаммед али"), List.of(fire)))
                .as("the owner of the station arrested four days later").isPresent();
        assertThat(IncidentGrouper.decide(report(EventType.EXPLOSION, fourDaysLater, "settlement:грозный"), List.of(fire)))
                .as("another explosion in the town four days later").isEmpty();
        assertThat(IncidentGrouper.decide(report(EventType.EXPLOSION, fourDaysLater, "settlement:грозный", "street:мохаммед али"), List.of(fire)))
                .as("the street's name transliterated with another letter").isPresent();
        assertThat(IncidentGrouper.sameStreet("ленинский", "ленинградский")).isFalse();
        assertThat(IncidentGrouper.sameStreet("мира", "мора")).as("a short word is another name").isFalse();
        assertThat(IncidentGrouper.sameStreet("1-я тверская-ямская", "2-я тверская-ямская")).isFalse();
        var gas = new Candidate(2, EventType.EXPLOSION, T, Set.of("settlement:пятигорск", "street:тольятти"), List.of(), Map.of());
        assertThat(IncidentGrouper.decide(report(EventType.EXPLOSION, T.plusSeconds(3600), "settlement:пятигорск", "street:пальмиро тольятти"),
                List.of(gas))).isPresent();
    }

    @Test
    void should_not_join_a_report_of_another_region_naming_no_town() {
        var klimovsk = new Candidate(1, EventType.FIRE, T, Set.of("place:климовск", "region:московский область"), List.of(), Map.of());

        assertThat(IncidentGrouper.decide(report(EventType.FIRE, T.plusSeconds(600), "region:пермский край"), List.of(klimovsk)))
                .as("a bus burning in Пермский край in the same hour").isEmpty();
    }

    @Test
    void should_not_join_the_same_place_weeks_later() {
        var old = new Candidate(1, EventType.FIRE, T, Set.of("settlement:подольск"), List.of(), Map.of());

        assertThat(IncidentGrouper.decide(report(EventType.FIRE, T.plusSeconds(30L * 24 * 3600), "settlement:подольск"), List.of(old)))
                .isEmpty();
    }

    @Test
    void should_tell_a_repost_from_another_report() {
        String a = Signature.of("В Махачкале на АЗС произошёл взрыв, погибли 13 человек, пострадали 60 человек, сообщает МЧС.");
        String repost = Signature.of("В Махачкале на АЗС произошёл взрыв, погибли 13 человек, пострадали 60 человек, сообщает МЧС!");
        String other = Signature.of("Число погибших при взрыве на АЗС в Махачкале выросло до 35, в больницах остаются 40 человек.");

        assertThat(Signature.similarity(a, repost)).isGreaterThanOrEqualTo(Signature.DUPLICATE);
        assertThat(Signature.similarity(a, other)).isLessThan(Signature.DUPLICATE);
    }
}
