package ru.sppr.chat.dialog;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Large numbers typed without a space («3000 мешков») written as reports group their digits («3 000 мешков»), added to
 * the question: the index reads «3 000» as two words, and «3000» would match neither.
 */
final class GroupedNumbers {
    /** 1000 to 999999 typed as one run of digits, not a year-like or time-like part of something longer. */
    private static final Pattern UNGROUPED = Pattern.compile("(?<![\\d.,:/-])(\\d{1,3})(\\d{3})(?![\\d.,:/-]\\d)");

    private GroupedNumbers() {
    }

    /** The question followed by its large numbers with their digits grouped («… 3000 … (3 000)»), or as it is. */
    static String withGroups(String question) {
        Set<String> grouped = new LinkedHashSet<>();
        var m = UNGROUPED.matcher(question);
        while (m.find()) {
            if (!isYear(m.group())) {
                grouped.add(m.group(1) + " " + m.group(2));
            }
        }
        return grouped.isEmpty() ? question : question + " (" + String.join("; ", grouped) + ")";
    }

    private static boolean isYear(String number) {
        int value = Integer.parseInt(number);
        return number.length() == 4 && value >= 1900 && value <= 2100;
    }
}
