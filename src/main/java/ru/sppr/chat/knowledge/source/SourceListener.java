package ru.sppr.chat.knowledge.source;

import java.util.List;

/** Told of sources after they are stored or removed, so derived models (the situation model) follow the base. */
public interface SourceListener {
    void written(List<SourceDocument> documents);

    void removed(String sourceId);
}
