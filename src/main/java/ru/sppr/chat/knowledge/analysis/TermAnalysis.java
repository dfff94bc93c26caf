package ru.sppr.chat.knowledge.analysis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/** The index's word normalisation (stop words removed, Snowball stems by script), for matching outside Lucene. */
public final class TermAnalysis {
    private static final Analyzer STEMS = new ChatAnalyzer();
    /** Characters of fragment text whose sentences are kept analysed (~16 MB of text). */
    private static final long CACHED_CHARS = 8_000_000;
    /**
     * The same fragments come back for many questions (about the same incident, the same document); splitting and
     * stemming their sentences again for every answer was about a tenth of an ask's CPU.
     */
    private static final Cache<String, List<Sentence>> SENTENCES = Caffeine.newBuilder()
            .maximumWeight(CACHED_CHARS).weigher((String text, List<Sentence> sentences) -> text.length()).build();

    /** A sentence and the distinct stems of its content words. */
    public record Sentence(String text, List<String> stems) {}

    private TermAnalysis() {
    }

    /** Distinct stems of the text's content words, in order of first appearance. */
    public static List<String> stems(String text) {
        return Terms.distinct(STEMS, IndexFields.TEXT, text);
    }

    /** The text's sentences ({@link Sentences#split}), each with its {@link #stems}; remembered for recent texts. */
    public static List<Sentence> sentences(String text) {
        return SENTENCES.get(text, t -> Sentences.split(t).stream().map(s -> new Sentence(s, stems(s))).toList());
    }

    /** Each content word of the text with its character offsets. */
    public static List<Terms.Token> tokens(String text) {
        return Terms.tokens(STEMS, IndexFields.TEXT, text);
    }
}
