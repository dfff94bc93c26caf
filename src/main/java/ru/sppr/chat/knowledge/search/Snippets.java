package ru.sppr.chat.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;
import ru.sppr.chat.knowledge.analysis.Terms;

/** Picks the sentence of a fragment that matches the query best and marks the matched words in it. */
final class Snippets {
    static final int MAX_CHARS = 320;

    private Snippets() {
    }

    record Snippet(String text, List<int[]> highlights) {}

    /**
     * The sentence with the most distinct query terms (the first of equals), cut to {@link #MAX_CHARS}, with the
     * query terms in it marked.
     */
    static Snippet best(TermAnalysis analysis, String text, Set<String> queryTerms) {
        TermAnalysis.Sentence best = null;
        long bestScore = -1;
        for (TermAnalysis.Sentence sentence : analysis.sentences(text)) {
            long score = sentence.stems().stream().filter(queryTerms::contains).count();
            if (score > bestScore) {
                best = sentence;
                bestScore = score;
            }
        }
        String chosen = best == null ? text : best.text();
        String snippet = chosen;
        if (snippet.length() > MAX_CHARS) {
            int cut = snippet.lastIndexOf(' ', MAX_CHARS);
            snippet = snippet.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS) + "…";
        }
        List<int[]> highlights = new ArrayList<>();
        for (Terms.Token token : analysis.tokens(chosen)) {
            if (token.end() <= snippet.length() && queryTerms.contains(token.term())) {
                highlights.add(new int[] {token.start(), token.end()});
            }
        }
        return new Snippet(snippet, highlights);
    }
}
