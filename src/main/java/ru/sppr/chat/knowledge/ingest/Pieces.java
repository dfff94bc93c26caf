package ru.sppr.chat.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import ru.sppr.chat.knowledge.analysis.Sentences;

/**
 * Cuts an over-long run of text (one sentence without a break, a huge table cell) into consecutive pieces of at most
 * {@code maxWords} words and {@code maxChars} characters, at a space where there is one, so that every piece can be
 * stored, indexed and cited.
 */
final class Pieces {
    private Pieces() {
    }

    static List<String> cut(String text, int maxWords, int maxChars) {
        if (text.length() <= maxChars && Sentences.words(text) <= maxWords) {
            return List.of(text);
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = end(text, start, maxWords, maxChars);
            String piece = text.substring(start, end).strip();
            if (!piece.isEmpty()) {
                pieces.add(piece);
            }
            start = end;
        }
        return pieces;
    }

    /** Where the piece starting at {@code start} ends: after {@code maxWords} words, or at the last space in reach. */
    private static int end(String text, int start, int maxWords, int maxChars) {
        int limit = Math.min(text.length(), start + maxChars);
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < limit; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord && ++words > maxWords) {
                return i;
            }
            inWord = letter;
        }
        if (limit == text.length()) {
            return limit;
        }
        for (int i = limit; i > start + maxChars / 2; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }
}
