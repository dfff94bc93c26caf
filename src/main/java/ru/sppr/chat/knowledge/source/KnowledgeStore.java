package ru.sppr.chat.knowledge.source;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import ru.sppr.chat.user.Caller;

/** Sources and fragments in the database, the source of truth; every write bumps the knowledge change number. */
public interface KnowledgeStore {
    /** Stores a batch in one transaction, skipping sources whose content hash is unchanged; audited as one ingest. */
    SaveResult saveAll(List<SourceDocument> documents, String batchLabel, Caller actor);

    Optional<SourceDocument> load(String sourceId);

    /** Removes a source and its fragments; false when there was none. */
    boolean delete(String sourceId, Caller actor);

    List<SourceSummary> list(SourceQuery query);

    /** Sources written and removed after {@code changeSeq}, with the current change number. */
    Changes changesSince(long changeSeq);

    /**
     * Sources written and removed after change {@code after} up to change {@code upTo} (as far as the database has
     * got), written ones in change order, then by their time.
     */
    Changes changesBetween(long after, long upTo);

    long changeSeq();

    long fragmentCount();

    /** Every stored source with its fragments, for rebuilding an index. */
    void forEachDocument(Consumer<SourceDocument> consumer);

    enum SaveOutcome { ADDED, UPDATED, UNCHANGED }

    /** Per-document outcomes, and the change number the written ones got (-1 when nothing was written). */
    record SaveResult(List<SaveOutcome> outcomes, long changeSeq) {
        public SaveResult {
            outcomes = List.copyOf(outcomes);
        }
    }

    /** What changed since a change number. */
    record Changes(long changeSeq, List<SourceDocument> written, List<String> removed) {}
}
