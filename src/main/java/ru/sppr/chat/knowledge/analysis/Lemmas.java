package ru.sppr.chat.knowledge.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Lemmas from LanguageTool's Russian morfologik dictionary ({@link RussianDictionaries#forms}) — an imperfective verb's
 * also its perfective partner ({@link AspectPairs}: «отключать» reads as «отключить» too) — with lookups cached
 * across threads: word frequencies are Zipfian, so the cache makes lemmatisation several times cheaper than a
 * dictionary walk per token. Thread-safe; a lookup itself is not, so each filter takes its own ({@link #lookup()}).
 */
final class Lemmas {
    private static final int CACHE_LIMIT = 300_000;

    private final Dictionary dictionary = RussianDictionaries.forms();
    private final Map<String, String[]> cache = new ConcurrentHashMap<>(1 << 19);

    DictionaryLookup lookup() {
        return new DictionaryLookup(dictionary);
    }

    /** The word's lemmas, one per dictionary reading (the word itself if the dictionary does not know it). */
    String[] of(String word, DictionaryLookup lookup) {
        String[] lemmas = cache.get(word);
        if (lemmas == null) {
            lemmas = lemmasOf(word, lookup);
            if (cache.size() < CACHE_LIMIT) {
                cache.put(word, lemmas);
            }
        }
        return lemmas;
    }

    private static String[] lemmasOf(String word, DictionaryLookup lookup) {
        List<String> lemmas = new ArrayList<>(2);
        for (WordData data : lookup.lookup(word)) {
            CharSequence stem = data.getStem();
            if (stem != null && stem.length() > 0) {
                String lemma = stem.toString().toLowerCase(Locale.ROOT);
                lemmas.add(lemma);
            }
        }
        if (lemmas.isEmpty() && word.indexOf('ё') >= 0) {
            return lemmasOf(word.replace('ё', 'е'), lookup);
        }
        for (int i = 0, read = lemmas.size(); i < read; i++) {
            AspectPairs.perfectiveOf(lemmas.get(i), lookup).filter(p -> !lemmas.contains(p)).ifPresent(lemmas::add);
        }
        return lemmas.isEmpty() ? new String[] {word} : lemmas.toArray(String[]::new);
    }
}
