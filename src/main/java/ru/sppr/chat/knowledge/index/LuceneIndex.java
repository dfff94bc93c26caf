package ru.sppr.chat.knowledge.index;

import static ru.sppr.chat.knowledge.analysis.IndexFields.ACCESS;
import static ru.sppr.chat.knowledge.analysis.IndexFields.FID;
import static ru.sppr.chat.knowledge.analysis.IndexFields.HEADING;
import static ru.sppr.chat.knowledge.analysis.IndexFields.LOCATION;
import static ru.sppr.chat.knowledge.analysis.IndexFields.OBSERVED;
import static ru.sppr.chat.knowledge.analysis.IndexFields.ORDINAL;
import static ru.sppr.chat.knowledge.analysis.IndexFields.SOURCE_ID;
import static ru.sppr.chat.knowledge.analysis.IndexFields.TAGS;
import static ru.sppr.chat.knowledge.analysis.IndexFields.TEXT;
import static ru.sppr.chat.knowledge.analysis.IndexFields.TEXT_LEMMA;
import static ru.sppr.chat.knowledge.analysis.IndexFields.TEXT_PREFIX;
import static ru.sppr.chat.knowledge.analysis.IndexFields.TITLE;
import static ru.sppr.chat.knowledge.analysis.IndexFields.TYPE;
import static ru.sppr.chat.knowledge.analysis.IndexFields.VECTOR;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;
import ru.sppr.chat.knowledge.analysis.TokenReplay;
import ru.sppr.chat.knowledge.source.Fragment;
import ru.sppr.chat.knowledge.source.Source;
import ru.sppr.chat.knowledge.source.SourceDocument;

/**
 * The Lucene index of fragments, derived from the database. The last applied knowledge change number is kept
 * in the commit's user data, so a node can tell whether the index is behind the database.
 */
public final class LuceneIndex implements AutoCloseable {
    private static final String CHANGE_SEQ = "change_seq";
    private static final String EMBEDDER = "embedder";
    /** The {@link TermAnalysis#VERSION} the index's terms were made with; an index from before it was kept made them with 1. */
    private static final String ANALYSIS = "analysis";
    private static final String FIRST_ANALYSIS = "1";
    private static final String NO_EMBEDDER = Embedder.NONE.name();

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Embedder embedder;
    private final TermAnalysis analysis;

    private LuceneIndex(FSDirectory directory, IndexWriter writer, SearcherManager searchers, Embedder embedder,
                        TermAnalysis analysis) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.embedder = embedder;
        this.analysis = analysis;
    }

    /**
     * Opens the index for writing, creating it if needed. When another process (the running server) holds the
     * write lock, opens it read-only instead: searches see that process's last commit, writes are refused.
     * A corrupt index is an {@link IOException} the caller may rebuild from.
     */
    public static LuceneIndex open(Path dir, TermAnalysis analysis, Embedder embedder) throws IOException {
        Files.createDirectories(dir);
        FSDirectory directory = FSDirectory.open(dir);
        try {
            var config = new IndexWriterConfig(analysis.forIndex()).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(256).setSimilarity(Relevance.SIMILARITY);
            IndexWriter writer;
            try {
                writer = new IndexWriter(directory, config);
            } catch (LockObtainFailedException busy) {
                return new LuceneIndex(directory, null, new SearcherManager(directory, Relevance.SEARCHERS), embedder,
                        analysis);
            }
            try {
                if (!DirectoryReader.indexExists(directory)) {
                    writer.commit();
                }
                return new LuceneIndex(directory, writer, new SearcherManager(writer, Relevance.SEARCHERS), embedder, analysis);
            } catch (IOException | RuntimeException e) {
                writer.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** False when another process holds the index; then only searching is possible. */
    public boolean writable() {
        return writer != null;
    }

    private IndexWriter writer() {
        if (writer == null) {
            throw new IndexBusyException(directory.getDirectory());
        }
        return writer;
    }

    /**
     * Replaces everything indexed for these sources, analysing documents on all cores (the writer is thread-safe).
     * Visible to search after {@link #commit}.
     */
    public void put(Collection<SourceDocument> documents) {
        IndexWriter w = writer();
        try {
            for (SourceDocument doc : documents) {
                w.deleteDocuments(new Term(SOURCE_ID, doc.source().id()));
            }
            documents.parallelStream().forEach(doc -> {
                try {
                    List<float[]> vectors = !embedder.enabled() ? null
                            : embedder.embed(doc.fragments().stream().map(Fragment::text).toList());
                    for (int i = 0; i < doc.fragments().size(); i++) {
                        var lucene = toLucene(doc.source(), doc.fragments().get(i));
                        if (vectors != null) {
                            lucene.add(new KnnFloatVectorField(VECTOR, vectors.get(i), VectorSimilarityFunction.COSINE));
                        }
                        w.addDocument(lucene);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(Collection<String> sourceIds) {
        try {
            for (String id : sourceIds) {
                writer().deleteDocuments(new Term(SOURCE_ID, id));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void deleteAll() {
        try {
            writer().deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes changes durable and searchable, recording the knowledge change number they bring the index to. */
    public void commit(long changeSeq) {
        try {
            writer().setLiveCommitData(Map.of(CHANGE_SEQ, Long.toString(changeSeq),
                    EMBEDDER, embedder.name(), ANALYSIS, TermAnalysis.VERSION).entrySet());
            writer().commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the vectors in the index (if any) come from the configured embedder. */
    public boolean embeddedWithCurrentModel() {
        String indexed = committed(EMBEDDER);
        return embedder.name().equals(indexed == null ? NO_EMBEDDER : indexed);
    }

    /** Whether the index's terms were made by this version of the text analysis: another reads words otherwise. */
    public boolean analysedAsNow() {
        String indexed = committed(ANALYSIS);
        return TermAnalysis.VERSION.equals(indexed == null ? FIRST_ANALYSIS : indexed);
    }

    private String committed(String key) {
        try {
            return writer != null ? commitData(writer.getLiveCommitData(), key)
                    : DirectoryReader.listCommits(directory).getLast().getUserData().get(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The embedder the index makes its vectors with; {@link Embedder#NONE} when it keeps none. */
    public Embedder embedder() {
        return embedder;
    }

    /** The change number of the last commit, or -1 for an index never committed. */
    public long committedChangeSeq() {
        try {
            String seq = writer != null ? commitData(writer.getLiveCommitData(), CHANGE_SEQ)
                    : DirectoryReader.listCommits(directory).getLast().getUserData().get(CHANGE_SEQ);
            return seq == null ? -1 : Long.parseLong(seq);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int fragmentCount() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Size of the index files on disk, bytes. */
    public long sizeBytes() {
        try {
            long total = 0;
            for (String file : directory.listAll()) {
                total += directory.fileLength(file);
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String commitData(Iterable<Map.Entry<String, String>> data, String key) {
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (e.getKey().equals(key)) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    /** Sees the latest commit of the writing process (for read-only instances) or of this one. */
    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SearcherManager searchers() {
        return searchers;
    }

    private Document toLucene(Source source, Fragment f) {
        var doc = new Document();
        doc.add(new StringField(FID, f.id(), Field.Store.YES));
        doc.add(new StringField(SOURCE_ID, source.id(), Field.Store.YES));
        doc.add(new StoredField(ORDINAL, f.ordinal()));
        doc.add(new TextField(TITLE, source.title(), Field.Store.YES));
        if (f.heading() != null) {
            doc.add(new TextField(HEADING, f.heading(), Field.Store.YES));
        }
        TokenReplay tokens = analysis.replay(f.text());
        doc.add(new StoredField(TEXT, f.text()));
        doc.add(new TextField(TEXT, tokens.stems()));
        doc.add(new TextField(TEXT_PREFIX, tokens.prefixes()));
        doc.add(new TextField(TEXT_LEMMA, tokens.lemmas()));
        if (f.location() != null) {
            doc.add(new StoredField(LOCATION, f.location()));
        }
        doc.add(new StringField(TYPE, source.type().code(), Field.Store.YES));
        doc.add(new IntField(ACCESS, source.access().ordinal(), Field.Store.YES));
        for (String tag : source.tags()) {
            doc.add(new StringField(TAGS, tag, Field.Store.YES));
        }
        Instant observed = f.observedAt() != null ? f.observedAt() : source.observedAt();
        if (observed != null) {
            doc.add(new LongField(OBSERVED, observed.toEpochMilli(), Field.Store.YES));
        }
        return doc;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            if (writer != null) {
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Another process (usually the running server) holds the index. */
    public static final class IndexBusyException extends RuntimeException {
        IndexBusyException(Path dir) {
            super("индекс " + dir + " занят другим процессом (вероятно, работающим сервером)");
        }
    }
}
