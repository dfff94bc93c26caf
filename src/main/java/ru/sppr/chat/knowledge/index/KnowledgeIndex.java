package ru.sppr.chat.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;
import ru.sppr.chat.knowledge.source.KnowledgeStore;
import ru.sppr.chat.knowledge.source.SourceDocument;

/**
 * Keeps this node's Lucene index in step with the database: catches up by change number, and rebuilds from the
 * database when the index is missing, corrupt, ahead of the database, holds a different number of fragments, or
 * was embedded with another model.
 */
public final class KnowledgeIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeIndex.class);
    private static final int REBUILD_BATCH = 500;

    private final LuceneIndex index;
    private final KnowledgeStore store;
    /** The change number the index's contents (committed or not) are complete up to. */
    private long appliedSeq;

    private KnowledgeIndex(LuceneIndex index, KnowledgeStore store) {
        this.index = index;
        this.store = store;
        this.appliedSeq = index.committedChangeSeq();
    }

    /** Opens the index at {@code dir}, replacing a corrupt one, and brings it in line with the database. */
    public static KnowledgeIndex open(Path dir, TermAnalysis analysis, KnowledgeStore store, Embedder embedder) {
        LuceneIndex index;
        try {
            index = LuceneIndex.open(dir, analysis, embedder);
        } catch (IOException | RuntimeException corrupt) {
            LOG.warn("Index at {} is unreadable ({}); rebuilding it from the database", dir, corrupt.toString());
            deleteRecursively(dir);
            try {
                index = LuceneIndex.open(dir, analysis, embedder);
            } catch (IOException e) {
                throw new UncheckedIOException("не удалось создать индекс в " + dir, e);
            }
        }
        var keeper = new KnowledgeIndex(index, store);
        keeper.ensureConsistent();
        return keeper;
    }

    public LuceneIndex lucene() {
        return index;
    }

    /** Catches up, then rebuilds if the index still disagrees with the database. Returns true when it rebuilt. */
    public synchronized boolean ensureConsistent() {
        if (!index.writable()) {
            index.refresh();
            return false;
        }
        long indexed = appliedSeq;
        long stored = store.changeSeq();
        if (indexed < 0 || indexed > stored) {
            rebuild("index change number " + indexed + ", database " + stored);
            return true;
        }
        if (!index.embeddedWithCurrentModel()) {
            rebuild("the embedding model changed");
            return true;
        }
        if (!index.analysedAsNow()) {
            rebuild("the text analysis changed");
            return true;
        }
        catchUp();
        long fragments = store.fragmentCount();
        if (index.fragmentCount() != fragments) {
            rebuild("index holds " + index.fragmentCount() + " fragments, database " + fragments);
            return true;
        }
        return false;
    }

    /** Applies what the database changed since the index's change number; cheap when nothing changed. */
    public synchronized void catchUp() {
        if (!index.writable()) {
            index.refresh();
            return;
        }
        if (store.changeSeq() == appliedSeq && index.committedChangeSeq() == appliedSeq) {
            return;
        }
        KnowledgeStore.Changes changes = store.changesSince(appliedSeq);
        index.delete(changes.removed());
        index.put(changes.written());
        commit(changes.changeSeq());
    }

    /**
     * Indexes documents this process has just saved under {@code changeSeq}. When nothing else was written in
     * between they go straight in; otherwise the index catches up from the database. Searchable after {@link #commit()}.
     */
    public synchronized void applySaved(List<SourceDocument> written, long changeSeq) {
        if (!index.writable() || changeSeq < 0) {
            return;
        }
        if (changeSeq == appliedSeq + 1) {
            index.put(written);
            appliedSeq = changeSeq;
        } else {
            catchUp();
        }
    }

    /** Makes everything applied so far durable and searchable. */
    public synchronized void commit() {
        if (index.writable() && index.committedChangeSeq() != appliedSeq) {
            commit(appliedSeq);
        }
    }

    private void commit(long seq) {
        index.commit(seq);
        appliedSeq = seq;
    }

    /** Drops the index and fills it again from every source in the database. */
    public synchronized void rebuild(String reason) {
        LOG.info("Rebuilding the search index: {}", reason);
        long seq = store.changeSeq();
        index.deleteAll();
        List<SourceDocument> batch = new ArrayList<>();
        store.forEachDocument(doc -> {
            batch.add(doc);
            if (batch.size() == REBUILD_BATCH) {
                index.put(batch);
                batch.clear();
            }
        });
        index.put(batch);
        commit(seq);
    }

    /** Whether the index mirrors the database right now (for the watchdog). */
    public Consistency consistency() {
        return new Consistency(index.committedChangeSeq(), store.changeSeq(), index.fragmentCount(), store.fragmentCount());
    }

    /** How many changes in the database this node's index has not applied yet. */
    public long lag() {
        return Math.max(0, store.changeSeq() - index.committedChangeSeq());
    }

    /** Change numbers and fragment counts of index and database. */
    public record Consistency(long indexChangeSeq, long databaseChangeSeq, long indexFragments, long databaseFragments) {
        public boolean consistent() {
            return indexChangeSeq == databaseChangeSeq && indexFragments == databaseFragments;
        }
    }

    @Override
    public void close() {
        index.close();
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("не удалось удалить повреждённый индекс " + dir, e);
        }
    }
}
