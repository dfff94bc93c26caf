package ru.sppr.chat.intent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Hashed binary features of a message: words, word pairs, the first word, character 2–5-grams of each word
 * (which carry Russian morphology without a dictionary), a question mark and a length bucket.
 */
final class Features {
    static final int DIMENSIONS = 1 << 17;

    private Features() {
    }

    static int[] of(String text) {
        List<String> words = words(text);
        Set<String> features = new LinkedHashSet<>();
        features.add("bias");
        features.add(text.contains("?") ? "q:yes" : "q:no");
        features.add("len:" + Math.min(words.size(), 9) / 3);
        if (!words.isEmpty()) {
            features.add("first:" + words.getFirst());
            if (words.size() > 1) {
                features.add("first2:" + words.get(0) + "_" + words.get(1));
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            features.add("w:" + w);
            if (i > 0) {
                features.add("b:" + words.get(i - 1) + "_" + w);
            }
            String marked = " " + w + " ";
            for (int n = 2; n <= 5; n++) {
                for (int s = 0; s + n <= marked.length(); s++) {
                    features.add("c" + n + ":" + marked.substring(s, s + n));
                }
            }
        }
        return features.stream().mapToInt(f -> Math.floorMod(f.hashCode() * 0x9E3779B1, DIMENSIONS)).distinct().toArray();
    }

    static List<String> words(String text) {
        String normalized = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }
}
