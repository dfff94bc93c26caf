package ru.sppr.chat.knowledge.index;

import java.util.List;

/**
 * Turns texts into dense vectors for semantic search. Optional: with {@link #NONE}, search is BM25 only. The index
 * remembers {@link #name()} and is rebuilt when the model changes.
 */
public interface Embedder {
    /** No dense vectors: nothing is embedded and search is lexical only. */
    Embedder NONE = new Embedder() {
        @Override
        public String name() {
            return "none";
        }

        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            throw new UnsupportedOperationException("no embedder configured (CHAT_EMBEDDINGS=none)");
        }
    };

    String name();

    /** Whether this embedder makes vectors at all ({@link #NONE} does not). */
    default boolean enabled() {
        return true;
    }

    /** One vector per text, all of the same dimension. */
    List<float[]> embed(List<String> texts);
}
