package ru.sppr.chat.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.NumericUtils;
import ru.sppr.chat.knowledge.analysis.IndexFields;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;
import ru.sppr.chat.knowledge.analysis.Terms;
import ru.sppr.chat.knowledge.index.LuceneIndex;
import ru.sppr.chat.knowledge.index.Relevance;
import ru.sppr.chat.knowledge.source.EventLine;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.user.Clearance;

/**
 * BM25 over the views of the text, title and heading (see {@link Relevance}), fused by reciprocal rank with
 * vector search when an {@code Embedder} is configured; access and filters applied inside Lucene to both;
 * freshness decay applied to the best candidates.
 */
public final class LuceneKnowledgeSearch implements KnowledgeSearch {
    private final LuceneIndex index;
    private final TermAnalysis analysis;
    private final Analyzer analyzer;
    private final Freshness freshness;
    private final ZoneId zone;
    private final StoredFragments stored = new StoredFragments();
    private final VisibleStatistics visibleStatistics = new VisibleStatistics();

    /** Events of event logs are shown with their time in {@code zone} ({@code CHAT_TIMEZONE}), labelled ({@link EventLine}). */
    public LuceneKnowledgeSearch(LuceneIndex index, TermAnalysis analysis, Freshness freshness, ZoneId zone) {
        this.index = index;
        this.analysis = analysis;
        this.analyzer = analysis.forIndex();
        this.freshness = freshness;
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public List<SearchHit> search(SearchRequest request) {
        Set<String> terms = Set.copyOf(Terms.distinct(analyzer, IndexFields.TEXT, request.query()));
        if (terms.isEmpty() && !index.embedder().enabled()) {
            return List.of();
        }
        int candidates = candidates(request.k());
        try {
            IndexSearcher searcher = index.searchers().acquire();
            try {
                int maxAccess = maxAccess(searcher.getIndexReader());
                Query filters = filters(request, maxAccess);
                IndexSearcher scoring = maxAccess > request.clearance().ordinal()
                        ? visibleStatistics.searcher(searcher.getIndexReader(), request.clearance().ordinal()) : searcher;
                Query relevance = Relevance.query(scoring, analyzer, request.query());
                Query lexical = filters == null ? relevance
                        : new BooleanQuery.Builder().add(relevance, Occur.MUST).add(filters, Occur.FILTER).build();
                TopDocs top = scoring.search(lexical, candidates);
                if (index.embedder().enabled()) {
                    float[] vector = index.embedder().embed(List.of(request.query())).getFirst();
                    TopDocs semantic = searcher.search(new KnnFloatVectorQuery(IndexFields.VECTOR, vector, candidates, filters), candidates);
                    top = Fusion.reciprocalRank(top, semantic, candidates);
                }
                List<Scored> ranked = rescoreByFreshness(searcher, top, request.reference().toEpochMilli());
                List<SearchHit> hits = new ArrayList<>(request.k());
                for (Scored sd : ranked.subList(0, Math.min(request.k(), ranked.size()))) {
                    hits.add(toHit(stored.get(searcher, sd.doc()), sd.score(), terms));
                }
                return hits;
            } finally {
                index.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, Double> weights(List<String> stems, Clearance clearance) {
        try {
            IndexSearcher searcher = index.searchers().acquire();
            try {
                IndexReader reader = searcher.getIndexReader();
                boolean partial = maxAccess(reader) > clearance.ordinal();
                long documents = partial ? visibleStatistics.statistics(reader, clearance.ordinal(), IndexFields.TEXT).docCount()
                        : Math.max(1, reader.numDocs());
                TermStates[] states = Relevance.statesOf(searcher.getTopReaderContext(), IndexFields.TEXT, stems);
                Map<String, Double> weights = new LinkedHashMap<>();
                for (int i = 0; i < states.length; i++) {
                    int df = partial ? visibleStatistics.documentFrequency(reader, clearance.ordinal(),
                            new Term(IndexFields.TEXT, stems.get(i))) : states[i].docFreq();
                    weights.put(stems.get(i), Math.log(1 + (documents - df + 0.5) / (df + 0.5)));
                }
                return weights;
            } finally {
                index.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<SearchHit> observedWithin(Instant from, Instant to, Set<SourceType> types, int limit, Clearance clearance) {
        try {
            IndexSearcher searcher = index.searchers().acquire();
            try {
                Query listed = filters(clearance, null, from, to, types, Set.of(), Set.of(), maxAccess(searcher.getIndexReader()));
                Sort newestFirst = new Sort(new SortedNumericSortField(IndexFields.OBSERVED, SortField.Type.LONG, true));
                List<SearchHit> hits = new ArrayList<>();
                for (ScoreDoc sd : searcher.search(listed, limit, newestFirst).scoreDocs) {
                    hits.add(toHit(stored.get(searcher, sd.doc), 0, Set.of()));
                }
                return hits.reversed();
            } finally {
                index.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Set<String> sourcesTitled(String words, Set<SourceType> types, Clearance clearance, int atMost) {
        List<String> terms = Terms.distinct(analyzer, IndexFields.TITLE, words);
        if (terms.isEmpty()) {
            return Set.of();
        }
        try {
            IndexSearcher searcher = index.searchers().acquire();
            try {
                var titled = new BooleanQuery.Builder();
                terms.forEach(t -> titled.add(new TermQuery(new Term(IndexFields.TITLE, t)), Occur.FILTER));
                Query filters = filters(clearance, null, null, null, types, Set.of(), Set.of(), maxAccess(searcher.getIndexReader()));
                if (filters != null) {
                    titled.add(filters, Occur.FILTER);
                }
                Set<String> sources = new LinkedHashSet<>();
                StoredFields fields = searcher.storedFields();
                for (ScoreDoc sd : searcher.search(titled.build(), TITLED_FRAGMENTS).scoreDocs) {
                    sources.add(fields.document(sd.doc, SOURCE_ONLY).get(IndexFields.SOURCE_ID));
                    if (sources.size() == atMost) {
                        break;
                    }
                }
                return sources;
            } finally {
                index.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int fragmentsWith(String stem, Clearance clearance) {
        try {
            IndexSearcher searcher = index.searchers().acquire();
            try {
                Query term = new TermQuery(new Term(IndexFields.TEXT, stem));
                Query readable = new BooleanQuery.Builder().add(term, Occur.MUST)
                        .add(IntField.newRangeQuery(IndexFields.ACCESS, 0, clearance.ordinal()), Occur.FILTER).build();
                return searcher.count(readable);
            } finally {
                index.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many fragments with a title asked for are read for their sources: a document has tens, a base a few such documents. */
    private static final int TITLED_FRAGMENTS = 1000;
    /** The one stored field read of a fragment found by its title. */
    private static final Set<String> SOURCE_ONLY = Set.of(IndexFields.SOURCE_ID);

    /** BM25 picks the candidates (fast, with early termination); freshness then reorders them. */
    static int candidates(int k) {
        return Math.max(k * 5, 50);
    }

    private record Scored(int doc, float score) {}

    private List<Scored> rescoreByFreshness(IndexSearcher searcher, TopDocs top, long reference) throws IOException {
        List<Scored> scored = new ArrayList<>(top.scoreDocs.length);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (ScoreDoc sd : top.scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            SortedNumericDocValues observed = DocValues.getSortedNumeric(leaf.reader(), IndexFields.OBSERVED);
            double factor = observed.advanceExact(sd.doc - leaf.docBase) ? freshness.factor(observed.nextValue(), reference) : 1.0;
            scored.add(new Scored(sd.doc, (float) (sd.score * factor)));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        return scored;
    }

    /**
     * Access, as-of, time range, type and tag restrictions, as one filter for both lexical and vector search;
     * {@code null} when nothing is restricted. The access restriction is left out when no source in the index is
     * above the caller's clearance (the usual case for most callers): it would exclude nothing and cost a check per
     * matching document.
     */
    private static Query filters(SearchRequest r, int maxAccess) {
        return filters(r.clearance(), r.asOf(), r.from(), r.to(), r.types(), r.tags(), r.sources(), maxAccess);
    }

    private static Query filters(Clearance clearance, Instant asOf, Instant observedFrom, Instant observedTo, Set<SourceType> types,
                                 Set<String> tags, Set<String> sources, int maxAccess) {
        var q = new BooleanQuery.Builder();
        if (maxAccess > clearance.ordinal()) {
            q.add(IntField.newRangeQuery(IndexFields.ACCESS, 0, clearance.ordinal()), Occur.FILTER);
        }
        if (asOf != null) {
            q.add(new BooleanQuery.Builder()
                    .add(LongField.newRangeQuery(IndexFields.OBSERVED, Long.MIN_VALUE, asOf.toEpochMilli()), Occur.SHOULD)
                    .add(undated(), Occur.SHOULD).build(), Occur.FILTER);
        }
        if (observedFrom != null || observedTo != null) {
            long from = observedFrom == null ? Long.MIN_VALUE : observedFrom.toEpochMilli();
            long to = observedTo == null ? Long.MAX_VALUE : observedTo.toEpochMilli();
            q.add(LongField.newRangeQuery(IndexFields.OBSERVED, from, to), Occur.FILTER);
        }
        if (!types.isEmpty()) {
            var typed = new BooleanQuery.Builder();
            types.forEach(t -> typed.add(new TermQuery(new Term(IndexFields.TYPE, t.code())), Occur.SHOULD));
            q.add(typed.build(), Occur.FILTER);
        }
        for (String tag : tags) {
            q.add(new TermQuery(new Term(IndexFields.TAGS, tag)), Occur.FILTER);
        }
        if (!sources.isEmpty()) {
            var within = new BooleanQuery.Builder();
            sources.forEach(id -> within.add(new TermQuery(new Term(IndexFields.SOURCE_ID, id)), Occur.SHOULD));
            q.add(within.build(), Occur.FILTER);
        }
        BooleanQuery filters = q.build();
        return filters.clauses().isEmpty() ? null : filters;
    }

    /** The highest access level of any indexed fragment, or -1 for an empty index. */
    private static int maxAccess(IndexReader reader) throws IOException {
        byte[] max = PointValues.getMaxPackedValue(reader, IndexFields.ACCESS);
        return max == null ? -1 : NumericUtils.sortableBytesToInt(max, 0);
    }

    private static Query undated() {
        return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
                .add(new FieldExistsQuery(IndexFields.OBSERVED), Occur.MUST_NOT).build();
    }

    /** The hit of a stored fragment; an event stored before its time was labelled is labelled here. */
    private SearchHit toHit(StoredFragments.Fragment f, float score, Set<String> terms) {
        String text = EventLine.labelled(f.type(), f.text(), f.observedAt(), zone);
        return new SearchHit(f.fragmentId(), f.sourceId(), f.title(), f.type(), f.location(), f.heading(), f.observedAt(),
                score, text, Excerpt.lazy(() -> Snippets.best(analysis, text, terms)));
    }
}
