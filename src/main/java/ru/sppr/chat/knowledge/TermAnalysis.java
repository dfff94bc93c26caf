package ru.sppr.chat.knowledge;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/** The index's word normalisation (stop words removed, Snowball stems by script), for matching outside Lucene. */
public final class TermAnalysis {
    private static final Analyzer STEMS = new ChatAnalyzer();

    private TermAnalysis() {
    }

    /** Distinct stems of the text's content words, in order of first appearance. */
    public static List<String> stems(String text) {
        return Terms.distinct(STEMS, LuceneIndex.TEXT, text);
    }
}
