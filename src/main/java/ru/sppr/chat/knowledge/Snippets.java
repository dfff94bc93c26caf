package ru.sppr.chat.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/** Picks the sentence of a fragment that matches the query best and marks the matched words in it. */
final class Snippets {
    static final int MAX_CHARS = 320;

    private Snippets() {
    }

    record Snippet(String text, List<int[]> highlights) {}

    static Snippet best(Analyzer analyzer, String text, Set<String> queryTerms) {
        List<Terms.Token> tokens = Terms.tokens(analyzer, LuceneIndex.TEXT, text);
        String best = text;
        int bestStart = 0;
        long bestScore = -1;
        int from = 0;
        for (String sentence : Sentences.split(text)) {
            int start = text.indexOf(sentence, from);
            if (start < 0) {
                continue;
            }
            int end = start + sentence.length();
            from = end;
            long score = tokens.stream().filter(t -> t.start() >= start && t.end() <= end).map(Terms.Token::term)
                    .filter(queryTerms::contains).distinct().count();
            if (score > bestScore) {
                best = sentence;
                bestStart = start;
                bestScore = score;
            }
        }
        String snippet = best;
        if (snippet.length() > MAX_CHARS) {
            int cut = snippet.lastIndexOf(' ', MAX_CHARS);
            snippet = snippet.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS) + "…";
        }
        int shift = bestStart;
        int limit = snippet.length();
        List<int[]> highlights = new ArrayList<>();
        for (Terms.Token token : tokens) {
            int start = token.start() - shift;
            int end = token.end() - shift;
            if (start >= 0 && end <= limit && queryTerms.contains(token.term())) {
                highlights.add(new int[] {start, end});
            }
        }
        return new Snippet(snippet, highlights);
    }
}
