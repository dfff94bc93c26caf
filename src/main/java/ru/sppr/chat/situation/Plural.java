package ru.sppr.chat.situation;

/** The form of a Russian noun a count asks for: «1 изменение», «3 изменения», «7 изменений», «21 изменение». */
public final class Plural {
    private Plural() {}

    public static String of(long count, String one, String few, String many) {
        long n = Math.abs(count);
        if (n % 10 == 1 && n % 100 != 11) {
            return one;
        }
        return n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? few : many;
    }
}
