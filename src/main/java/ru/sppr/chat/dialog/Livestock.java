package ru.sppr.chat.dialog;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reports count livestock by the abbreviations of their kind and by heads («вывезено 38 голов КРС и 110 голов МРС»),
 * operators by words («скока скотины вывезли», «а мелкого рогатого?», «коров перегнали?»): the abbreviations are added
 * to the question, so the sentence that counts them is found and matched — without them it shares none of the words
 * that ask.
 */
final class Livestock {
    private static final Pattern CATTLE = Pattern.compile("(?<!\\p{L})(?:крупн\\p{L}*\\s+рогат\\p{L}*|коров\\p{L}*|бычк\\p{L}*|тел[яё]т\\p{L}*)(?!\\p{L})");
    private static final Pattern SMALL = Pattern.compile("(?<!\\p{L})(?:мелк\\p{L}*\\s+рогат\\p{L}*|овец|овц\\p{L}*|овеч\\p{L}*|коз(?:а|ы|у|ой|ел)?|баран\\p{L}*)(?!\\p{L})");
    private static final Pattern ANY = Pattern.compile("(?<!\\p{L})(?:скот\\p{L}*|скотин\\p{L}*|поголов\\p{L}*)(?!\\p{L})");
    private static final Pattern SAID = Pattern.compile("(?<!\\p{L})(?:крс|мрс)(?!\\p{L})");

    private Livestock() {
    }

    /** The question followed by the abbreviations of the livestock it names in words, if it names them so. */
    static String withAbbreviations(String question) {
        String lower = question.toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (SAID.matcher(lower).find()) {
            return question;
        }
        Set<String> added = new LinkedHashSet<>();
        boolean any = ANY.matcher(lower).find();
        if (any || CATTLE.matcher(lower).find()) {
            added.add("КРС");
        }
        if (any || SMALL.matcher(lower).find()) {
            added.add("МРС");
        }
        return added.isEmpty() ? question : question + " (" + String.join(" ", added) + ")";
    }
}
