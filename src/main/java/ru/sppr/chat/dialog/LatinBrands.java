package ru.sppr.chat.dialog;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes of aircraft, cars and news channels that Russian reports write in Latin letters («Cessna-172», «Boeing»,
 * «Land Cruiser», «SHOT») but operators type in Cyrillic («где цессна упала», «боинг в казани»): the Latin name is added
 * to the question so the reports are found by it — unless the base writes the word in Cyrillic too («Суперджет»). Without it the brand — the rarest, weightiest word of the question —
 * matches nothing, and the sentence that answers looks unrelated.
 */
final class LatinBrands {
    private static final Map<Pattern, String> BRANDS = brands(
            "цессн", "Cessna", "боинг", "Boeing", "эйрбас|аэробус|airbus", "Airbus", "суперджет", "Superjet SSJ",
            "робинсон", "Robinson", "мерседес|мерс(?!\\p{L})", "Mercedes", "тойот", "Toyota", "крузер|крузак", "Cruiser",
            "мазд", "Mazda", "танк", "Tank", "тесл", "Tesla", "хендай|хундай|хендэ", "Hyundai", "фольксваген", "Volkswagen", "бмв|бэху|бэхи", "BMW",
            "шот(?:[ауе]|ом)?(?!\\p{L})", "SHOT", "мэш|маш(?:[ауе]|ем)?(?!\\p{L})", "Mash");
    private static final Pattern WORD = Pattern.compile("(?<!\\p{L})\\p{L}+");

    private LatinBrands() {
    }

    private static Map<Pattern, String> brands(String... pairs) {
        var brands = new LinkedHashMap<Pattern, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            brands.put(Pattern.compile("^(?:" + pairs[i] + ")"), pairs[i + 1]);
        }
        return brands;
    }

    /**
     * The question followed by the Latin names of the brands it types in Cyrillic that the base does not hold as typed
     * ({@code inBase}) — «… цессна … (Cessna)» — or as it is.
     */
    static String withLatin(String question, Predicate<String> inBase) {
        Set<String> names = new LinkedHashSet<>();
        var words = WORD.matcher(question.toLowerCase(Locale.ROOT).replace('ё', 'е'));
        while (words.find()) {
            String word = words.group();
            BRANDS.forEach((prefix, name) -> {
                if (prefix.matcher(word).find() && !question.contains(name) && !inBase.test(word)) {
                    names.add(name);
                }
            });
        }
        return names.isEmpty() ? question : question + " (" + String.join(" ", names) + ")";
    }

    /** Whether a word typed in Latin letters is one of the makes («Boeing», «toyota»): a make, not a place. */
    static boolean isMake(String latinWord) {
        return BRANDS.values().stream().flatMap(name -> Stream.of(name.split(" "))).anyMatch(latinWord::equalsIgnoreCase);
    }
}
