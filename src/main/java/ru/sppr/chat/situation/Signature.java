package ru.sppr.chat.situation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * MinHash signature of a text's three-word shingles: two reports whose signatures agree in ≥ 80 % of positions are
 * the same news (a repost from another channel), not another report on the event.
 */
final class Signature {
    static final double DUPLICATE = 0.8;
    private static final int HASHES = 32;

    private Signature() {
    }

    static String of(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[^\\p{L}\\d]+");
        List<String> shingles = new ArrayList<>();
        for (int i = 0; i + 2 < words.length; i++) {
            shingles.add(words[i] + " " + words[i + 1] + " " + words[i + 2]);
        }
        if (shingles.isEmpty()) {
            shingles.add(String.join(" ", words));
        }
        return minHash(shingles);
    }

    private static String minHash(List<String> shingles) {
        if (shingles.isEmpty()) {
            shingles = List.of("");
        }
        int[] minimum = new int[HASHES];
        Arrays.fill(minimum, Integer.MAX_VALUE);
        for (String shingle : shingles) {
            int h = shingle.hashCode();
            for (int i = 0; i < HASHES; i++) {
                int mixed = mix(h ^ (0x9E3779B9 * (i + 1)));
                minimum[i] = Math.min(minimum[i], mixed);
            }
        }
        return Arrays.stream(minimum).mapToObj(Integer::toHexString).collect(Collectors.joining(","));
    }

    /** MinHash of a text's content words (first five letters of words of five or more): what the report is about. */
    static String ofWording(String text) {
        var words = new LinkedHashSet<String>();
        for (String word : text.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[^\\p{L}]+")) {
            if (word.length() >= 5) {
                words.add(word.substring(0, 5));
            }
        }
        return minHash(new ArrayList<>(words));
    }

    static double similarity(String a, String b) {
        String[] x = a.split(",");
        String[] y = b.split(",");
        if (x.length != y.length) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < x.length; i++) {
            same += x[i].equals(y[i]) ? 1 : 0;
        }
        return same / (double) x.length;
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }
}
