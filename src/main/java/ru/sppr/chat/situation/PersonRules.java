package ru.sppr.chat.situation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People: «Иванов И.И.», «И.И. Иванов», and runs of capitalised words the dictionary knows as first names, surnames
 * or patronymics («Виктор Павлович Громов», «Громова»).
 */
final class PersonRules {
    private static final Pattern INITIALS = Pattern.compile(
            "(?<![\\p{L}])(?:([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\\s+([А-ЯЁ])\\.\\s?(?:([А-ЯЁ])\\.)?|([А-ЯЁ])\\.\\s?(?:([А-ЯЁ])\\.\\s?)?([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?))",
            Pattern.UNICODE_CASE);

    /** A lone «Заречная», «Ключевская», «Набережная»: in reports a street or a place far more often than a person. */
    private static final Pattern ADJECTIVE_LIKE = Pattern.compile("(?:ная|ное|ный|ской|ская|ское|цкая|ской|ого|ему)$");
    private static final Pattern SURNAME_ENDING = Pattern.compile("(?:ов|ев|ин|ын|ова|ева|ина|ына|ский|цкий|ская|цкая|енко|ук|юк|ич)$");

    private static final Pattern FUNCTION_TAGS = Pattern.compile("PREP|CONJ|PARTICLE|ADV|PNN|PRED");

    private final Morphology morphology;
    private final Names names;

    PersonRules(Morphology morphology, Names names) {
        this.morphology = morphology;
        this.names = names;
    }

    List<Mention> find(String text, List<Token> tokens) {
        List<Mention> found = new ArrayList<>();
        for (MatchResult m : WordStarts.matches(INITIALS, text)) {
            String surname = m.group(1) != null ? m.group(1) : m.group(6);
            if (!surname(surname)) {
                continue;
            }
            String initials = m.group(1) != null ? m.group(2) + "." + (m.group(3) == null ? "" : m.group(3) + ".")
                    : m.group(4) + "." + (m.group(5) == null ? "" : m.group(5) + ".");
            String name = names.display(surname) + " " + initials;
            found.add(person(m.start(), m.end(), m.group(), name, names.key(surname)));
        }
        for (int i = 0; i < tokens.size(); i++) {
            int j = i;
            while (j < tokens.size() && j - i < 3 && tokens.get(j).capitalised() && !tokens.get(j).allCaps()
                    && personal(tokens.get(j).text()) && (j == i || adjacent(text, tokens.get(j - 1), tokens.get(j)))) {
                j++;
            }
            if (j == i + 1 && (ADJECTIVE_LIKE.matcher(tokens.get(i).text()).find() || functionWord(tokens.get(i).text()))) {
                continue;
            }
            if (j > i) {
                Token first = tokens.get(i);
                Token last = tokens.get(j - 1);
                String phrase = text.substring(first.start(), last.end());
                found.add(person(first.start(), last.end(), phrase, phrase, names.key(phrase)));
                i = j - 1;
            }
        }
        return found;
    }

    private static boolean adjacent(String text, Token a, Token b) {
        if (b.start() == a.end()) {
            return false;
        }
        for (int i = a.end(); i < b.start(); i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private boolean personal(String word) {
        var readings = morphology.readings(word);
        return !readings.isEmpty() && readings.stream().anyMatch(Morphology.Reading::personal);
    }

    /** «Из», «При», «Как» at a sentence start: a preposition or conjunction that is also some rare name. */
    private boolean functionWord(String word) {
        return morphology.readings(word).stream().anyMatch(r -> FUNCTION_TAGS.matcher(r.tag()).lookingAt());
    }

    private boolean surname(String word) {
        var readings = morphology.readings(word);
        return readings.isEmpty() || readings.stream().anyMatch(Morphology.Reading::personal)
                || SURNAME_ENDING.matcher(word).find();
    }

    private static Mention person(int start, int end, String text, String name, String key) {
        return new Mention(start, end, text, MentionKind.PERSON, null, "person:" + key, name);
    }
}
