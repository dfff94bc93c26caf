package ru.sppr.chat.knowledge.search;

import java.util.List;
import java.util.function.Supplier;

/**
 * A hit's best sentence with the matched words marked ([start, end) pairs into the text). Found on first use: most
 * retrieved fragments are read by the composer but never shown, and finding the excerpt means analysing the text.
 */
public final class Excerpt {
    private Supplier<Snippets.Snippet> source;
    private volatile Snippets.Snippet value;

    private Excerpt(Supplier<Snippets.Snippet> source) {
        this.source = source;
    }

    /** An excerpt known already. */
    public static Excerpt of(String text, List<int[]> highlights) {
        var excerpt = new Excerpt(null);
        excerpt.value = new Snippets.Snippet(text, List.copyOf(highlights));
        return excerpt;
    }

    static Excerpt lazy(Supplier<Snippets.Snippet> source) {
        return new Excerpt(source);
    }

    public String text() {
        return value().text();
    }

    public List<int[]> highlights() {
        return value().highlights();
    }

    private Snippets.Snippet value() {
        Snippets.Snippet v = value;
        if (v == null) {
            synchronized (this) {
                if (value == null) {
                    value = source.get();
                    source = null;
                }
                v = value;
            }
        }
        return v;
    }
}
