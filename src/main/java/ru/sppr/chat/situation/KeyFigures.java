package ru.sppr.chat.situation;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Which figures of an incident lead: those of its kind first — people evacuated, in shelters, refusing, dead and injured
 * for an evacuation; the water level and flooded houses for a flood; the households cut off for an outage; the state of
 * the road for a road closure; the dead and injured for an accident — in that order, then the others as they came. Pure.
 */
public final class KeyFigures {
    private static final List<Attribute> CASUALTIES = List.of(Attribute.DEATHS, Attribute.INJURED, Attribute.HOSPITALIZED,
            Attribute.MISSING, Attribute.RESCUED);

    private KeyFigures() {
    }

    /** The attributes that tell most about an incident of this kind, most telling first. */
    public static List<Attribute> of(EventType type) {
        return switch (type) {
            case EVACUATION -> List.of(Attribute.EVACUATED, Attribute.SHELTERED, Attribute.REFUSED, Attribute.DEATHS, Attribute.INJURED,
                    Attribute.HOSPITALIZED, Attribute.MISSING);
            case FLOOD -> List.of(Attribute.WATER_LEVEL, Attribute.FLOODED_HOUSES, Attribute.AREA, Attribute.DEATHS, Attribute.INJURED,
                    Attribute.EVACUATED, Attribute.SHELTERED);
            case POWER_OUTAGE, UTILITY_OUTAGE -> List.of(Attribute.DEENERGIZED, Attribute.STATE);
            case ROAD_CLOSURE -> List.of(Attribute.STATE);
            case FIRE -> List.of(Attribute.DEATHS, Attribute.INJURED, Attribute.AREA, Attribute.HOSPITALIZED, Attribute.MISSING,
                    Attribute.RESCUED, Attribute.EVACUATED, Attribute.STATE);
            case STORM -> List.of(Attribute.DEENERGIZED, Attribute.DEATHS, Attribute.INJURED, Attribute.STATE);
            default -> CASUALTIES;
        };
    }

    /** {@code figures} with those of the incident's kind first, in {@link #of} order; the rest keep their order. */
    public static <T> List<T> ordered(EventType type, List<T> figures, Function<T, Attribute> attribute) {
        List<Attribute> leading = of(type);
        Comparator<T> rank = Comparator.comparingInt(f -> {
            int i = leading.indexOf(attribute.apply(f));
            return i < 0 ? leading.size() : i;
        });
        return figures.stream().sorted(rank).toList();
    }
}
