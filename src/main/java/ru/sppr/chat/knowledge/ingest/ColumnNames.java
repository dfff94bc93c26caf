package ru.sppr.chat.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A table column's name as people read it. A machine name in Latin letters, {@code snake_case} or {@code camelCase}
 * («level_cm», «date_time», «change_cm_24h»), becomes Russian words with the unit after a comma, as Russian tables write
 * their headers («уровень, см», «дата и время», «изменение за 24 ч, см»). Any other name — already Russian, or with a
 * word not known here — is kept as written: half a translation would read worse than the original. Pure.
 */
final class ColumnNames {
    private static final Pattern MACHINE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern PERIOD = Pattern.compile("(\\d+)(h|d)");
    /** Names of several words that mean one thing, as words joined by «_». */
    private static final Map<String, String> PHRASES = Map.ofEntries(
            Map.entry("date_time", "дата и время"), Map.entry("observed_at", "дата и время"),
            Map.entry("danger_level", "опасная отметка"), Map.entry("adverse_level", "неблагоприятная отметка"),
            Map.entry("warning_level", "неблагоприятная отметка"), Map.entry("water_level", "уровень воды"),
            Map.entry("flooded_houses", "подтоплено домов"), Map.entry("power_off", "без электроснабжения"),
            Map.entry("wind_speed", "скорость ветра"), Map.entry("source_id", "источник"));
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("date", "дата"), Map.entry("time", "время"), Map.entry("datetime", "дата и время"),
            Map.entry("timestamp", "дата и время"), Map.entry("post", "пост"), Map.entry("gauge", "пост"),
            Map.entry("station", "станция"), Map.entry("level", "уровень"), Map.entry("change", "изменение"),
            Map.entry("delta", "изменение"), Map.entry("note", "примечание"), Map.entry("notes", "примечание"),
            Map.entry("comment", "примечание"), Map.entry("remark", "примечание"), Map.entry("name", "название"),
            Map.entry("place", "место"), Map.entry("location", "место"), Map.entry("settlement", "населённый пункт"),
            Map.entry("district", "район"), Map.entry("region", "регион"), Map.entry("address", "адрес"),
            Map.entry("object", "объект"), Map.entry("type", "вид"), Map.entry("kind", "вид"), Map.entry("status", "состояние"),
            Map.entry("state", "состояние"), Map.entry("source", "источник"), Map.entry("event", "событие"),
            Map.entry("evacuated", "эвакуировано"), Map.entry("sheltered", "в ПВР"), Map.entry("refused", "отказались"),
            Map.entry("deaths", "погибших"), Map.entry("dead", "погибших"), Map.entry("injured", "пострадавших"),
            Map.entry("missing", "пропавших без вести"), Map.entry("rescued", "спасённых"), Map.entry("people", "человек"),
            Map.entry("houses", "домов"), Map.entry("temperature", "температура"), Map.entry("temp", "температура"),
            Map.entry("precipitation", "осадки"), Map.entry("wind", "ветер"), Map.entry("speed", "скорость"),
            Map.entry("direction", "направление"), Map.entry("discharge", "расход воды"), Map.entry("ice", "лёд"),
            Map.entry("capacity", "вместимость"), Map.entry("count", "число"), Map.entry("total", "всего"),
            Map.entry("max", "наибольший"), Map.entry("min", "наименьший"), Map.entry("forecast", "прогноз"),
            Map.entry("id", "номер"), Map.entry("number", "номер"), Map.entry("phone", "телефон"),
            Map.entry("responsible", "ответственный"), Map.entry("organisation", "организация"),
            Map.entry("organization", "организация"), Map.entry("river", "река"));
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("cm", "см"), Map.entry("mm", "мм"), Map.entry("m", "м"), Map.entry("km", "км"),
            Map.entry("ms", "м/с"), Map.entry("mps", "м/с"), Map.entry("c", "°C"), Map.entry("degc", "°C"),
            Map.entry("pct", "%"), Map.entry("percent", "%"), Map.entry("kg", "кг"), Map.entry("t", "т"),
            Map.entry("m3s", "м³/с"), Map.entry("ha", "га"), Map.entry("persons", "чел."));

    private ColumnNames() {
    }

    /** «level_cm» → «уровень, см»; «Уровень воды» and «foo_cm» as they are. */
    static String readable(String column) {
        String name = column.strip();
        if (!MACHINE.matcher(name).matches()) {
            return column;
        }
        List<String> words = new ArrayList<>();
        List<String> units = new ArrayList<>();
        String period = null;
        String rest = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        for (String phrase : PHRASES.keySet()) {
            rest = rest.replace(phrase, phrase.replace('_', '\u0000'));
        }
        for (String part : rest.split("_+")) {
            String word = part.replace('\u0000', '_');
            var span = PERIOD.matcher(word);
            if (span.matches()) {
                period = "за " + span.group(1) + (span.group(2).equals("h") ? " ч" : " сут.");
            } else if (PHRASES.containsKey(word) || WORDS.containsKey(word)) {
                words.add(PHRASES.getOrDefault(word, WORDS.get(word)));
            } else if (UNITS.containsKey(word) && !words.isEmpty()) {
                units.add(UNITS.get(word));
            } else if (!word.isEmpty()) {
                return column;
            }
        }
        if (words.isEmpty()) {
            return column;
        }
        return String.join(" ", words) + (period == null ? "" : " " + period) + (units.isEmpty() ? "" : ", " + String.join(" ", units));
    }
}
