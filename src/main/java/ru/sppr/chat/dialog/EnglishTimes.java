package ru.sppr.chat.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and clock times of an English question in the Russian words the situation model reads: «on April 25» → «25
 * апреля», «at 8 am» / «as of 08:00» → «в 08:00», «yesterday evening» → «вчера вечером». Without them a question about a
 * day after the data ends is answered with the latest figure as if it were that day's.
 */
final class EnglishTimes {
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december)";
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![a-z])" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\d:])");
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d:])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4}))?");
    private static final Pattern CLOCK = Pattern.compile("(?<![a-z])(?:at|as of|by|since|from|until)\\s+(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?(?![\\d.])");
    private static final Pattern RELATIVE = Pattern.compile("(?<![a-z])(yesterday|today|tonight|this morning|this evening|last night)(?:\\s+(morning|evening|night))?(?![a-z])");
    private static final Map<String, String> MONTHS = Map.ofEntries(Map.entry("january", "января"), Map.entry("february", "февраля"),
            Map.entry("march", "марта"), Map.entry("april", "апреля"), Map.entry("may", "мая"), Map.entry("june", "июня"),
            Map.entry("july", "июля"), Map.entry("august", "августа"), Map.entry("september", "сентября"),
            Map.entry("october", "октября"), Map.entry("november", "ноября"), Map.entry("december", "декабря"));
    private static final Map<String, String> DAYS = Map.of("yesterday", "вчера", "today", "сегодня", "tonight", "сегодня вечером",
            "this morning", "сегодня утром", "this evening", "сегодня вечером", "last night", "вчера ночью");
    private static final Map<String, String> PARTS = Map.of("morning", "утром", "evening", "вечером", "night", "ночью");

    private EnglishTimes() {
    }

    /** The question followed by its dates and times in Russian, or as it is. */
    static String withRussian(String question) {
        List<String> glosses = glosses(question);
        return glosses.isEmpty() ? question : question + " (" + String.join("; ", glosses) + ")";
    }

    static List<String> glosses(String question) {
        String lower = question.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        Matcher m = MONTH_DAY.matcher(lower);
        while (m.find()) {
            found.add(date(m.group(2), m.group(1), m.group(3)));
        }
        m = DAY_MONTH.matcher(lower);
        while (m.find()) {
            found.add(date(m.group(1), m.group(2), m.group(3)));
        }
        m = CLOCK.matcher(lower);
        while (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (m.group(2) == null && m.group(3) == null || hour > 23 || minute > 59) {
                continue;
            }
            if (m.group(3) != null && m.group(3).startsWith("p") && hour < 12) {
                hour += 12;
            } else if (m.group(3) != null && m.group(3).startsWith("a") && hour == 12) {
                hour = 0;
            }
            found.add(String.format(Locale.ROOT, "в %02d:%02d", hour, minute));
        }
        m = RELATIVE.matcher(lower);
        while (m.find()) {
            found.add(DAYS.get(m.group(1)) + (m.group(2) == null ? "" : " " + PARTS.get(m.group(2))));
        }
        return found;
    }

    private static String date(String day, String month, String year) {
        return day + " " + MONTHS.get(month) + (year == null ? "" : " " + year + " года");
    }
}
