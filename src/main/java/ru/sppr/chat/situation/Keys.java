package ru.sppr.chat.situation;

import java.util.List;

/** Keys that compare Russian names regardless of case, «ё» and spacing. */
final class Keys {
    private Keys() {
    }

    static String of(String text) {
        var out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = !out.isEmpty();
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            char lower = Character.toLowerCase(c);
            out.append(lower == 'ё' ? 'е' : lower);
        }
        return out.toString();
    }

    /** The text in lower case, character for character (offsets stay valid), for case-sensitive patterns. */
    static String lower(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /** Whether the text holds one of the words as written. */
    static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
