package ru.sppr.chat.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.LoggerFactory;
import ru.sppr.chat.failure.AccessDeniedException;
import ru.sppr.chat.failure.ConflictException;
import ru.sppr.chat.failure.InvalidRequestException;
import ru.sppr.chat.failure.NotFoundException;
import ru.sppr.chat.knowledge.index.KnowledgeIndex;
import ru.sppr.chat.knowledge.ingest.IngestListener;
import ru.sppr.chat.knowledge.ingest.IngestOptions;
import ru.sppr.chat.knowledge.ingest.IngestReport;
import ru.sppr.chat.knowledge.ingest.Ingestion;
import ru.sppr.chat.knowledge.search.KnowledgeSearch;
import ru.sppr.chat.knowledge.search.SearchHit;
import ru.sppr.chat.knowledge.search.SearchRequest;
import ru.sppr.chat.knowledge.source.EventLine;
import ru.sppr.chat.knowledge.source.Fragment;
import ru.sppr.chat.knowledge.source.KnowledgeStore;
import ru.sppr.chat.knowledge.source.OriginalStore;
import ru.sppr.chat.knowledge.source.Source;
import ru.sppr.chat.knowledge.source.SourceDocument;
import ru.sppr.chat.knowledge.source.SourceListener;
import ru.sppr.chat.knowledge.source.SourceQuery;
import ru.sppr.chat.knowledge.source.SourceSummary;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.Role;

/** Knowledge use cases with access enforced: analysts and admins load and remove; everyone searches within clearance. */
public final class KnowledgeBase implements KnowledgeSearch, AutoCloseable {
    private final Ingestion ingestion;
    private final KnowledgeStore store;
    private final KnowledgeIndex index;
    private final KnowledgeSearch search;
    /**
     * How long a kept original no source comes from stays before it is removed: an upload keeps its original before
     * it is ingested, and ingesting a large file takes minutes at most.
     */
    private static final Duration ORIGINAL_GRACE = Duration.ofHours(1);
    private final OriginalStore originals;
    private final Path uploads;
    private final Clock clock;
    private final SourceListener listener;

    public KnowledgeBase(Ingestion ingestion, KnowledgeStore store, KnowledgeIndex index, KnowledgeSearch search,
                         OriginalStore originals, Path uploads, Clock clock, SourceListener listener) {
        this.ingestion = Objects.requireNonNull(ingestion, "ingestion");
        this.store = Objects.requireNonNull(store, "store");
        this.index = Objects.requireNonNull(index, "index");
        this.search = Objects.requireNonNull(search, "search");
        this.originals = Objects.requireNonNull(originals, "originals");
        this.uploads = Objects.requireNonNull(uploads, "uploads");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    public IngestReport ingest(List<Path> paths, IngestOptions options, Caller caller, IngestListener listener) {
        requireEditor(caller);
        return ingestion.ingest(paths, options, caller, listener);
    }

    /**
     * Ingests an uploaded file and keeps its bytes in the database ({@link OriginalStore}) under the origin of the
     * sources made from it. The file lies under the node's uploads folder (never outside it) only while it is ingested.
     * An upload from which no source was added or updated (refused, unreadable, or the same as before) keeps nothing.
     * A file with the same bytes as an earlier upload whose source is still there (a renamed copy, uploaded through
     * any node) is refused (409).
     */
    public IngestReport upload(String fileName, InputStream content, IngestOptions options, Caller caller) {
        requireEditor(caller);
        String safe = safeName(fileName);
        String stored = UUID.randomUUID() + "/" + safe;
        String origin = Ingestion.UPLOAD_PREFIX + stored;
        Path target = uploads.resolve(stored).normalize();
        if (!target.startsWith(uploads)) {
            throw new InvalidRequestException("file", "недопустимое имя файла");
        }
        IngestReport report = null;
        RuntimeException failure = null;
        try {
            Files.createDirectories(target.getParent());
            String sha256 = LocalUploads.copy(content, target);
            Optional<Source> same = originals.sourceWithSameContent(sha256, Files.size(target)).flatMap(store::load)
                    .map(SourceDocument::source);
            if (same.isPresent()) {
                throw new ConflictException("файл «" + safe + "» совпадает по содержимому с уже загруженным источником "
                        + (caller.clearance().covers(same.get().access()) ? "«" + same.get().title() + "»" : "(он вам недоступен по допуску)")
                        + " — повторно не добавлен");
            }
            originals.keep(origin, safe, target, sha256);
            report = ingestion.ingestUpload(target, stored, options, caller);
            if (report.added() + report.updated() > 0) {
                originals.removeUnreferenced(clock.instant().minus(ORIGINAL_GRACE));
            }
            return report;
        } catch (IOException e) {
            failure = new UncheckedIOException("не удалось сохранить загруженный файл", e);
            throw failure;
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            discard(target);
            if (report == null || report.added() + report.updated() == 0) {
                cleanUp(failure, () -> originals.remove(origin), "the original of " + origin);
            }
        }
    }

    /**
     * Runs a clean-up after an upload without hiding why the upload failed: a clean-up that fails itself is added to
     * {@code failure} as suppressed, or only logged when the upload went through (what it leaves, a kept original no
     * source comes from, is removed later by {@link OriginalStore#removeUnreferenced}).
     */
    static void cleanUp(RuntimeException failure, Runnable cleanUp, String what) {
        try {
            cleanUp.run();
        } catch (RuntimeException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            } else {
                LoggerFactory.getLogger(KnowledgeBase.class).warn("Could not remove {} after an upload", what, e);
            }
        }
    }

    /**
     * Moves originals still lying in this node's uploads folder — uploaded before originals were kept in the database,
     * or restored from an older backup's {@code uploads.tar} — into the database; a file no source comes from stays.
     * Run by the server before it serves. Returns how many were moved.
     */
    public int adoptLocalUploads() {
        return LocalUploads.adopt(uploads, originals);
    }

    static void discard(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        } catch (IOException e) {
            LoggerFactory.getLogger(KnowledgeBase.class).warn("Could not remove the upload {}", file, e);
        }
    }

    public boolean forget(String sourceId, Caller caller) {
        requireEditor(caller);
        boolean removed = store.delete(sourceId, caller);
        if (removed) {
            index.catchUp();
            listener.changed();
            originals.removeUnreferenced(clock.instant().minus(ORIGINAL_GRACE));
        }
        return removed;
    }

    public void reindex(Caller caller) {
        caller.requireAdmin();
        index.rebuild("requested by " + caller.name());
    }

    @Override
    public List<SearchHit> search(SearchRequest request) {
        return search.search(request);
    }

    @Override
    public List<SearchHit> observedWithin(Instant from, Instant to, Set<SourceType> types, int limit, Clearance clearance) {
        return search.observedWithin(from, to, types, limit, clearance);
    }

    @Override
    public Set<String> sourcesTitled(String words, Set<SourceType> types, Clearance clearance, int atMost) {
        return search.sourcesTitled(words, types, clearance, atMost);
    }

    @Override
    public int fragmentsWith(String stem, Clearance clearance) {
        return search.fragmentsWith(stem, clearance);
    }

    @Override
    public Map<String, Double> weights(List<String> stems, Clearance clearance) {
        return search.weights(stems, clearance);
    }

    public List<SourceSummary> sources(SourceQuery query) {
        return store.list(query);
    }

    /**
     * A source with its fragments, if the caller is cleared for it (otherwise the same 404 as a missing one); events of
     * an event log stored before their time was labelled are shown labelled ({@link EventLine}).
     */
    public SourceDocument source(String sourceId, Caller caller) {
        SourceDocument d = store.load(sourceId).filter(found -> caller.clearance().covers(found.source().access()))
                .orElseThrow(() -> new NotFoundException("источник «" + sourceId + "» не найден"));
        return new SourceDocument(d.source(), d.fragments().stream().map(f -> new Fragment(f.sourceId(), f.ordinal(),
                EventLine.labelled(d.source().type(), f.text(), f.observedAt(), ingestion.zone()), f.location(), f.heading(),
                f.observedAt())).toList());
    }

    public long indexSizeBytes() {
        return index.lucene().sizeBytes();
    }

    /** The uploaded file a source came from, if it was uploaded and the caller is cleared for it. */
    public Optional<OriginalStore.Original> original(String sourceId, Caller caller) {
        String origin = source(sourceId, caller).source().origin();
        return origin.startsWith(Ingestion.UPLOAD_PREFIX) ? originals.find(origin) : Optional.empty();
    }

    /** The store, for models derived from it (read-only use). */
    public KnowledgeStore store() {
        return store;
    }

    public KnowledgeIndex.Consistency consistency() {
        return index.consistency();
    }

    /** How many knowledge changes in the database this node's index has yet to apply. */
    public long indexLag() {
        return index.lag();
    }

    public Clock clock() {
        return clock;
    }

    /** Applies knowledge changes other processes or nodes made to the database, and has derived models follow them. */
    public void catchUp() {
        index.catchUp();
        listener.changed();
    }

    @Override
    public void close() {
        listener.close();
        index.close();
    }

    static String safeName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw new InvalidRequestException("file", "у файла нет имени");
        }
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..") || base.length() > 200) {
            throw new InvalidRequestException("file", "недопустимое имя файла «" + fileName + "»");
        }
        return base;
    }

    /** Analysts and administrators load and remove sources; checked before an upload's body is read. */
    public static void requireEditor(Caller caller) {
        if (caller.role() != Role.ADMIN && caller.role() != Role.ANALYST) {
            throw new AccessDeniedException("загружать и удалять источники могут аналитик и администратор");
        }
    }
}
