package ru.sppr.chat.situation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word of a text with its offsets, and whether it opens a sentence (capitals there are weak evidence of a name). */
record Token(String text, int start, int end, boolean sentenceStart) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+(?:-[\\p{L}\\d]+)*");

    boolean capitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    boolean allCaps() {
        return text.length() > 1 && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            boolean start = tokens.isEmpty() || opensSentence(text, previousEnd, m.start(), tokens.getLast());
            tokens.add(new Token(m.group(), m.start(), m.end(), start));
            previousEnd = m.end();
        }
        return tokens;
    }

    /**
     * Whether the gap between two words opens a sentence: a line break, «!», «?», «:», «;», a quote or a dash does; a
     * lone «. » does after a word of more than three letters or a number, not after «г», «с», «ул» (abbreviations).
     */
    private static boolean opensSentence(String text, int from, int to, Token previous) {
        int dots = 0;
        boolean other = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || "!?:;«\"—–".indexOf(c) >= 0) {
                return true;
            }
            if (c == '.') {
                dots++;
            } else if (!Character.isWhitespace(c)) {
                other = true;
            }
        }
        if (dots == 0) {
            return false;
        }
        if (dots > 1 || other) {
            return true;
        }
        String last = previous.text();
        return text.charAt(to - 1) != '.' && (last.length() > 3 || Character.isDigit(last.charAt(0)));
    }
}
