package ru.sppr.chat.intent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Hashed binary features of a message: words, word pairs, the first word, character 2–5-grams of each word
 * (which carry Russian morphology without a dictionary), a question mark and a length bucket.
 *
 * <p>A feature is named by a string such as {@code "c3:еро"} and hashed to one of {@link #DIMENSIONS} slots by
 * its {@link String#hashCode}. The hash is computed character by character without building the string: a message
 * has a few hundred character n-grams, and none of them needs to become a string.
 */
final class Features {
    static final int DIMENSIONS = 1 << 17;
    /** Hashes of the feature names' prefixes, computed once. */
    private static final int FIRST = hash(0, "first:");
    private static final int FIRST_PAIR = hash(0, "first2:");
    private static final int WORD = hash(0, "w:");
    private static final int PAIR = hash(0, "b:");
    /** {@code "cN:"} for character n-grams of length N, indexed by N (2–5). */
    private static final int[] NGRAM = {0, 0, hash(0, "c2:"), hash(0, "c3:"), hash(0, "c4:"), hash(0, "c5:")};

    private Features() {
    }

    /** The distinct feature slots of the text, in order of first appearance. */
    static int[] of(String text) {
        List<String> words = words(text);
        var slots = new Slots();
        slots.add(hash(0, "bias"));
        slots.add(hash(0, text.contains("?") ? "q:yes" : "q:no"));
        slots.add(hash(0, "len:" + Math.min(words.size(), 9) / 3));
        if (!words.isEmpty()) {
            slots.add(hash(FIRST, words.getFirst()));
            if (words.size() > 1) {
                slots.add(hash(hash(hash(FIRST_PAIR, words.get(0)), "_"), words.get(1)));
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            slots.add(hash(WORD, w));
            if (i > 0) {
                slots.add(hash(hash(hash(PAIR, words.get(i - 1)), "_"), w));
            }
            int length = w.length() + 2;
            for (int n = 2; n <= 5; n++) {
                for (int s = 0; s + n <= length; s++) {
                    int h = NGRAM[n];
                    for (int k = s; k < s + n; k++) {
                        h = 31 * h + (k == 0 || k == length - 1 ? ' ' : w.charAt(k - 1));
                    }
                    slots.add(h);
                }
            }
        }
        return slots.toArray();
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

    /** {@link String#hashCode} of {@code prefix + s}, given the hash of the prefix. */
    private static int hash(int prefixHash, String s) {
        int h = prefixHash;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    /** Distinct slots in order of first appearance. */
    private static final class Slots {
        private final BitSet seen = new BitSet(DIMENSIONS);
        private int[] list = new int[256];
        private int size;

        void add(int featureHash) {
            int slot = Math.floorMod(featureHash * 0x9E3779B1, DIMENSIONS);
            if (seen.get(slot)) {
                return;
            }
            seen.set(slot);
            if (size == list.length) {
                list = Arrays.copyOf(list, size * 2);
            }
            list[size++] = slot;
        }

        int[] toArray() {
            return Arrays.copyOf(list, size);
        }
    }
}
