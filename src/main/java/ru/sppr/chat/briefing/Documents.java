package ru.sppr.chat.briefing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.sppr.chat.failure.NotFoundException;
import ru.sppr.chat.knowledge.source.Fragment;
import ru.sppr.chat.knowledge.source.SourceDocument;
import ru.sppr.chat.knowledge.source.SourceQuery;
import ru.sppr.chat.knowledge.source.SourceSummary;
import ru.sppr.chat.user.Caller;

/** The sources of the knowledge base as a caller may read them: listed by title and time, and one of them whole. */
public interface Documents {
    List<SourceSummary> list(SourceQuery query);

    /** The source with its fragments in order; fails as a missing one when the caller is not cleared for it. */
    SourceDocument read(String sourceId, Caller caller);

    /** The source as {@link #read} gives it; empty when it is gone or the caller may not read it. */
    default Optional<SourceDocument> find(String sourceId, Caller caller) {
        try {
            return Optional.of(read(sourceId, caller));
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }

    /** The text of the source's fragments in order, paragraphs apart; empty as {@link #find} is. */
    default Optional<String> text(String sourceId, Caller caller) {
        return find(sourceId, caller).map(d -> d.fragments().stream().map(Fragment::text).collect(Collectors.joining("\n\n")));
    }

    static Documents of(Function<SourceQuery, List<SourceSummary>> list, BiFunction<String, Caller, SourceDocument> read) {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(read, "read");
        return new Documents() {
            @Override
            public List<SourceSummary> list(SourceQuery query) {
                return list.apply(query);
            }

            @Override
            public SourceDocument read(String sourceId, Caller caller) {
                return read.apply(sourceId, caller);
            }
        };
    }
}
