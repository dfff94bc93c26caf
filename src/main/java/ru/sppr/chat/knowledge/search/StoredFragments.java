package ru.sppr.chat.knowledge.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import ru.sppr.chat.knowledge.analysis.IndexFields;
import ru.sppr.chat.knowledge.source.Fragment;
import ru.sppr.chat.knowledge.source.SourceType;

/**
 * The stored fields of found fragments, decoded once per segment and document. A segment's stored fields never
 * change (an updated fragment is a new document in a new segment), and the same fragments are found again and again;
 * decoding them means decompressing a block of the stored-fields file each time.
 */
final class StoredFragments {
    /** Characters of fragment text kept decoded (~8 MB). */
    private static final long CACHED_CHARS = 4_000_000;

    private final Cache<Key, Fragment> fragments = Caffeine.newBuilder().maximumWeight(CACHED_CHARS)
            .weigher((Key key, Fragment fragment) -> fragment.text().length() + fragment.title().length()).build();

    /** A fragment's stored fields. */
    record Fragment(String fragmentId, String sourceId, String title, SourceType type, String location,
                    String heading, Instant observedAt, String text) {}

    /** A document of one segment's core: the same for every reader that shares the segment. */
    private record Key(IndexReader.CacheKey segment, int doc) {}

    Fragment get(IndexSearcher searcher, int doc) {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int inLeaf = doc - leaf.docBase;
        IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
        if (core == null) {
            return read(leaf, inLeaf);
        }
        return fragments.get(new Key(core.getKey(), inLeaf), key -> read(leaf, inLeaf));
    }

    private static Fragment read(LeafReaderContext leaf, int doc) {
        try {
            Document d = leaf.reader().storedFields().document(doc);
            var observed = d.getField(IndexFields.OBSERVED);
            return new Fragment(d.get(IndexFields.FID), d.get(IndexFields.SOURCE_ID), d.get(IndexFields.TITLE),
                    SourceType.parse("type", d.get(IndexFields.TYPE)), d.get(IndexFields.LOCATION),
                    d.get(IndexFields.HEADING),
                    observed == null ? null : Instant.ofEpochMilli(observed.numericValue().longValue()),
                    d.get(IndexFields.TEXT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
