package ru.sppr.chat.knowledge.analysis;

import java.util.List;
import java.util.Locale;

/** Russian month names in the genitive, as dates are written («10 апреля»): one table for every reader of dates. */
public final class RussianMonths {
    private static final List<String> GENITIVE = List.of("января", "февраля", "марта", "апреля", "мая", "июня", "июля",
            "августа", "сентября", "октября", "ноября", "декабря");
    /** A regular-expression alternation of the names, lower case: «января|февраля|…|декабря». */
    public static final String ALTERNATION = String.join("|", GENITIVE);

    private RussianMonths() {
    }

    /** The month's number, 1–12, of a name in the genitive in any case of letters; 0 when it is none. */
    public static int number(String genitive) {
        return GENITIVE.indexOf(genitive.toLowerCase(Locale.ROOT)) + 1;
    }
}
