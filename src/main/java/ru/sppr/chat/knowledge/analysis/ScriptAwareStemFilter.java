package ru.sppr.chat.knowledge.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Stems each token with the Snowball stemmer of its script: Russian for Cyrillic words, English (Porter2) for
 * Latin ones; digits and mixed codes pass unchanged. Folds ё to е first, as Russian texts use both.
 */
final class ScriptAwareStemFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final SnowballStemmer russian = new RussianStemmer();
    private final SnowballStemmer english = new EnglishStemmer();

    ScriptAwareStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        boolean cyrillic = false;
        boolean latin = false;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c == 'ё') {
                buffer[i] = 'е';
            }
            cyrillic |= c >= 'а' && c <= 'я' || c == 'ё';
            latin |= c >= 'a' && c <= 'z';
        }
        if (keyword.isKeyword() || cyrillic == latin) {
            return true;
        }
        SnowballStemmer stemmer = cyrillic ? russian : english;
        stemmer.setCurrent(buffer, length);
        stemmer.stem();
        term.copyBuffer(stemmer.getCurrentBuffer(), 0, stemmer.getCurrentBufferLength());
        return true;
    }
}
