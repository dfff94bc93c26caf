package ru.sppr.chat.knowledge.analysis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
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
    /**
     * The same fragments come back for many questions (about the same incident, the same document), so their
     * sentences are split and stemmed once, not for every answer.
     */
    private final Cache<String, List<Sentence>> sentences = Caffeine.newBuilder()
            .maximumWeight(CACHED_CHARS).weigher((String text, List<Sentence> analysed) -> text.length()).build();

    /** A sentence and the distinct stems of its content words. */
    public record Sentence(String text, List<String> stems) {}

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
                .map(s -> new Sentence(s, stems(s))).toList());
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
