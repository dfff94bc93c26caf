package ru.sppr.chat.knowledge.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Cuts every word to its first {@code length} characters: a crude, dictionary-free stemmer that rarely over-splits. */
final class PrefixFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final int length;

    PrefixFilter(TokenStream input, int length) {
        super(input);
        this.length = length;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        for (int i = 0; i < term.length(); i++) {
            if (buffer[i] == 'ё') {
                buffer[i] = 'е';
            }
        }
        if (term.length() > length) {
            term.setLength(length);
        }
        return true;
    }
}
