package ru.sppr.chat.knowledge.source;

/** A source with the number of its fragments, as listed to users. */
public record SourceSummary(Source source, int fragmentCount) {}
