package ru.sppr.chat.knowledge.ingest;

import java.time.Instant;
import java.util.List;
import ru.sppr.chat.knowledge.source.SourceType;

/**
 * What a parser found in a file: one or more sources (a JSONL collection yields one per line), each with its
 * blocks. {@code key} tells sources of the same file apart (null for the only one).
 */
record ParsedSource(String key, String title, SourceType type, Instant observedAt, List<Block> blocks) {
    ParsedSource {
        blocks = List.copyOf(blocks);
    }
}
