package ru.sppr.chat.knowledge;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * Freshness decay of time-stamped fragments:
 * {@code factor = FLOOR + (1 − FLOOR) · decay ^ (age_hours / window_hours)}, where decay is
 * {@code CHAT_RETRIEVAL_DECAY} and the window {@code CHAT_RETRIEVAL_FRESHNESS_H}; age is measured from the
 * request's reference time and never negative. The floor keeps relevance in charge: old material loses at most
 * half its score, so freshness decides between comparably relevant fragments. Fragments without a time keep 1.
 */
public record Freshness(double decay, double windowHours) {
    public static final double FLOOR = 0.5;
    private static final double MILLIS_PER_HOUR = 3_600_000.0;

    public double factor(long observedMillis, long referenceMillis) {
        double ageHours = Math.max(0, referenceMillis - observedMillis) / MILLIS_PER_HOUR;
        return FLOOR + (1 - FLOOR) * Math.pow(decay, ageHours / windowHours);
    }

    /** The factor per document, read from the observed-time doc values. */
    DoubleValuesSource valuesAt(long referenceMillis) {
        return new ValuesSource(this, referenceMillis);
    }

    private static final class ValuesSource extends DoubleValuesSource {
        private final Freshness freshness;
        private final long reference;

        ValuesSource(Freshness freshness, long reference) {
            this.freshness = freshness;
            this.reference = reference;
        }

        @Override
        public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
            SortedNumericDocValues observed = DocValues.getSortedNumeric(ctx.reader(), LuceneIndex.OBSERVED);
            return new DoubleValues() {
                private double value;

                @Override
                public double doubleValue() {
                    return value;
                }

                @Override
                public boolean advanceExact(int doc) throws IOException {
                    value = observed.advanceExact(doc) ? freshness.factor(observed.nextValue(), reference) : 1.0;
                    return true;
                }
            };
        }

        @Override
        public boolean needsScores() {
            return false;
        }

        @Override
        public DoubleValuesSource rewrite(IndexSearcher searcher) {
            return this;
        }

        @Override
        public int hashCode() {
            return Objects.hash(freshness, reference);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ValuesSource v && v.freshness.equals(freshness) && v.reference == reference;
        }

        @Override
        public String toString() {
            return "freshness(" + freshness + ", ref=" + reference + ")";
        }

        @Override
        public boolean isCacheable(LeafReaderContext ctx) {
            return false;
        }
    }
}
