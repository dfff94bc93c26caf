package ru.sppr.chat.knowledge.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import morfologik.stemming.Dictionary;

/**
 * LanguageTool's Russian morfologik dictionaries ({@code language-ru}), each read once per process on first use:
 * they are immutable, so every application in a JVM shares them. A {@code DictionaryLookup} over one is not
 * thread-safe; users make their own.
 */
public final class RussianDictionaries {
    private RussianDictionaries() {
    }

    /** Word forms → lemmas with their tags. */
    public static Dictionary forms() {
        return Forms.DICTIONARY;
    }

    /** Lemma and tag → word form. */
    public static Dictionary synthesis() {
        return Synthesis.DICTIONARY;
    }

    private static final class Forms {
        static final Dictionary DICTIONARY = read("russian.dict");
    }

    private static final class Synthesis {
        static final Dictionary DICTIONARY = read("russian_synth.dict");
    }

    private static Dictionary read(String name) {
        try {
            return Dictionary.read(RussianDictionaries.class.getResource("/org/languagetool/resource/ru/" + name));
        } catch (IOException e) {
            throw new UncheckedIOException("не удалось прочитать словарь русского языка (language-ru): " + name, e);
        }
    }
}
