package ru.sppr.chat.knowledge.source;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import ru.sppr.chat.user.Clearance;

/** A unit of accumulated knowledge: one file, one table, one image, one record of a collection. */
public record Source(String id, String title, SourceType type, String origin, String contentHash, Clearance access,
                     List<String> tags, Instant observedAt, Instant ingestedAt) {
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(access, "access");
        tags = List.copyOf(tags);
    }
}
