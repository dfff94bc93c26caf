package ru.sppr.chat.knowledge;

import java.util.List;

/**
 * Turns texts into dense vectors for semantic search. Optional: without one, search is BM25 only. The index
 * remembers {@link #name()} and is rebuilt when the model changes.
 */
public interface Embedder {
    String name();

    /** One vector per text, all of the same dimension. */
    List<float[]> embed(List<String> texts);
}
