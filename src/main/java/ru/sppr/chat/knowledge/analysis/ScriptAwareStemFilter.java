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
 * Folds ё to е first, as Russian texts use both. A vowel that drops out of most forms («лодок» — «лодки») is dropped
 * from all.
 */
final class ScriptAwareStemFilter extends TokenFilter {
    /** The shortest stem that loses a fleeting vowel: «урок», «срок» keep theirs. */
    private static final int FLEETING_MIN = 5;
    private static final String CONSONANTS = "бвгджзклмнпрстфхцчшщ";
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
        dropFleetingVowel();
        return true;
    }

    /**
     * «лодок» and «лодки», «звонок» and «звонка»: a stem ending in a consonant, «о» or «е» and «к» loses the vowel, which
     * most forms of such a word drop («лодк», «звонк») — every form alike, so «поток» and «потока» stay one word.
     */
    private void dropFleetingVowel() {
        char[] buffer = term.buffer();
        int length = term.length();
        if (length >= FLEETING_MIN && buffer[length - 1] == 'к' && (buffer[length - 2] == 'о' || buffer[length - 2] == 'е')
                && CONSONANTS.indexOf(buffer[length - 3]) >= 0) {
            buffer[length - 2] = 'к';
            term.setLength(length - 1);
        }
    }
}
