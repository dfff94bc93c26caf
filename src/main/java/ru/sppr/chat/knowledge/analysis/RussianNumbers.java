package ru.sppr.chat.knowledge.analysis;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Russian numbers written in words, in the forms counts take («двое», «трёх», «четверо», «пятидесяти»): one table for
 * every reader of figures — the observations of the situation model and the counts and hours of answers.
 */
public final class RussianNumbers {
    /** The words with their values, lower case, «ё» written «е». */
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("один", 1), Map.entry("одна", 1), Map.entry("одного", 1),
            Map.entry("два", 2), Map.entry("две", 2), Map.entry("двух", 2), Map.entry("двое", 2), Map.entry("двоих", 2),
            Map.entry("три", 3), Map.entry("трех", 3), Map.entry("трое", 3), Map.entry("троих", 3), Map.entry("четыре", 4),
            Map.entry("четверо", 4), Map.entry("четверых", 4), Map.entry("пять", 5), Map.entry("пятеро", 5), Map.entry("пятерых", 5),
            Map.entry("шесть", 6), Map.entry("шестеро", 6), Map.entry("семь", 7), Map.entry("семеро", 7), Map.entry("восемь", 8),
            Map.entry("восьмеро", 8), Map.entry("девять", 9), Map.entry("девятеро", 9), Map.entry("десять", 10), Map.entry("десятеро", 10),
            Map.entry("четырех", 4), Map.entry("пяти", 5), Map.entry("шести", 6), Map.entry("семи", 7), Map.entry("восьми", 8),
            Map.entry("девяти", 9), Map.entry("десяти", 10), Map.entry("одиннадцать", 11), Map.entry("одиннадцати", 11),
            Map.entry("двенадцать", 12), Map.entry("двенадцати", 12), Map.entry("тринадцать", 13), Map.entry("тринадцати", 13),
            Map.entry("четырнадцать", 14), Map.entry("четырнадцати", 14), Map.entry("пятнадцать", 15), Map.entry("пятнадцати", 15),
            Map.entry("шестнадцать", 16), Map.entry("шестнадцати", 16), Map.entry("семнадцать", 17), Map.entry("семнадцати", 17),
            Map.entry("восемнадцать", 18), Map.entry("восемнадцати", 18), Map.entry("девятнадцать", 19), Map.entry("девятнадцати", 19),
            Map.entry("двадцать", 20), Map.entry("двадцати", 20), Map.entry("тридцать", 30), Map.entry("тридцати", 30),
            Map.entry("сорок", 40), Map.entry("сорока", 40), Map.entry("пятьдесят", 50), Map.entry("пятидесяти", 50));

    private RussianNumbers() {
    }

    /** The value of one word in any case of letters, «трёх» as «трех»; empty when it is no number. */
    public static OptionalInt value(String word) {
        Integer value = WORDS.get(word.toLowerCase(Locale.ROOT).replace('ё', 'е'));
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /**
     * A regular-expression alternation of the words of values up to {@code most}, each «е» matching «ё» too («тр[её]х»):
     * «два|две|…|шестеро» for {@code most} 10.
     */
    public static String alternation(int most) {
        return WORDS.entrySet().stream().filter(e -> e.getValue() <= most).map(Map.Entry::getKey).sorted()
                .map(word -> word.replace("е", "[её]")).collect(Collectors.joining("|"));
    }
}
