package ru.sppr.chat.briefing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.sppr.chat.situation.SituationModel;
import ru.sppr.chat.situation.SituationStore.EntityRow;
import ru.sppr.chat.situation.SituationStore.NamedIn;
import ru.sppr.chat.user.Caller;

/**
 * «пвр в школе 2», «пвр в олимпе», «пвр в заречной школе»: a numbered object named by the building that hosts it. The
 * base writes «ПВР № 1 — МБОУ «Заречненская СОШ № 2», г. Заречье», «ПВР № 2 (ФОК «Олимп», …)»; the question is read as
 * of the one with that number («ПВР № 1 в школе 2»), so that its answer is of ПВР № 1 and not of ПВР № 2 for the «2» of
 * the school.
 */
final class HostedObjects {
    /** A kind asked with no number, then the words that say where: «пвр в школе 2 …», «пвр школы № 2». */
    private static final Pattern BARE = Pattern.compile("(?<!\\p{L})(пвр|псч|сэп)(?!\\s*(?:№\\s*)?-?\\s*\\d)(?!\\p{L})"
            + "\\s+(?:(?:в|во|на|при|у)\\s+)?([^,.;:!?—–()]{3,60})");
    /**
     * What follows an object's name in the base when it is its host: «ПВР № 2 (ФОК «Олимп», …», «ПВР № 1 — МБОУ «…»»,
     * «ПВР № 2 в ФОК «Олимп»» — a name, begun with a capital or a quote, up to a bracket, a dash or a list's comma; then
     * maybe its town («, г. Заречье»).
     */
    private static final Pattern HOST = Pattern.compile("^\\s*(?:\\(|[—–-]\\s|,\\s|\\s+в\\s+)\\s*([\\p{Lu}«\"][^,;)|(—–]{2,70}?)"
            + "(?:,\\s*((?:г|с|пос|д)\\.\\s*\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?))?\\s*(?:[,;)|(—–]|$)");
    /** A school or another numbered building: «СОШ № 2», «школе 2», «школы номер 2». */
    private static final Pattern BUILDING_NUMBER = Pattern.compile("(?<!\\p{L})(?:сош|школ\\p{L}*|гимнази\\p{L}*|лице\\p{L}*)\\s*(?:№|номер)?\\s*(\\d{1,4})(?!\\d)");
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    /** Words are compared by so many first letters: «заречной» and «Заречненская», «ключевской» and «Ключевская». */
    private static final int PREFIX = 4;
    private static final int MENTIONS = 200;

    private final SituationModel model;

    HostedObjects(SituationModel model) {
        this.model = model;
    }

    /** The question with a kind named by its host given its number: «пвр в школе 2» → «ПВР № 1 в школе 2». */
    String withNumbers(String question, Caller caller) {
        String lower = question.toLowerCase(Locale.ROOT).replace('ё', 'е');
        Matcher asked = BARE.matcher(lower);
        if (!asked.find()) {
            return question;
        }
        String kind = asked.group(1);
        Map<String, Set<String>> hosts = hosts(kind, caller);
        if (hosts.size() < 2) {
            return question;
        }
        Set<String> said = features(asked.group(2));
        Map<String, Integer> having = new HashMap<>();
        hosts.values().forEach(fs -> fs.forEach(f -> having.merge(f, 1, Integer::sum)));
        String best = null;
        double bestScore = 0;
        double second = 0;
        for (var host : hosts.entrySet()) {
            double score = host.getValue().stream().filter(said::contains).mapToDouble(f -> 1.0 / having.get(f)).sum();
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = host.getKey();
            } else if (score > second) {
                second = score;
            }
        }
        if (best == null || bestScore <= second) {
            return question;
        }
        return question.substring(0, asked.start(1)) + kind.toUpperCase(Locale.ROOT) + " № " + best + question.substring(asked.end(1));
    }

    /** The words of the hosts the base names each numbered object of the kind with, by its number. */
    private Map<String, Set<String>> hosts(String kind, Caller caller) {
        String prefix = "object:" + kind + ":";
        Map<String, Set<String>> hosts = new HashMap<>();
        for (EntityRow e : model.entities(prefix, 50, caller)) {
            String number = e.key().startsWith(prefix) ? e.key().substring(prefix.length()) : "";
            if (number.isEmpty() || !number.chars().allMatch(Character::isDigit)) {
                continue;
            }
            Set<String> features = new HashSet<>();
            for (NamedIn m : model.mentionsOf(e.key(), MENTIONS, caller)) {
                Matcher host = HOST.matcher(m.text().substring(Math.min(m.end(), m.text().length())));
                if (host.find()) {
                    features.addAll(features(host.group(1) + (host.group(2) == null ? "" : " " + host.group(2))));
                }
            }
            if (!features.isEmpty()) {
                hosts.put(number, features);
            }
        }
        return hosts;
    }

    /** A host's words by their first letters, a school as «школ», and a school's number as «№2». */
    static Set<String> features(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        Set<String> features = new HashSet<>();
        Matcher number = BUILDING_NUMBER.matcher(lower);
        while (number.find()) {
            features.add("№" + number.group(1));
        }
        Matcher word = WORD.matcher(lower.replaceAll("(?<!\\p{L})сош(?!\\p{L})", "школа"));
        List<String> words = new ArrayList<>();
        while (word.find()) {
            words.add(word.group());
        }
        words.forEach(w -> features.add(w.length() <= PREFIX ? w : w.substring(0, PREFIX)));
        return features;
    }
}
