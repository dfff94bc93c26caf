package ru.sppr.chat.knowledge.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.SmallFloat;
import ru.sppr.chat.knowledge.analysis.IndexFields;
import ru.sppr.chat.knowledge.index.Relevance;

/**
 * BM25 statistics counted only over the fragments a clearance may see. Lucene's own statistics (how many fragments
 * hold a term, how long fragments are on average) span the whole index, so a caller's scores would shift with the
 * confidential text they cannot see — a side channel. A searcher from here scores a query as if the index held
 * only the visible fragments: which fragments are visible is a bit set per segment and clearance, document
 * frequencies are counted over it from the postings, and field lengths are summed from the norms BM25 itself reads.
 */
final class VisibleStatistics {
    private final Cache<Object, FixedBitSet> visible = Caffeine.newBuilder().maximumSize(512).build();
    private final Cache<Object, CollectionStatistics> fields = Caffeine.newBuilder().maximumSize(512).build();

    private record LeafKey(Object segment, int clearance) {}

    private record FieldKey(Object reader, int clearance, String field) {}

    /** A searcher over {@code reader} whose scoring statistics count only fragments at or below {@code clearance}. */
    IndexSearcher searcher(IndexReader reader, int clearance) {
        var searcher = new IndexSearcher(reader) {
            @Override
            public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
                int visibleFreq = Math.max(1, documentFrequency(reader, clearance, term));
                return new TermStatistics(term.bytes(), visibleFreq, visibleFreq);
            }

            @Override
            public CollectionStatistics collectionStatistics(String field) throws IOException {
                return statistics(reader, clearance, field);
            }
        };
        searcher.setSimilarity(Relevance.SIMILARITY);
        return searcher;
    }

    int documentFrequency(IndexReader reader, int clearance, Term term) throws IOException {
        int count = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.NONE);
            if (postings == null) {
                continue;
            }
            FixedBitSet bits = bits(leaf, clearance);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (bits.get(doc)) {
                    count++;
                }
            }
        }
        return count;
    }

    CollectionStatistics statistics(IndexReader reader, int clearance, String field) {
        Object key = new FieldKey(reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey(),
                clearance, field);
        return fields.get(key, k -> {
            try {
                long docs = 0;
                long length = 0;
                for (LeafReaderContext leaf : reader.leaves()) {
                    NumericDocValues norms = leaf.reader().getNormValues(field);
                    if (norms == null) {
                        continue;
                    }
                    FixedBitSet bits = bits(leaf, clearance);
                    for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
                        if (bits.get(doc)) {
                            docs++;
                            length += SmallFloat.byte4ToInt((byte) norms.longValue());
                        }
                    }
                }
                docs = Math.max(1, docs);
                length = Math.max(docs, length);
                return new CollectionStatistics(field, docs, docs, length, length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private FixedBitSet bits(LeafReaderContext leaf, int clearance) throws IOException {
        var helper = leaf.reader().getCoreCacheHelper();
        Object key = new LeafKey(helper == null ? leaf.reader() : helper.getKey(), clearance);
        FixedBitSet cached = visible.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        var bits = new FixedBitSet(Math.max(1, leaf.reader().maxDoc()));
        SortedNumericDocValues access = DocValues.getSortedNumeric(leaf.reader(), IndexFields.ACCESS);
        for (int doc = access.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = access.nextDoc()) {
            if (access.nextValue() <= clearance) {
                bits.set(doc);
            }
        }
        visible.put(key, bits);
        return bits;
    }
}
