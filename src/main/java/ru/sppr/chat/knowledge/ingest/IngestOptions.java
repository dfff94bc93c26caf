package ru.sppr.chat.knowledge.ingest;

import java.util.List;
import java.util.Objects;
import ru.sppr.chat.user.Clearance;

/** Defaults for sources of an ingest run (a sidecar file overrides them per file). */
public record IngestOptions(Clearance access, List<String> tags) {
    public IngestOptions {
        Objects.requireNonNull(access, "access");
        tags = Tags.validated(tags == null ? List.of() : tags);
    }

    public static IngestOptions defaults() {
        return new IngestOptions(Clearance.INTERNAL, List.of());
    }
}
