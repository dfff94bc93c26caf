package ru.sppr.chat.knowledge.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;

/**
 * The words of English as LanguageTool's English morfologik dictionary ({@code english-pos-dict}) knows them in lower
 * case: «school», «home», «leaflet» are words of it, «klyuchi», «podolsk», «tomsk» are not — a proper name it knows only
 * capitalised, if at all. Read once per process on first use; thread-safe.
 */
public final class EnglishWords {
    private static final ThreadLocal<DictionaryLookup> LOOKUPS = ThreadLocal.withInitial(() -> new DictionaryLookup(Forms.DICTIONARY));

    private EnglishWords() {
    }

    /** Whether the word, in lower case, is a form of an English word. */
    public static boolean knows(String word) {
        return !LOOKUPS.get().lookup(word.toLowerCase(Locale.ROOT)).isEmpty();
    }

    private static final class Forms {
        static final Dictionary DICTIONARY = read();

        private static Dictionary read() {
            try {
                return Dictionary.read(EnglishWords.class.getResource("/org/languagetool/resource/en/english.dict"));
            } catch (IOException e) {
                throw new UncheckedIOException("не удалось прочитать словарь английского языка (english-pos-dict)", e);
            }
        }
    }
}
