package ru.sppr.chat.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FeaturesTest {
    /** The features as named strings, hashed afterwards: what {@link Features#of} computes without the strings. */
    private static int[] byName(String text) {
        List<String> words = Features.words(text);
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
        return features.stream().mapToInt(f -> Math.floorMod(f.hashCode() * 0x9E3779B1, Features.DIMENSIONS)).distinct().toArray();
    }

    @Test
    void should_give_the_slots_of_the_named_features_in_order_of_first_appearance() {
        for (String text : List.of("", "?", "Привет! Что ты умеешь?", "Какие документы есть по аварии на водоводе?",
                "What does EDDS stand for?", "Ёлки ёлки ёлки", "а б в г д е ж з и к л м н о п р с т у ф х ц ч ш щ",
                "Уровень воды у моста Ключи поднялся до 410 см, паводок ожидается 12 апреля; ".repeat(12),
                String.join(" ", IntStream.range(0, 300).mapToObj(i -> "слово" + i).toList()))) {
            assertThat(Features.of(text)).as(text).containsExactly(byName(text));
        }
    }
}
