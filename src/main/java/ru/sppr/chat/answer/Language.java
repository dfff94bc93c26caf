package ru.sppr.chat.answer;

/** The language to answer in: the question's (Russian unless it is written in Latin letters). */
public enum Language {
    RU, EN;

    public static Language of(String text) {
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c >= 'а' && c <= 'я' || c == 'ё') {
                cyrillic++;
            } else if (c >= 'a' && c <= 'z') {
                latin++;
            }
        }
        return latin > cyrillic ? EN : RU;
    }

    String pick(String russian, String english) {
        return this == RU ? russian : english;
    }
}
