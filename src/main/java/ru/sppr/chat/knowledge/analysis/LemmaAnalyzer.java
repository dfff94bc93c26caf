package ru.sppr.chat.knowledge.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Dictionary lemmatisation: LanguageTool's Russian morfologik dictionary maps each word form to its lemmas;
 * words the dictionary does not know are kept as they are.
 */
final class LemmaAnalyzer extends Analyzer {
    private final Lemmas lemmas;

    LemmaAnalyzer(Lemmas lemmas) {
        this.lemmas = lemmas;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        var tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new StopFilter(stream, ChatAnalyzer.STOP_WORDS);
        return new TokenStreamComponents(tokenizer, new LemmaFilter(stream, lemmas));
    }

}
