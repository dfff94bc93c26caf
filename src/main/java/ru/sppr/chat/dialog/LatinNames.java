package ru.sppr.chat.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.sppr.chat.knowledge.analysis.EnglishWords;

/**
 * Russian names written in Latin letters in an English question («the water level at Verkhny Bor», «the lugovoye
 * gauge») put back into Cyrillic, so that the places and objects of the base are found by them: the base and its
 * situation model know «Верхний Бор» and «ГП Луговое», never «Verkhny Bor». Names are the words after «at», «in», «near»
 * … that are not English words of a question; a gauge, bridge, dam or shelter next to one is named as reports name it.
 */
final class LatinNames {
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*");
    private static final Set<String> BEFORE_NAME = Set.of("at", "in", "near", "of", "from", "to", "on", "for", "around", "by");
    /** English words a question about a situation is made of: never a name. */
    private static final Set<String> ENGLISH = Set.of("the", "a", "an", "now", "right", "today", "yesterday", "tonight",
            "this", "that", "these", "those", "morning", "evening", "night", "day", "week", "month", "year", "hour", "hours",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "region", "district", "city", "village", "town", "river", "gauge", "bridge", "dam", "levee",
            "shelter", "road", "highway", "street", "crash", "fire", "explosion", "blast", "collapse", "flood", "flooding",
            "building", "house", "houses", "bus", "overpass", "construction", "site", "station", "plant", "warehouse", "gas",
            "cylinder", "and", "or", "what", "how", "many", "much", "is", "was", "were", "are", "there", "any", "reports",
            "report", "news", "situation", "level", "water", "people", "evacuated", "injured", "dead", "died", "killed",
            "total", "latest", "current", "currently", "summary", "short", "brief", "please", "it", "its", "their", "our",
            "with", "about", "after", "before", "since", "until", "as", "all", "last", "first", "official", "data", "source",
            "sources", "long", "built", "open", "closed", "state", "status", "who", "why", "when", "where", "which", "whose",
            "shelters", "gauges", "bridges", "roads", "dams", "fires", "homes", "levels", "power", "outage", "outages", "temporary",
            "accommodation", "centre", "center", "cause", "happened", "timeline", "missing", "hospitalized", "hospitalised",
            "board", "aboard", "plane", "aircraft", "flight", "crew", "pilot", "pilots", "passenger", "passengers", "employee",
            "employees", "workers", "train", "ship", "boat", "car", "cars", "vehicles", "reported", "said", "says", "told",
            "according", "duty", "shift", "handover", "fault", "scene", "area", "glossary", "term", "terms", "mean", "means",
            "meaning", "definition", "difference", "between", "usually", "set", "up", "local", "residents", "hit", "cargo");
    /** «evacuation», «equipment», «handed», «supplies»: endings of English words, not of Russian names in Latin letters. */
    private static final Pattern ENGLISH_ENDING = Pattern.compile("\\p{L}{3}(?:tion|sion|ment|ness|ity|ance|ence|ies|ed|ful|less)$");
    private static final Map<String, String> OBJECTS = Map.of("gauge", "ГП", "bridge", "мост у", "dam", "дамба у",
            "levee", "дамба у", "shelter", "ПВР");
    /** «Bolshoy Kozikhinsky Lane» → «Большой Козихинский переулок»: the type of a street after its name, as Russian writes it. */
    private static final Map<String, String> STREET_TYPES = Map.ofEntries(Map.entry("lane", "переулок"),
            Map.entry("pereulok", "переулок"), Map.entry("street", "улица"), Map.entry("ulitsa", "улица"),
            Map.entry("avenue", "проспект"), Map.entry("prospekt", "проспект"), Map.entry("square", "площадь"),
            Map.entry("boulevard", "бульвар"), Map.entry("embankment", "набережная"), Map.entry("highway", "шоссе"),
            Map.entry("shosse", "шоссе"));
    private static final String[][] LETTERS = {
            {"shch", "щ"}, {"kh", "х"}, {"zh", "ж"}, {"ch", "ч"}, {"sh", "ш"}, {"ts", "ц"}, {"yu", "ю"}, {"iu", "ю"}, {"ya", "я"},
            {"yo", "ё"}, {"ye", "е"}, {"iy", "ий"}, {"yy", "ый"}, {"a", "а"}, {"b", "б"}, {"v", "в"}, {"g", "г"},
            {"d", "д"}, {"e", "е"}, {"z", "з"}, {"i", "и"}, {"k", "к"}, {"l", "л"}, {"m", "м"}, {"n", "н"}, {"o", "о"},
            {"p", "п"}, {"r", "р"}, {"s", "с"}, {"t", "т"}, {"u", "у"}, {"f", "ф"}, {"h", "х"}, {"c", "к"}, {"w", "в"},
            {"x", "кс"}, {"q", "к"}, {"j", "дж"}, {"'", "ь"}};
    private static final Pattern SOFT_ADJECTIVE = Pattern.compile("((?:[кгхжшчщ]|[хжшчщд]н))ы$");
    private static final Pattern HARD_ADJECTIVE = Pattern.compile("(\\p{L}{2}[бвдзлмнпрстф])ы$");
    /** «Olkhovka», «Podolsk»: an «l» before these is «ль» (Ольховка, Подольск). */
    private static final Pattern SOFT_L = Pattern.compile("л(?=[кхцчшжн]|ск)");

    private LatinNames() {
    }

    /**
     * «According to the flood leaflet, …»: the first word of a question is capitalised for being first; when English has
     * it in lower case it is no name, and is written so — a place «According» is not asked about.
     */
    static String withFirstWordLowered(String question) {
        Matcher m = WORD.matcher(question);
        if (!m.find() || question.substring(0, m.start()).chars().anyMatch(Character::isLetterOrDigit)) {
            return question;
        }
        String first = m.group();
        return Character.isUpperCase(first.charAt(0)) && EnglishWords.knows(first)
                ? question.substring(0, m.start()) + first.toLowerCase(Locale.ROOT) + question.substring(m.end()) : question;
    }

    /** The question followed by its Latin names in Cyrillic («… at Verkhny Bor now (в Верхний Бор)»), or as it is. */
    static String withCyrillic(String question) {
        List<String> names = names(question);
        return names.isEmpty() ? question : question + " (" + String.join("; ", names) + ")";
    }

    static List<String> names(String question) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(question);
        while (m.find()) {
            words.add(m.group());
        }
        // a question that capitalises a word past its first capitalises its names: «step by step» is none; in one that
        // capitalises nothing, a word English has («at school number 2») is none, though so is a name like «perm»
        boolean capitalised = words.stream().skip(1).anyMatch(w -> Character.isUpperCase(w.charAt(0)));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!BEFORE_NAME.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                continue;
            }
            int start = i + 1;
            if (start < words.size() && words.get(start).equalsIgnoreCase("the")) {
                start++;
            }
            int end = start;
            while (end < words.size() && end - start < 3 && isName(words.get(end))
                    && (capitalised ? Character.isUpperCase(words.get(end).charAt(0)) : !EnglishWords.knows(words.get(end)))) {
                end++;
            }
            if (end == start) {
                continue;
            }
            String name = adjectivesAgreed(cyrillic(String.join(" ", words.subList(start, end))));
            String next = end < words.size() ? words.get(end).toLowerCase(Locale.ROOT) : "";
            String object = OBJECTS.get(next);
            String before = start >= 2 ? OBJECTS.get(words.get(start - 2).toLowerCase(Locale.ROOT)) : null;
            String kind = object != null ? object : before;
            String street = STREET_TYPES.get(next);
            // before a street type the name's last word is an adjective too («Kozikhinsky Lane» → «Козихинский переулок»)
            names.add(street != null ? "в " + adjectivesAgreed(cyrillic(String.join(" ", words.subList(start, end))) + " " + street)
                    : kind == null ? "в " + name : kind + " " + name);
            i = end - 1;
        }
        return names;
    }

    private static boolean isName(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return word.length() >= 3 && !ENGLISH.contains(lower) && !OBJECTS.containsKey(lower) && !STREET_TYPES.containsKey(lower)
                && !ENGLISH_ENDING.matcher(lower).find() && !LatinBrands.isMake(word);
    }

    /** BGN/PCGN romanisation read back: «Klyuchi» → «Ключи», «Olkhovka» → «Ольховка», «Syktyvkar» → «Сыктывкар». */
    static String cyrillic(String latin) {
        String lower = latin.toLowerCase(Locale.ROOT);
        var out = new StringBuilder();
        int i = 0;
        while (i < lower.length()) {
            char c = lower.charAt(i);
            String[] letter = match(lower, i);
            boolean softEnd = lower.startsWith("ye", i) && (i + 2 == lower.length() || lower.charAt(i + 2) == ' ')
                    && i > 0 && "aeiouy ".indexOf(lower.charAt(i - 1)) < 0;
            if (softEnd) {
                // «Zarechye»: «-ye» after a consonant at a word's end is «-ье» (Заречье), after a vowel «-е» (Луговое)
                out.append("ье");
                i += 2;
            } else if (letter == null) {
                boolean afterVowel = i > 0 && "aeiouy".indexOf(lower.charAt(i - 1)) >= 0;
                out.append(c != 'y' ? String.valueOf(c) : afterVowel ? "й" : "ы");
                i++;
            } else {
                out.append(letter[1]);
                i += letter[0].length();
            }
        }
        String word = SOFT_L.matcher(out).replaceAll("ль");
        var capitalised = new StringBuilder();
        for (String part : word.split(" ")) {
            capitalised.append(capitalised.isEmpty() ? "" : " ")
                    .append(part.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return capitalised.toString();
    }

    /**
     * «Verkhny Bor», «Krasny Kut», «Vysoky Most»: a name's leading adjective written with a bare «y» ends in «-ий» after
     * к, г, х, ж, ш, ч, щ and in «хн», «жн», «шн», «дн» (Верхний, Нижний, Средний, Высокий), else in «-ый» (Красный);
     * the last word keeps its «ы» (Чебоксары).
     */
    static String adjectivesAgreed(String name) {
        String[] words = name.split(" ");
        for (int w = 0; w < words.length - 1; w++) {
            words[w] = SOFT_ADJECTIVE.matcher(words[w]).replaceFirst("$1ий");
            words[w] = HARD_ADJECTIVE.matcher(words[w]).replaceFirst("$1ый");
        }
        return String.join(" ", words);
    }

    private static String[] match(String text, int at) {
        for (String[] letter : LETTERS) {
            if (text.startsWith(letter[0], at)) {
                return letter;
            }
        }
        return null;
    }
}
