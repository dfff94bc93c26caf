package ru.sppr.chat.knowledge.source;

/**
 * Told when the knowledge base changes, so that models derived from it (the situation model) follow it by change number
 * ({@link KnowledgeStore#changesBetween}) at their own pace.
 */
public interface SourceListener extends AutoCloseable {
    /** An ingest run starts storing sources; work that would compete with it for the cores can wait for its end. */
    default void ingestStarted() {
    }

    /** The ingest run ended (its sources are stored and searchable). */
    default void ingestEnded() {
        changed();
    }

    /** Sources were stored or removed, here or by another process. */
    void changed();

    @Override
    default void close() {
    }
}
