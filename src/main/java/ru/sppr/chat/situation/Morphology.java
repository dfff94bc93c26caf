package ru.sppr.chat.situation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import ru.sppr.chat.knowledge.analysis.RussianDictionaries;

/**
 * Dictionary readings of Russian words (LanguageTool's morfologik dictionary): each form's lemmas with their tags
 * ({@code NN:Inanim:Fem:Sin:P}, {@code ADJ:Posit:Masc:Nom}, {@code NN:Fam:Masc:Sin:Nom}). Thread-safe; readings of
 * frequent words are remembered.
 */
public final class Morphology {
    private static final int CACHE_LIMIT = 200_000;

    /** One dictionary reading of a word form. */
    record Reading(String lemma, String tag) {
        boolean noun() {
            return tag.startsWith("NN");
        }

        boolean adjective() {
            return tag.startsWith("ADJ");
        }

        boolean personal() {
            return tag.startsWith("NN:Name") || tag.startsWith("NN:Fam") || tag.startsWith("NN:Patr");
        }

        boolean nominative() {
            return tag.endsWith(":Nom") || tag.contains(":Nom:");
        }
    }

    private static final Pattern CASE = Pattern.compile(":(?:Nom|R|D|V|T|P|P2|R2|V2)$");

    private final Dictionary dictionary;
    private final Dictionary synthesis;
    private final ThreadLocal<DictionaryLookup> lookups;
    private final ThreadLocal<DictionaryLookup> synthesisLookups;
    private final Map<String, List<Reading>> cache = new ConcurrentHashMap<>(1 << 16);

    private Morphology(Dictionary dictionary, Dictionary synthesis) {
        this.dictionary = dictionary;
        this.synthesis = synthesis;
        this.lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(this.dictionary));
        this.synthesisLookups = ThreadLocal.withInitial(() -> new DictionaryLookup(this.synthesis));
    }

    /** The Russian dictionary shipped in LanguageTool's {@code language-ru}. */
    public static Morphology russian() {
        return new Morphology(RussianDictionaries.forms(), RussianDictionaries.synthesis());
    }

    /** Whether a reading names its case (indeclinable words, «Гольяново», may not). */
    static boolean hasCase(Reading reading) {
        return CASE.matcher(reading.tag()).find() || reading.tag().contains(":Nom:");
    }

    /** Readings of a word in any case; empty when the dictionary does not know it. */
    List<Reading> readings(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        List<Reading> known = cache.get(lower);
        if (known != null) {
            return known;
        }
        List<Reading> found = lookup(lower);
        if (found.isEmpty() && lower.indexOf('ё') >= 0) {
            found = lookup(lower.replace('ё', 'е'));
        }
        if (cache.size() < CACHE_LIMIT) {
            cache.put(lower, found);
        }
        return found;
    }

    /** The lemmas of a word: its dictionary lemmas, or the word itself when unknown. */
    List<String> lemmas(String word) {
        List<Reading> readings = readings(word);
        if (readings.isEmpty()) {
            return List.of(Keys.of(word));
        }
        return readings.stream().map(r -> Keys.of(r.lemma())).distinct().toList();
    }

    /** The first noun lemma of a word, else its first lemma, else the word; for keys of names. */
    String nounLemma(String word) {
        for (Reading r : readings(word)) {
            if (r.noun()) {
                return Keys.of(r.lemma());
            }
        }
        return lemmas(word).getFirst();
    }

    /**
     * The nominative of a word in the same number (and gender for adjectives): «Ключах» → «ключи», «Нижних» → «нижние»;
     * the word itself in lower case when the dictionary cannot say.
     */
    String nominative(String word, boolean adjective) {
        for (Reading r : readings(word)) {
            if (adjective ? !r.adjective() : !r.noun()) {
                continue;
            }
            if (r.nominative()) {
                return Keys.of(word).equals(Keys.of(r.lemma())) ? r.lemma() : word.toLowerCase(Locale.ROOT);
            }
            var m = CASE.matcher(r.tag());
            if (m.find()) {
                for (WordData data : synthesisLookups.get().lookup(r.lemma() + "|" + m.replaceFirst(":Nom"))) {
                    return data.getStem().toString();
                }
            }
        }
        return word.toLowerCase(Locale.ROOT);
    }

    boolean hasAdjective(String lemma) {
        return readings(lemma).stream().anyMatch(r -> r.adjective() && Keys.of(r.lemma()).equals(Keys.of(lemma)));
    }

    private List<Reading> lookup(String word) {
        List<Reading> readings = new ArrayList<>(2);
        for (WordData data : lookups.get().lookup(word)) {
            if (data.getStem() != null && data.getTag() != null) {
                readings.add(new Reading(data.getStem().toString(), data.getTag().toString()));
            }
        }
        return List.copyOf(readings);
    }
}
