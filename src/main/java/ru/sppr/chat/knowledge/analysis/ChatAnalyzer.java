package ru.sppr.chat.knowledge.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Russian + English text analysis: standard tokens, lower case, stop words of both, Snowball stems by script.
 * {@link #forIndex(Lemmas)} adds the other views of the text the index keeps: 5-letter prefixes and dictionary lemmas.
 */
public final class ChatAnalyzer extends Analyzer {
    static final CharArraySet STOP_WORDS = stopWords();
    static final int PREFIX_LENGTH = 5;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        var tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new ScriptAwareStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    /** Stems for every field except the prefix and lemma views of the text. */
    static Analyzer forIndex(Lemmas lemmas) {
        return new PerFieldAnalyzerWrapper(new ChatAnalyzer(), Map.of(
                IndexFields.TEXT_PREFIX, new PrefixAnalyzer(PREFIX_LENGTH),
                IndexFields.TEXT_LEMMA, new LemmaAnalyzer(lemmas)));
    }

    /**
     * Russian and English stop words. Lucene's Russian list spells every word with е; texts write «всё», «ещё»,
     * «её» as often, so each е of a Russian stop word may also be ё.
     */
    private static CharArraySet stopWords() {
        var set = new CharArraySet(RussianAnalyzer.getDefaultStopSet(), true);
        for (Object word : RussianAnalyzer.getDefaultStopSet()) {
            set.addAll(yoSpellings(new String((char[]) word)));
        }
        set.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return CharArraySet.unmodifiableSet(set);
    }

    /** The word with any of its е written as ё (all combinations). */
    private static List<String> yoSpellings(String word) {
        var spellings = new ArrayList<>(List.of(word));
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) == 'е') {
                int at = i;
                spellings.addAll(spellings.stream().map(w -> w.substring(0, at) + 'ё' + w.substring(at + 1)).toList());
            }
        }
        return spellings;
    }

    /** Lower-cased words cut to a fixed length. */
    static final class PrefixAnalyzer extends Analyzer {
        private final int length;

        PrefixAnalyzer(int length) {
            this.length = length;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            var tokenizer = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(tokenizer);
            stream = new StopFilter(stream, STOP_WORDS);
            return new TokenStreamComponents(tokenizer, new PrefixFilter(stream, length));
        }
    }
}
