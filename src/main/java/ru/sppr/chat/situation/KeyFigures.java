package ru.sppr.chat.situation;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Which figures of an incident lead: those of its kind first — people evacuated, in shelters, refusing, dead and injured
 * for an evacuation; the water level and flooded houses for a flood; the households cut off for an outage; the state of
 * the road for a road closure; the dead and injured for an accident — then the others as they came. Pure.
 */
public final class KeyFigures {
    private static final List<Attribute> CASUALTIES = List.of(Attribute.DEATHS, Attribute.INJURED, Attribute.HOSPITALIZED,
            Attribute.MISSING, Attribute.RESCUED);

    /** How a card reads the figures no kind leads with: people first — lost, then moved — then water, land and power, states last. */
    private static final List<Attribute> READING = List.of(Attribute.DEATHS, Attribute.INJURED, Attribute.HOSPITALIZED, Attribute.MISSING,
            Attribute.RESCUED, Attribute.EVACUATED, Attribute.SHELTERED, Attribute.WITH_RELATIVES, Attribute.REFUSED, Attribute.WATER_LEVEL,
            Attribute.FLOODED_HOUSES, Attribute.FLOODED_PLOTS, Attribute.AREA, Attribute.DEENERGIZED, Attribute.PERSONNEL, Attribute.VEHICLES,
            Attribute.BOATS, Attribute.STATE);

    /** Keys of a whole district, region or country: their figure is the total. */
    private static final Pattern AREA = Pattern.compile("(?:district|region|country):");

    private KeyFigures() {
    }

    /** The attributes that tell most about an incident of this kind, most telling first. */
    public static List<Attribute> of(EventType type) {
        return switch (type) {
            case EVACUATION -> List.of(Attribute.EVACUATED, Attribute.SHELTERED, Attribute.WITH_RELATIVES, Attribute.REFUSED, Attribute.DEATHS,
                    Attribute.INJURED, Attribute.HOSPITALIZED, Attribute.MISSING);
            case FLOOD -> List.of(Attribute.WATER_LEVEL, Attribute.FLOODED_HOUSES, Attribute.FLOODED_PLOTS, Attribute.EVACUATED,
                    Attribute.SHELTERED, Attribute.DEATHS, Attribute.INJURED);
            case POWER_OUTAGE, UTILITY_OUTAGE -> List.of(Attribute.DEENERGIZED, Attribute.STATE);
            case ROAD_CLOSURE -> List.of(Attribute.STATE);
            case FIRE -> List.of(Attribute.DEATHS, Attribute.INJURED, Attribute.AREA, Attribute.HOSPITALIZED, Attribute.MISSING,
                    Attribute.RESCUED, Attribute.EVACUATED, Attribute.STATE);
            case STORM -> List.of(Attribute.DEENERGIZED, Attribute.DEATHS, Attribute.INJURED, Attribute.STATE);
            default -> CASUALTIES;
        };
    }

    /**
     * {@code figures} with those of the incident's kind first: one of each of its attributes in {@link #of} order — a
     * gauge's water level, the count of a whole district or region before a village's, the first otherwise — so the board shows the evacuated,
     * the sheltered and the refusing rather than the evacuated of four villages; then the other figures of its
     * attributes, in that order; then the rest as they came.
     */
    public static <T> List<T> ordered(EventType type, List<T> figures, Function<T, Attribute> attribute, Function<T, String> entityKey) {
        List<Attribute> leading = of(type);
        List<T> byRank = figures.stream()
                .sorted(Comparator.<T>comparingInt(f -> rank(leading, attribute.apply(f)))
                        .thenComparingInt(f -> leading.contains(attribute.apply(f)) && preferred(attribute.apply(f), entityKey.apply(f)) ? 0 : 1))
                .toList();
        List<T> out = new ArrayList<>();
        Set<Attribute> shown = EnumSet.noneOf(Attribute.class);
        for (T f : byRank) {
            if (leading.contains(attribute.apply(f)) && shown.add(attribute.apply(f))) {
                out.add(f);
            }
        }
        byRank.stream().filter(f -> !out.contains(f)).forEach(out::add);
        return out;
    }

    /**
     * Every figure of a card, grouped by what it measures: for an incident ({@code type}) the attributes of its kind in
     * {@link #of} order, then the others — and for an object ({@code type} null) all — in {@link #READING} order (the
     * dead and injured, the evacuated, the water level, …, states last); within one attribute a gauge's level or a
     * district's total first, then by place name. The same figures always come in the same order, whatever order they
     * were reported in.
     */
    public static <T> List<T> grouped(EventType type, List<T> figures, Function<T, Attribute> attribute, Function<T, String> entityKey,
                                      Function<T, String> entityName) {
        List<Attribute> leading = type == null ? List.of() : of(type);
        Collator russian = Collator.getInstance(Locale.forLanguageTag("ru"));
        return figures.stream()
                .sorted(Comparator.<T>comparingInt(f -> rankAll(leading, attribute.apply(f)))
                        .thenComparingInt(f -> preferred(attribute.apply(f), entityKey.apply(f)) ? 0 : 1)
                        .thenComparing(entityName, russian)
                        .thenComparing(entityKey))
                .toList();
    }

    /** A gauge's water level, not one a text gave a place or a region; a count of a whole district or region, its total. */
    private static boolean preferred(Attribute attribute, String entityKey) {
        return attribute == Attribute.WATER_LEVEL ? entityKey.startsWith("object:гидропост:") : AREA.matcher(entityKey).lookingAt();
    }

    private static int rank(List<Attribute> leading, Attribute a) {
        int i = leading.indexOf(a);
        return i < 0 ? leading.size() : i;
    }

    /** The attributes of the kind first, then every other in {@link #READING} order. */
    private static int rankAll(List<Attribute> leading, Attribute a) {
        int i = leading.indexOf(a);
        return i < 0 ? leading.size() + READING.indexOf(a) : i;
    }
}
