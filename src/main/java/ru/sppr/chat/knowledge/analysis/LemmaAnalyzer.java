package ru.sppr.chat.knowledge.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import morfologik.stemming.Dictionary;
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
    private static final Dictionary RUSSIAN = load();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        var tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new StopFilter(stream, ChatAnalyzer.STOP_WORDS);
        return new TokenStreamComponents(tokenizer, filter(stream));
    }

    static TokenStream filter(TokenStream stream) {
        return new LemmaFilter(stream, RUSSIAN);
    }

    private static Dictionary load() {
        try {
            return Dictionary.read(LemmaAnalyzer.class.getResource("/org/languagetool/resource/ru/russian.dict"));
        } catch (IOException e) {
            throw new UncheckedIOException("нет словаря русского языка (language-ru)", e);
        }
    }
}
