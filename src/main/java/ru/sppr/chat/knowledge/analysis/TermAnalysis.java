package ru.sppr.chat.knowledge.analysis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import morfologik.stemming.DictionaryLookup;
import org.apache.lucene.analysis.Analyzer;

/**
 * The knowledge base's text analysis as one instance, made once by {@code app} and handed to whoever needs it: the
 * index's analyzers (stems, prefixes, dictionary lemmas with their shared lemma cache), and the same word
 * normalisation for matching outside Lucene, with recently analysed sentences remembered. Thread-safe.
 */
public final class TermAnalysis {
    /** Characters of fragment text whose sentences are kept analysed (~16 MB of text). */
    private static final long CACHED_CHARS = 8_000_000;

    private final Analyzer stemming = new ChatAnalyzer();
    private final Lemmas lemmas = new Lemmas();
    private final Analyzer index = ChatAnalyzer.forIndex(lemmas);
    /** A dictionary lookup is not thread-safe; each thread keeps its own (the lemma cache behind them is shared). */
    private final ThreadLocal<DictionaryLookup> lookups = ThreadLocal.withInitial(lemmas::lookup);
    /**
     * The same fragments come back for many questions (about the same incident, the same document), so their
     * sentences are split and stemmed once, not for every answer.
     */
    private final Cache<String, List<Sentence>> sentences = Caffeine.newBuilder()
            .maximumWeight(CACHED_CHARS).weigher((String text, List<Sentence> analysed) -> text.length()).build();

    /**
     * A sentence, the distinct stems of its content words, and their dictionary lemmas (every reading): «погибли» and
     * «погибшие» have different stems but one lemma, «погибнуть».
     */
    public record Sentence(String text, List<String> stems, Set<String> lemmas) {}

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

    /** One sentence analysed as {@link #sentences} analyse each (not remembered). */
    public Sentence sentence(String text) {
        Map<String, Set<String>> lemmas = lemmasByStem(text);
        Set<String> all = new HashSet<>();
        lemmas.values().forEach(all::addAll);
        return new Sentence(text, List.copyOf(lemmas.keySet()), Set.copyOf(all));
    }

    /**
     * Each distinct stem of the text's content words ({@link #stems}, in the same order) with the dictionary lemmas of
     * the words cut to it, every reading; a word the dictionary does not know is its own lemma.
     */
    public Map<String, Set<String>> lemmasByStem(String text) {
        Map<String, Set<String>> byStem = new LinkedHashMap<>();
        DictionaryLookup lookup = lookups.get();
        for (Terms.Token token : tokens(text)) {
            String word = text.substring(token.start(), token.end()).toLowerCase(Locale.ROOT);
            Collections.addAll(byStem.computeIfAbsent(token.term(), stem -> new HashSet<>()), lemmas.of(word, lookup));
        }
        return byStem;
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
