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
 * Stems each token with the Snowball stemmers: a Latin word loses its English inflection (Porter2), is read in Russian
 * letters ({@link Transliteration}) and stemmed as Russian, so that «BMW» and «бмв», «Carlton» and «Карлтоне» are one
 * word; a word with Latin letters among Cyrillic ones («пso») is read in Cyrillic and stemmed; digits pass unchanged.
 * Folds ё to е first, as Russian texts use both.
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
            cyrillic |= Transliteration.cyrillic(c);
            latin |= Transliteration.latin(c);
        }
        if (keyword.isKeyword() || !cyrillic && !latin) {
            return true;
        }
        if (latin && !cyrillic) {
            // an English word's inflection goes first: «reports» and «report» read alike
            english.setCurrent(buffer, length);
            english.stem();
            term.copyBuffer(english.getCurrentBuffer(), 0, english.getCurrentBufferLength());
        }
        if (latin) {
            String read = Transliteration.toCyrillic(term);
            term.setEmpty().append(read);
        }
        russian.setCurrent(term.buffer(), term.length());
        russian.stem();
        term.copyBuffer(russian.getCurrentBuffer(), 0, russian.getCurrentBufferLength());
        return true;
    }
}
