package ru.sppr.chat.knowledge.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import morfologik.stemming.DictionaryLookup;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Replaces each word by its dictionary lemmas, one per dictionary reading, stacked at the same position (as
 * Lucene's MorfologikFilter does; repeated lemmas are kept, which ranks better on xquad-ru with distractors than
 * deduplicating them); words the dictionary does not know pass unchanged. Lookups go through the shared cache of
 * {@link Lemmas}.
 */
final class LemmaFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Lemmas lemmas;
    private final DictionaryLookup lookup;
    private final List<String> pending = new ArrayList<>();
    private AttributeSource.State current;

    LemmaFilter(TokenStream input, Lemmas lemmas) {
        super(input);
        this.lemmas = lemmas;
        this.lookup = lemmas.lookup();
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(current);
            term.setEmpty().append(pending.removeLast());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        String[] read = lemmas.of(word, lookup);
        term.setEmpty().append(read[0]);
        for (int i = 1; i < read.length; i++) {
            pending.add(read[i]);
        }
        if (!pending.isEmpty()) {
            current = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        current = null;
    }
}
