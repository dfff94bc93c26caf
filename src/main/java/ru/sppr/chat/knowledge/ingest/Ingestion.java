package ru.sppr.chat.knowledge.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import ru.sppr.chat.failure.ChatException;
import ru.sppr.chat.failure.ErrorReference;
import ru.sppr.chat.knowledge.index.KnowledgeIndex;
import ru.sppr.chat.knowledge.ingest.IngestReport.FileResult;
import ru.sppr.chat.knowledge.source.KnowledgeStore;
import ru.sppr.chat.knowledge.source.KnowledgeStore.SaveOutcome;
import ru.sppr.chat.knowledge.source.KnowledgeStore.SaveResult;
import ru.sppr.chat.knowledge.source.SourceDocument;
import ru.sppr.chat.knowledge.source.SourceListener;
import ru.sppr.chat.user.Caller;

/**
 * Reads files and folders into the knowledge base: parse → chunk → store (batched transactions) → index; a run reports
 * once its sources are searchable, and models derived from them ({@link SourceListener}) follow after it.
 * A file that cannot be read fails alone with a reason; the run goes on. One run at a time per process.
 */
public final class Ingestion {
    public static final long MAX_FILE_BYTES = 200L * 1024 * 1024;
    public static final String UPLOAD_PREFIX = "upload:";
    private static final int BATCH_DOCUMENTS = 500;
    private static final int BATCH_FRAGMENTS = 5000;
    /** A file that is not there is the caller's mistake, told as such, not an error with a stack trace in the log. */
    static final String NOT_FOUND = "файл не найден";

    private final DateFinder dates;
    private final Parsers parsers;
    private final KnowledgeStore store;
    private final KnowledgeIndex index;
    private final Clock clock;
    private final SourceListener sourceListener;

    /** Times without an offset in the files are read in {@code zone}. */
    public Ingestion(String tesseract, ZoneId zone, KnowledgeStore store, KnowledgeIndex index, Clock clock,
                     SourceListener listener) {
        this.dates = new DateFinder(zone);
        this.parsers = new Parsers(tesseract, dates);
        this.store = store;
        this.index = index;
        this.clock = clock;
        this.sourceListener = listener;
    }

    /** The zone times without an offset are read in and events of event logs are written in. */
    public ZoneId zone() {
        return dates.zone();
    }

    public synchronized IngestReport ingest(List<Path> paths, IngestOptions options, Caller actor, IngestListener listener) {
        long started = System.nanoTime();
        List<Path> files = expand(paths);
        listener.started(files.size(), files.stream().mapToLong(Ingestion::size).sum());
        List<FileResult> results = new ArrayList<>();
        sourceListener.ingestStarted();
        try (var indexing = new BackgroundIndexing(index)) {
            for (Path file : files) {
                FileResult result = ingestOne(file, file.toAbsolutePath().normalize().toString(), options, actor, indexing);
                results.add(result);
                listener.fileDone(file.toString(), size(file), result.fragments(), result.ok());
            }
            indexing.drain();
            index.commit();
        } finally {
            sourceListener.ingestEnded();
        }
        return report(results, files.stream().mapToLong(Ingestion::size).sum(), started, index.lucene().writable());
    }

    /** Ingests one uploaded file kept at {@code file}; {@code uploadName} is where it lies under the uploads folder. */
    public synchronized IngestReport ingestUpload(Path file, String uploadName, IngestOptions options, Caller actor) {
        long started = System.nanoTime();
        sourceListener.ingestStarted();
        FileResult result;
        try (var indexing = new BackgroundIndexing(index)) {
            result = ingestOne(file, UPLOAD_PREFIX + uploadName, options, actor, indexing);
            indexing.drain();
            index.commit();
        } finally {
            sourceListener.ingestEnded();
        }
        return report(List.of(result), size(file), started, index.lucene().writable());
    }

    private FileResult ingestOne(Path file, String origin, IngestOptions options, Caller actor, BackgroundIndexing indexing) {
        String name = file.getFileName().toString();
        try {
            if (!Files.exists(file)) {
                return FileResult.failed(name, NOT_FOUND);
            }
            if (size(file) > MAX_FILE_BYTES) {
                return FileResult.failed(name, "файл больше " + MAX_FILE_BYTES / (1024 * 1024) + " МиБ");
            }
            SourceParser parser = parsers.forFile(file).orElse(null);
            if (parser == null) {
                return FileResult.failed(name, "формат не поддерживается");
            }
            Sidecar sidecar = Sidecar.of(file, dates);
            Instant now = clock.instant();
            List<ParsedSource> parsed = new ArrayList<>();
            parser.parse(file, parsed::add);
            Map<String, SourceDocument> documents = assemble(parsed, source -> SourceAssembler.assemble(source, origin, sidecar, options, now));
            if (documents.isEmpty()) {
                return FileResult.failed(name, "в файле нет текста для поиска");
            }
            return save(name, List.copyOf(documents.values()), actor, indexing);
        } catch (UnreadableSourceException e) {
            return FileResult.failed(name, e.getCause() == null ? e.getMessage()
                    : ErrorReference.message(e.getMessage(), ErrorReference.logged("Unreadable " + origin, e.getCause())));
        } catch (NoSuchFileException e) {
            return FileResult.failed(name, NOT_FOUND); // removed while the run went on
        } catch (AccessDeniedException e) {
            return FileResult.failed(name, "нет прав на чтение файла");
        } catch (IOException | UncheckedIOException e) {
            if (e.getCause() instanceof NoSuchFileException) {
                return FileResult.failed(name, NOT_FOUND);
            }
            return FileResult.failed(name, ErrorReference.message("не удалось прочитать файл",
                    ErrorReference.logged("Reading " + origin, e)));
        } catch (ChatException e) {
            return FileResult.failed(name, e.getMessage());
        } catch (RuntimeException e) {
            return FileResult.failed(name, ErrorReference.message("не удалось разобрать или сохранить файл",
                    ErrorReference.logged("Ingesting " + origin, e)));
        }
    }

    /**
     * Sources assembled (cut into fragments) on every core, a slice at a time so that what was parsed is let go as it is
     * assembled, by id in the file's order: a later record with the same id replaces the earlier one.
     */
    private static Map<String, SourceDocument> assemble(List<ParsedSource> parsed, Function<ParsedSource, SourceDocument> assembler) {
        Map<String, SourceDocument> documents = new LinkedHashMap<>();
        for (int from = 0; from < parsed.size(); from += BATCH_DOCUMENTS) {
            List<ParsedSource> slice = parsed.subList(from, Math.min(parsed.size(), from + BATCH_DOCUMENTS));
            slice.parallelStream().map(assembler).toList().forEach(doc -> documents.put(doc.source().id(), doc));
            Collections.fill(slice, null);
        }
        return documents;
    }

    /** Stores in batches, each indexed while the next is stored (and the next file read). */
    private FileResult save(String name, List<SourceDocument> documents, Caller actor, BackgroundIndexing indexing) {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int fragments = 0;
        int from = 0;
        while (from < documents.size()) {
            int to = from;
            int batchFragments = 0;
            while (to < documents.size() && to - from < BATCH_DOCUMENTS && batchFragments < BATCH_FRAGMENTS) {
                batchFragments += documents.get(to++).fragments().size();
            }
            List<SourceDocument> batch = documents.subList(from, to);
            SaveResult result = store.saveAll(batch, name, actor);
            List<SourceDocument> written = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                SaveOutcome outcome = result.outcomes().get(i);
                switch (outcome) {
                    case ADDED -> added++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
                if (outcome != SaveOutcome.UNCHANGED) {
                    written.add(batch.get(i));
                    fragments += batch.get(i).fragments().size();
                }
            }
            indexing.add(written, result.changeSeq());
            from = to;
        }
        return new FileResult(name, documents.stream().map(d -> d.source().id()).limit(1000).toList(),
                added, updated, unchanged, fragments, null);
    }

    private static IngestReport report(List<FileResult> results, long bytes, long startedNanos, boolean indexed) {
        return new IngestReport(results, results.stream().mapToInt(FileResult::added).sum(),
                results.stream().mapToInt(FileResult::updated).sum(), results.stream().mapToInt(FileResult::unchanged).sum(),
                (int) results.stream().filter(r -> !r.ok()).count(), results.stream().mapToLong(FileResult::fragments).sum(),
                bytes, (System.nanoTime() - startedNanos) / 1e9, indexed);
    }

    /** Files named directly, and every regular file under named folders, skipping hidden ones and sidecars. */
    static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(p -> !hidden(path, p)).filter(p -> !Sidecar.isSidecar(p))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("не удалось обойти каталог " + path, e);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
