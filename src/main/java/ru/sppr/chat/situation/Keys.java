package ru.sppr.chat.situation;

import java.util.Locale;

/** Keys that compare Russian names regardless of case, «ё» and spacing. */
final class Keys {
    private Keys() {
    }

    static String of(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[\\s\u00a0]+", " ").strip();
    }
}
