package ru.sppr.chat.situation;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A dated figure or state of an entity, as one sentence (or table row) of a fragment states it: «эвакуировано 327
 * человек», «уровень 691 см», «мост закрыт с 16:00». {@code value} for figures, {@code state} for states;
 * {@code observedAt} is the time the text gives, else the report's own time; {@code correction} marks a value the text
 * says corrects an earlier one («по уточнённым данным»).
 */
public record Observation(String entityKey, String entityName, Attribute attribute, Double value, String state, String unit,
                          Qualifier qualifier, Instant observedAt, boolean correction, int start, int end) {
    public Observation {
        Objects.requireNonNull(entityKey, "entityKey");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(qualifier, "qualifier");
        if ((value == null) == (state == null)) {
            throw new IllegalArgumentException("an observation has either a value or a state");
        }
    }

    /** How exact the figure is. */
    public enum Qualifier {
        EXACT, AT_LEAST, MORE_THAN, APPROX, UP_TO;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The value as people write it: «327 человек», «691 см», «закрыт». */
    public String shown() {
        if (state != null) {
            return state;
        }
        String number = value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value).replace('.', ',');
        String prefix = switch (qualifier) {
            case AT_LEAST -> "не менее ";
            case MORE_THAN -> "более ";
            case APPROX -> "около ";
            case UP_TO -> "до ";
            case EXACT -> "";
        };
        return prefix + number + (unit == null || unit.isEmpty() ? "" : " " + agreed(unit, value, qualifier != Qualifier.EXACT));
    }

    /**
     * «1 дом», «3 дома», «52 домов» → the unit in the form the number asks for; after «не менее», «около», «до» the number
     * is in the genitive, and so is the unit: «не менее 3 человек», «более 21 человека».
     */
    private static String agreed(String unit, double value, boolean genitive) {
        if (value != Math.rint(value)) {
            return unit;
        }
        long n = (long) value;
        if (genitive) {
            boolean one = n % 10 == 1 && n % 100 != 11;
            return switch (unit) {
                case "человек" -> one ? "человека" : "человек";
                case "домов" -> one ? "дома" : "домов";
                case "жилых домов" -> one ? "жилого дома" : "жилых домов";
                case "участков" -> one ? "участка" : "участков";
                case "приусадебных участков" -> one ? "приусадебного участка" : "приусадебных участков";
                case "абонентов" -> one ? "абонента" : "абонентов";
                case "населённых пунктов" -> one ? "населённого пункта" : "населённых пунктов";
                case "единиц техники" -> one ? "единицы техники" : "единиц техники";
                case "плавсредств" -> one ? "плавсредства" : "плавсредств";
                default -> unit;
            };
        }
        return switch (unit) {
            case "человек" -> Plural.of(n, "человек", "человека", "человек");
            case "домов" -> Plural.of(n, "дом", "дома", "домов");
            case "жилых домов" -> Plural.of(n, "жилой дом", "жилых дома", "жилых домов");
            case "участков" -> Plural.of(n, "участок", "участка", "участков");
            case "приусадебных участков" -> Plural.of(n, "приусадебный участок", "приусадебных участка", "приусадебных участков");
            case "абонентов" -> Plural.of(n, "абонент", "абонента", "абонентов");
            case "населённых пунктов" -> Plural.of(n, "населённый пункт", "населённых пункта", "населённых пунктов");
            case "единиц техники" -> Plural.of(n, "единица техники", "единицы техники", "единиц техники");
            case "плавсредств" -> Plural.of(n, "плавсредство", "плавсредства", "плавсредств");
            default -> unit;
        };
    }
}
