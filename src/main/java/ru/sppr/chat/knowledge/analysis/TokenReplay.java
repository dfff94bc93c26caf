package ru.sppr.chat.knowledge.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Tokenises a text once (standard tokens, lower case, stop words) and replays the tokens through each view's
 * filter (stems, prefixes, lemmas), so indexing pays for one tokenisation instead of three. The views are the
 * same chains {@link TermAnalysis#forIndex()} applies to queries.
 */
public final class TokenReplay {
    private record Token(String term, int start, int end, int increment) {}

    private final List<Token> tokens;
    private final Lemmas lemmas;

    private TokenReplay(List<Token> tokens, Lemmas lemmas) {
        this.tokens = tokens;
        this.lemmas = lemmas;
    }

    static TokenReplay of(String text, Lemmas lemmas) {
        List<Token> tokens = new ArrayList<>();
        var tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        try (TokenStream stream = new StopFilter(new LowerCaseFilter(tokenizer), ChatAnalyzer.STOP_WORDS)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            var increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), increment.getPositionIncrement()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TokenReplay(tokens, lemmas);
    }

    /** A fresh stream of the text's Snowball stems, the view indexed as {@link IndexFields#TEXT}. */
    public TokenStream stems() {
        return through(ScriptAwareStemFilter::new);
    }

    /** A fresh stream of the text's prefixes, the view indexed as {@link IndexFields#TEXT_PREFIX}. */
    public TokenStream prefixes() {
        return through(s -> new PrefixFilter(s, ChatAnalyzer.PREFIX_LENGTH));
    }

    /** A fresh stream of the text's dictionary lemmas, the view indexed as {@link IndexFields#TEXT_LEMMA}. */
    public TokenStream lemmas() {
        return through(s -> new LemmaFilter(s, lemmas));
    }

    /** A fresh stream of the tokens through the given filter chain. */
    private TokenStream through(Function<TokenStream, TokenStream> filters) {
        return filters.apply(new Replay());
    }

    private final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private int next;

        @Override
        public boolean incrementToken() {
            if (next == tokens.size()) {
                return false;
            }
            clearAttributes();
            Token t = tokens.get(next++);
            term.setEmpty().append(t.term());
            offset.setOffset(t.start(), t.end());
            increment.setPositionIncrement(t.increment());
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
