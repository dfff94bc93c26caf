package ru.sppr.chat.dialog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import morfologik.stemming.DictionaryLookup;
import ru.sppr.chat.knowledge.analysis.RussianDictionaries;

/**
 * Words typed in a hurry with one letter wrong, missing, extra or two swapped («комисии», «площать», «хронолгия»,
 * «вобще»), mended to the word the knowledge base and the dictionary both know. Without it such a word matches no
 * fragment, so it weighs the most of the question and every sentence looks unrelated. Only a word that neither the
 * dictionary nor the base knows is mended, and only when one change after its first letter makes a word both know (people
 * rarely mistype the first letter: «вобще» is not «обще»); a word typed with a capital (a name the operator spells
 * deliberately) stays as typed.
 */
final class Typos {
    /** Lower-case Cyrillic words of four letters or more: shorter ones have too many neighbours to guess from. */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}-])[а-яё]{4,}(?![\\p{L}\\p{N}-])");
    private static final String LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";

    private Typos() {
    }

    /**
     * The text with each misspelt word replaced by the word one change away that the dictionary knows and that the most
     * fragments contain ({@code fragmentsWith}: how many fragments the reader may see have the word; 0 when none).
     */
    static String mended(String text, ToIntFunction<String> fragmentsWith) {
        Matcher m = WORD.matcher(text);
        DictionaryLookup dictionary = null;
        var out = new StringBuilder();
        while (m.find()) {
            String word = m.group();
            if (dictionary == null) {
                dictionary = new DictionaryLookup(RussianDictionaries.forms());
            }
            String mended = known(word, dictionary) || fragmentsWith.applyAsInt(word) > 0 ? word
                    : mendedWord(word, dictionary, fragmentsWith);
            m.appendReplacement(out, Matcher.quoteReplacement(mended));
        }
        return m.appendTail(out).toString();
    }

    private static String mendedWord(String word, DictionaryLookup dictionary, ToIntFunction<String> fragmentsWith) {
        String best = word;
        int most = 0;
        for (String candidate : oneChangeFrom(word)) {
            if (known(candidate, dictionary)) {
                int fragments = fragmentsWith.applyAsInt(candidate);
                if (fragments > most) {
                    best = candidate;
                    most = fragments;
                }
            }
        }
        return best;
    }

    private static boolean known(String word, DictionaryLookup dictionary) {
        return !dictionary.lookup(word).isEmpty();
    }

    /**
     * Every word one letter deleted, swapped with the next, replaced or inserted away (Damerau–Levenshtein distance 1),
     * the first letter kept.
     */
    static Set<String> oneChangeFrom(String word) {
        Set<String> words = new LinkedHashSet<>();
        for (int i = 1; i < word.length(); i++) {
            words.add(word.substring(0, i) + word.substring(i + 1));
            if (i + 1 < word.length()) {
                words.add(word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2));
            }
        }
        List<String> replacedOrInserted = new ArrayList<>();
        for (int i = 1; i <= word.length(); i++) {
            for (char c : LETTERS.toCharArray()) {
                if (i < word.length() && c != word.charAt(i)) {
                    replacedOrInserted.add(word.substring(0, i) + c + word.substring(i + 1));
                }
                replacedOrInserted.add(word.substring(0, i) + c + word.substring(i));
            }
        }
        words.addAll(replacedOrInserted);
        words.remove(word);
        return words;
    }
}
