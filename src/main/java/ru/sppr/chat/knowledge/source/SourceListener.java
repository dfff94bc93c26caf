package ru.sppr.chat.knowledge.source;

import java.util.List;

/** Told of sources after they are stored or removed, so derived models (the situation model) follow the base. */
public interface SourceListener extends AutoCloseable {
    void written(List<SourceDocument> documents);

    void removed(String sourceId);

    /** Returns once everything written or removed so far has been followed: an ingest reports only after this. */
    default void caughtUp() {
    }

    @Override
    default void close() {
    }
}
