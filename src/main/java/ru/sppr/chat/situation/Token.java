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
            String gap = text.substring(previousEnd, m.start());
            boolean start = tokens.isEmpty() || gap.matches("(?s).*[.!?\\n:;«\"—–]\\s*.*") && !gap.matches("(?s)\\s*[.]\\s*")
                    || gap.contains("\n") || gap.matches("(?s).*[!?]\\s*") || endsSentence(tokens, gap);
            tokens.add(new Token(m.group(), m.start(), m.end(), start));
            previousEnd = m.end();
        }
        return tokens;
    }

    /** «. » after a word of more than two letters ends a sentence; after «г», «с», «ул» it is an abbreviation. */
    private static boolean endsSentence(List<Token> tokens, String gap) {
        if (!gap.matches("\\.\\s+") || tokens.isEmpty()) {
            return false;
        }
        String last = tokens.getLast().text();
        return last.length() > 3 || Character.isDigit(last.charAt(0));
    }
}
