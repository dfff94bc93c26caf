package ru.sppr.chat.knowledge.source;

import java.util.List;

/** A source with all its fragments: the unit stored and indexed together. */
public record SourceDocument(Source source, List<Fragment> fragments) {
    public SourceDocument {
        fragments = List.copyOf(fragments);
    }
}
