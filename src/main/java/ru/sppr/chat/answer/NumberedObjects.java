package ru.sppr.chat.answer;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Objects people tell apart by their number — «пвр 1», «ТП-31», «ПСЧ № 58», «Ан-2»: which ones a text names, and whether a
 * sentence speaks of another one of the same kind than those asked about («ПВР № 3» when asked of «пвр 1»).
 */
public final class NumberedObjects {
    /**
     * Group 1: the kind in lower case, group 2: the number. Match it against lower-case text. An aircraft's type is its
     * maker's letters and a hyphen: «ан-2» is not «Ан-26» nor «Ан-148».
     */
    public static final Pattern NUMBERED = Pattern.compile("(?<!\\p{L})(пвр|тп|ктп|псч|сэп|(?:ан|ту|ил|як|ми|су|ка|бе)(?=-))"
            + "\\s*(?:№\\s*)?-?\\s*(\\d{1,4})(?![\\d\\p{L}])");

    private NumberedObjects() {
    }

    /** The numbers a text names, by kind. */
    public static Map<String, Set<String>> in(String text) {
        Map<String, Set<String>> found = new LinkedHashMap<>();
        Matcher m = NUMBERED.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            found.computeIfAbsent(m.group(1), k -> new LinkedHashSet<>()).add(m.group(2));
        }
        return found;
    }

    /** Whether {@code sentence} names an object of a kind asked about, but none with a number asked. */
    public static boolean aboutAnother(String sentence, Map<String, Set<String>> asked) {
        if (asked.isEmpty()) {
            return false;
        }
        Map<String, Set<String>> named = in(sentence);
        return asked.entrySet().stream().anyMatch(a -> named.containsKey(a.getKey())
                && named.get(a.getKey()).stream().noneMatch(a.getValue()::contains));
    }
}
