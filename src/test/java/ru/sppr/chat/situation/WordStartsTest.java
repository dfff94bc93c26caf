package ru.sppr.chat.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordStartsTest {
    private static final List<String> TEXTS = List.of(
            "В течение трёх часов горел склад; к 14:00 (2006) пожар потушен, через полтора часа открыли мост.",
            "за последние сутки эвакуировано 327 человек, в 2009 году — 12, Олимпиада-2016 прошла",
            "МЧС России и ГУ МВД сообщили: ГИБДД перекрыла трассу М-4 «Дон» на 5 км, ЕДДС работает.",
            "а", "", "  ", "14", "Ключи,Заречье;Ольховка");
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?<![\\p{L}\\d])(?:в течение|через|за)\\s+\\p{L}+\\s+(?:часов|часа|суток)"),
            Pattern.compile("(?<=\\()(?:1\\d|20)\\d\\d(?=\\))|(?<=\\p{L}-)(?:19|20)\\d\\d"),
            Pattern.compile("(?:ГУ\\s+)?(?:МЧС|МВД|ГИБДД|ЕДДС)(?:\\s+России)?"),
            Pattern.compile("\\d+"),
            Pattern.compile("(?<!\\p{L})[А-ЯЁ][а-яё]+"),
            Pattern.compile("полтора\\s+часа|сутки"));

    @Test
    void should_find_what_find_finds_at_word_starts_whatever_patterns_ran_before_on_the_text() {
        for (String text : TEXTS) {
            for (Pattern pattern : PATTERNS) {
                assertThat(spans(WordStarts.matches(pattern, text))).as(pattern + " in «" + text + "»")
                        .isEqualTo(atWordStarts(pattern, text));
            }
        }
    }

    @Test
    void should_find_the_same_in_a_text_equal_to_but_not_the_same_as_the_one_before() {
        Pattern numbers = Pattern.compile("\\d+");
        String first = new String("в 14:00 и в 15:30".toCharArray());
        String second = new String("в 14:00 и в 15:30".toCharArray());
        assertThat(spans(WordStarts.matches(numbers, first))).isEqualTo(spans(WordStarts.matches(numbers, second)))
                .containsExactly("2-4", "5-7", "12-14", "15-17");
        assertThat(spans(WordStarts.matches(numbers, "в 9"))).containsExactly("2-3");
    }

    /** The reference: find() from every word start, skipping starts inside the match before. */
    private static List<String> atWordStarts(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int after = 0;
        for (int i = 0; i < text.length(); i++) {
            boolean start = Character.isLetterOrDigit(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (start && i >= after) {
                m.region(i, text.length());
                if (m.lookingAt() && m.end() > i) {
                    out.add(m.start() + "-" + m.end());
                    after = m.end();
                }
            }
        }
        return out;
    }

    private static List<String> spans(List<java.util.regex.MatchResult> matches) {
        return matches.stream().map(m -> m.start() + "-" + m.end()).toList();
    }
}
