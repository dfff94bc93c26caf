package ru.sppr.chat.knowledge.analysis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.apache.lucene.analysis.Analyzer;

/**
 * The knowledge base's text analysis as one instance, made once by {@code app} and handed to whoever needs it: the
 * index's analyzers (stems, prefixes, dictionary lemmas with their shared lemma cache), and the same word
 * normalisation for matching outside Lucene, with recently analysed sentences remembered. Thread-safe.
 */
public final class TermAnalysis {
    /**
     * The version of how text is read into terms, kept with the index: an index made by another is rebuilt. 2: Latin
     * letters read as Russian ones ({@link Transliteration}); 3: a fleeting vowel dropped («лодок» — «лодк»); 4: an
     * imperfective verb's perfective partner among its lemmas ({@link AspectPairs}).
     */
    public static final String VERSION = "4";
    /** Characters of fragment text whose sentences are kept analysed (~16 MB of text). */
    private static final long CACHED_CHARS = 8_000_000;
    private static final int LEMMA_STEMS = 200_000;
    /** How the dictionary tags a verb's forms: «VB:Real:TRANS:IMPFV:PL:P3». */
    private static final String VERB_TAG = "VB";

    private final Analyzer stemming = new ChatAnalyzer();
    private final Lemmas lemmas = new Lemmas();
    private final Analyzer index = ChatAnalyzer.forIndex(lemmas);
    /**
     * The same fragments come back for many questions (about the same incident, the same document), so their
     * sentences are split and stemmed once, not for every answer.
     */
    private final Cache<String, List<Sentence>> sentences = Caffeine.newBuilder()
            .maximumWeight(CACHED_CHARS).weigher((String text, List<Sentence> analysed) -> text.length()).build();

    /**
     * A sentence, the distinct stems of its content words, and the stems of their dictionary lemmas ({@link #forms}):
     * «вывезено» is stemmed «вывезен», but its lemma «вывезти» stems as «вывезли»'s does.
     */
    public record Sentence(String text, List<String> stems, Set<String> lemmaStems) {}

    /** Stems of lemmas, by lemma: the same few thousand lemmas come back in every sentence. */
    private final Map<String, String> lemmaStem = new ConcurrentHashMap<>();
    private final ThreadLocal<DictionaryLookup> lookups = ThreadLocal.withInitial(lemmas::lookup);

    /** Distinct stems of the text's content words, in order of first appearance. */
    public List<String> stems(String text) {
        return Terms.distinct(stemming, IndexFields.TEXT, text);
    }

    /**
     * The text's sentences ({@link Sentences#split}), each with its {@link #stems}; remembered for recent texts. A sentence
     * that runs over a line of its fragment reads as one line (snippets and answers quote it so), same length.
     */
    public List<Sentence> sentences(String text) {
        return sentences.get(text, t -> Sentences.split(t).stream().map(s -> s.replace('\n', ' '))
                .map(TermAnalysis.this::sentence).toList());
    }

    private Sentence sentence(String text) {
        Map<String, Set<String>> forms = forms(text);
        return new Sentence(text, List.copyOf(forms.keySet()), Set.copyOf(forms.values().stream().flatMap(Set::stream).toList()));
    }

    /**
     * Each stem of the text's content words with the stems of that word's dictionary lemmas, one per reading: a word
     * asked counts as said when a sentence has another form of it that the stemmer cuts otherwise («вывезли» — «вывезено»).
     */
    public Map<String, Set<String>> forms(String text) {
        Map<String, Set<String>> forms = new LinkedHashMap<>();
        DictionaryLookup lookup = lookups.get();
        for (Terms.Token token : tokens(text)) {
            String word = text.substring(token.start(), token.end()).toLowerCase(Locale.ROOT);
            Set<String> stemsOfLemmas = forms.computeIfAbsent(token.term(), t -> new LinkedHashSet<>());
            for (String lemma : lemmas.of(word, lookup)) {
                String stem = lemmaStem.computeIfAbsent(lemma, l -> {
                    List<String> stemmed = stems(l);
                    return stemmed.isEmpty() ? l : stemmed.getFirst();
                });
                if (lemmaStem.size() > LEMMA_STEMS) {
                    lemmaStem.clear();
                }
                stemsOfLemmas.add(stem);
            }
        }
        return forms;
    }

    /**
     * The stems of the text's words that the dictionary knows only as verbs («кормят», «велели», «повезут»): how a
     * question asks, which sources say in other words.
     */
    public Set<String> verbStems(String text) {
        Set<String> verbs = new LinkedHashSet<>();
        DictionaryLookup lookup = lookups.get();
        for (Terms.Token token : tokens(text)) {
            List<WordData> readings = lookup.lookup(text.substring(token.start(), token.end()).toLowerCase(Locale.ROOT));
            if (!readings.isEmpty() && readings.stream().allMatch(r -> r.getTag() != null && r.getTag().toString().startsWith(VERB_TAG))) {
                verbs.add(token.term());
            }
        }
        return verbs;
    }

    /**
     * The stems of the text's words written in Latin letters («сообщил Mash», «how many people died»): read in Russian
     * letters like the rest, they are yet no Russian words a Russian text would say.
     */
    public Set<String> latinStems(String text) {
        Set<String> latin = new LinkedHashSet<>();
        for (Terms.Token token : tokens(text)) {
            for (int i = token.start(); i < token.end(); i++) {
                if (Transliteration.latin(Character.toLowerCase(text.charAt(i)))) {
                    latin.add(token.term());
                    break;
                }
            }
        }
        return latin;
    }

    /** Each content word of the text with its character offsets. */
    public List<Terms.Token> tokens(String text) {
        return Terms.tokens(stemming, IndexFields.TEXT, text);
    }

    /** The index's analyzer: stems for every field except the prefix and lemma views of the text. */
    public Analyzer forIndex() {
        return index;
    }

    /** The text tokenised once, to be replayed through each view the index keeps of it. */
    public TokenReplay replay(String text) {
        return TokenReplay.of(text, lemmas);
    }
}
