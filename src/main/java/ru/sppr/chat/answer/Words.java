package ru.sppr.chat.answer;

import java.util.regex.Pattern;

/**
 * How long an answer is, in words: whitespace-separated tokens with a letter or a digit in them. Citation marks
 * ({@code [3]}) and dashes are not words. The composer's length budget and {@code eval answers} count alike.
 */
public final class Words {
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern MARK = Pattern.compile("\\[\\d+][.,;:]?");

    private Words() {
    }

    public static int count(String text) {
        int words = 0;
        for (String token : SPACE.split(text.strip())) {
            if (!MARK.matcher(token).matches() && token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words++;
            }
        }
        return words;
    }
}
