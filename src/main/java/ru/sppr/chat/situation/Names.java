package ru.sppr.chat.situation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keys and display forms of names in any case: «Нижних Ключах» and «Нижние Ключи» have the key «нижний ключ»; the
 * display form is the nominative when the dictionary knows the words («Москве» → «Москва»), else the text as written.
 */
final class Names {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+(?:-[\\p{L}\\d]+)*");
    private final Morphology morphology;

    Names(Morphology morphology) {
        this.morphology = morphology;
    }

    /** The lemma key of a name: each word's lemma (adjectives before the last word as adjectives), space-joined. */
    String key(String phrase) {
        List<String> words = words(phrase);
        var key = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(lemma(words.get(i), i < words.size() - 1));
        }
        return key.toString();
    }

    /** Every key the phrase may have when its words have several readings (at most a few). */
    List<String> keys(String phrase) {
        List<String> words = words(phrase);
        List<String> keys = new ArrayList<>(List.of(""));
        for (String word : words) {
            List<String> lemmas = morphology.lemmas(word);
            List<String> next = new ArrayList<>();
            for (String prefix : keys) {
                for (String lemma : lemmas.subList(0, Math.min(3, lemmas.size()))) {
                    next.add(prefix.isEmpty() ? lemma : prefix + " " + lemma);
                }
            }
            keys = next.subList(0, Math.min(8, next.size()));
        }
        String main = key(phrase);
        keys.remove(main);
        keys.addFirst(main);
        return keys;
    }

    /** How to show the name: each word in the nominative where the dictionary gives it, capitalised like the original. */
    String display(String phrase) {
        List<String> words = words(phrase);
        String result = phrase.strip().replaceAll("\\s+", " ");
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean adjective = i < words.size() - 1 && morphology.readings(word).stream().anyMatch(Morphology.Reading::adjective);
            String nominative = morphology.nominative(word, adjective);
            result = result.replaceFirst(Pattern.quote(word), Matcher.quoteReplacement(capitalise(nominative, word)));
        }
        return result;
    }

    private String lemma(String word, boolean beforeLast) {
        var readings = morphology.readings(word);
        if (readings.isEmpty()) {
            return Keys.of(word);
        }
        if (beforeLast) {
            for (var r : readings) {
                if (r.adjective()) {
                    return Keys.of(r.lemma());
                }
            }
        }
        return morphology.nounLemma(word);
    }

    static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(phrase);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    static String capitalise(String lemma, String like) {
        if (lemma.isEmpty() || like.isEmpty() || !Character.isUpperCase(like.charAt(0))) {
            return lemma;
        }
        var out = new StringBuilder(lemma.length());
        boolean upper = true;
        for (char c : lemma.toCharArray()) {
            out.append(upper ? Character.toUpperCase(c) : c);
            upper = c == '-' || c == ' ';
        }
        String result = out.toString();
        return like.equals(like.toUpperCase(Locale.ROOT)) && like.length() > 1 ? result.toUpperCase(Locale.ROOT) : result;
    }
}
