package ru.sppr.chat.answer;

/**
 * How long an answer is, in words: whitespace-separated tokens with a letter or a digit in them. Citation marks
 * ({@code [3]}, also followed by a punctuation mark) and dashes are not words. The composer's length budget and
 * {@code eval answers} count alike.
 */
public final class Words {
    private Words() {
    }

    public static int count(String text) {
        int words = 0;
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start && isWord(text, start, i)) {
                words++;
            }
        }
        return words;
    }

    private static boolean isWord(String text, int start, int end) {
        boolean letterOrDigit = false;
        for (int i = start; i < end; i++) {
            letterOrDigit |= Character.isLetterOrDigit(text.charAt(i));
        }
        return letterOrDigit && !isMark(text, start, end);
    }

    /** {@code [12]}, optionally followed by one of {@code .,;:}. */
    private static boolean isMark(String text, int start, int end) {
        if (end - start > 1 && ".,;:".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end - start < 3 || text.charAt(start) != '[' || text.charAt(end - 1) != ']') {
            return false;
        }
        for (int i = start + 1; i < end - 1; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
