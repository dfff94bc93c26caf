package ru.sppr.chat.briefing;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import ru.sppr.chat.situation.SituationStore.EntityRow;

/**
 * A place typed in a hurry with one letter wrong, missing, extra or two swapped («в альховке», «в подольскее»), or in a
 * case form the model did not read («в казане»): the known place whose name it spells so, word by word, ignoring case
 * endings. Only stems of {@value #MIN_STEM} letters or more are mended — a shorter one has too many neighbours — and only
 * by one change in all the name: «Ольховатка» stays another village than «Ольховка», a near miss the base does not have.
 */
final class MisspeltPlaces {
    private static final int MIN_STEM = 5;
    /** Case endings, longest first, cut from each word before the stems are compared. */
    private static final Pattern ENDING = Pattern.compile("(?:ами|ями|ому|ему|ого|его|ах|ях|ов|ев|ей|ий|ый|ой|ая|яя|ое|ее|ые|ие|их|ых|ом|ем|ам|ям|ую|юю|[аяыиеуюоь])$");
    /** An adjective's stem («ольховск» of «ольховскую»): a word made from a name, one letter from it, is no misspelling. */
    private static final Pattern ADJECTIVE = Pattern.compile("[сц]к$");

    private MisspeltPlaces() {
    }

    /**
     * The most mentioned place of {@code known} whose name the mention {@code typed} spells with one change or none, if any; a
     * mention read with the word after the name («Альховке дамба») is compared by its first words.
     */
    static Optional<EntityRow> of(String typed, List<EntityRow> known) {
        List<String> stems = stems(typed);
        if (stems.getFirst().length() < MIN_STEM || ADJECTIVE.matcher(stems.getFirst()).find()) {
            return Optional.empty();
        }
        return known.stream().filter(e -> e.kind().place() && oneChangeApart(stems, stems(e.name())))
                .max(Comparator.comparingInt(EntityRow::mentions));
    }

    /** Whether the name's words, and the words typed that start the mention («альховке дамба»), differ by one change. */
    private static boolean oneChangeApart(List<String> mention, List<String> name) {
        if (mention.size() < name.size() || name.stream().anyMatch(w -> w.length() < MIN_STEM)) {
            return false;
        }
        List<String> typed = mention.subList(0, name.size());
        int changed = 0;
        for (int i = 0; i < typed.size(); i++) {
            if (typed.get(i).equals(name.get(i))) {
                continue;
            }
            if (++changed > 1 || !new CharacterRunAutomaton(new LevenshteinAutomata(name.get(i), true).toAutomaton(1)).run(typed.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> stems(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[\\s-]+"))
                .map(w -> w.length() > MIN_STEM ? ENDING.matcher(w).replaceFirst("") : w).toList();
    }
}
