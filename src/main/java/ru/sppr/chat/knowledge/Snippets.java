package ru.sppr.chat.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/** Picks the sentence of a fragment that matches the query best and marks the matched words in it. */
final class Snippets {
    static final int MAX_CHARS = 320;

    private Snippets() {
    }

    record Snippet(String text, List<int[]> highlights) {}

    static Snippet best(Analyzer analyzer, String text, Collection<String> queryTerms) {
        String best = null;
        long bestScore = -1;
        for (String sentence : Sentences.split(text)) {
            long score = Terms.distinct(analyzer, LuceneIndex.TEXT, sentence).stream().filter(queryTerms::contains).count();
            if (score > bestScore) {
                best = sentence;
                bestScore = score;
            }
        }
        String snippet = best == null ? text : best;
        if (snippet.length() > MAX_CHARS) {
            int cut = snippet.lastIndexOf(' ', MAX_CHARS);
            snippet = snippet.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS) + "…";
        }
        List<int[]> highlights = new ArrayList<>();
        for (Terms.Token token : Terms.tokens(analyzer, LuceneIndex.TEXT, snippet)) {
            if (queryTerms.contains(token.term())) {
                highlights.add(new int[] {token.start(), token.end()});
            }
        }
        return new Snippet(snippet, highlights);
    }
}
