package ru.sppr.chat.knowledge.analysis;

/**
 * Latin letters read as Russian ones, so that a name written in Latin in a report and typed in Cyrillic by an operator
 * is one word to the index: «BMW X5» — «бмв х5», «The Carlton» — «в карлтоне», «Superjet» — «суперджета», «Yamaha» —
 * «ямахе»; a code or an abbreviation typed with a Latin letter that looks Cyrillic («пso», «38K-009») is the one in
 * Cyrillic. Reading by letters, not a dictionary: names that are not spelt as they sound («Boeing» — «боинг») stay
 * apart. Input is lower case.
 */
final class Transliteration {
    private static final String VOWELS = "aeiouy";
    /** Letter groups read as one Russian letter, longest first. */
    private static final String[][] GROUPS = {
            {"shch", "щ"}, {"sch", "ш"}, {"sh", "ш"}, {"ch", "ч"}, {"zh", "ж"}, {"kh", "х"}, {"ts", "ц"}, {"ph", "ф"},
            {"th", "т"}, {"ck", "к"}, {"qu", "кв"}, {"oo", "у"}, {"ee", "и"}, {"ya", "я"}, {"yu", "ю"}, {"yo", "е"}, {"ye", "е"}};

    private Transliteration() {
    }

    /** Whether the character is a Latin letter of the lower case. */
    static boolean latin(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** The word with its Latin letters read as Russian ones; other characters as they are. */
    static String toCyrillic(CharSequence typed) {
        String word = typed.toString();
        var out = new StringBuilder(word.length() + 2);
        int i = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            if (!latin(c)) {
                out.append(c);
                i++;
                continue;
            }
            String[] group = groupAt(word, i);
            if (group != null) {
                out.append(group[1]);
                i += group[0].length();
                continue;
            }
            char previous = i > 0 ? word.charAt(i - 1) : ' ';
            char next = i + 1 < word.length() ? word.charAt(i + 1) : ' ';
            out.append(letter(c, next, !latin(previous) && !cyrillic(previous), previous));
            i++;
        }
        return out.toString();
    }

    /** The letter group at {@code at} with its reading, or null; «y» after a vowel opens none («toyota»: «ой», not «оё»). */
    private static String[] groupAt(String word, int at) {
        boolean afterVowel = at > 0 && VOWELS.indexOf(word.charAt(at - 1)) >= 0;
        for (String[] g : GROUPS) {
            if (word.startsWith(g[0], at) && !(afterVowel && g[0].charAt(0) == 'y')) {
                return g;
            }
        }
        return null;
    }

    /** Whether the character is a Russian letter of the lower case. */
    static boolean cyrillic(char c) {
        return c >= 'а' && c <= 'я' || c == 'ё';
    }

    /**
     * One Latin letter: «c» is «с» before e, i, y; «e» opening a word «э»; «x» before a digit or alone is «х» (X5), else «кс»;
     * «y» after a vowel is «й».
     */
    private static String letter(char c, char next, boolean first, char previous) {
        return switch (c) {
            case 'a' -> "а";
            case 'b' -> "б";
            case 'c' -> next == 'e' || next == 'i' || next == 'y' ? "с" : "к";
            case 'd' -> "д";
            case 'e' -> first ? "э" : "е";
            case 'f' -> "ф";
            case 'g' -> "г";
            case 'h' -> "х";
            case 'i' -> "и";
            case 'j' -> "дж";
            case 'k', 'q' -> "к";
            case 'l' -> "л";
            case 'm' -> "м";
            case 'n' -> "н";
            case 'o' -> "о";
            case 'p' -> "п";
            case 'r' -> "р";
            case 's' -> "с";
            case 't' -> "т";
            case 'u' -> "у";
            case 'v', 'w' -> "в";
            case 'x' -> Character.isDigit(next) || first && !Character.isLetter(next) ? "х" : "кс";
            case 'y' -> VOWELS.indexOf(previous) >= 0 ? "й" : "и";
            case 'z' -> "з";
            default -> String.valueOf(c);
        };
    }
}
