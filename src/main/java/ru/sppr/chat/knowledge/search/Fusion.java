package ru.sppr.chat.knowledge.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * Reciprocal rank fusion of ranked lists: {@code score(d) = Σ 1 / (K + rank(d))}. Fused scores are rescaled so the
 * best one equals the best lexical (BM25) score, keeping score levels comparable with lexical-only search.
 */
final class Fusion {
    static final int K = 60;

    private Fusion() {
    }

    static TopDocs reciprocalRank(TopDocs lexical, TopDocs semantic, int limit) {
        Map<Integer, Double> fused = new HashMap<>();
        for (TopDocs list : new TopDocs[] {lexical, semantic}) {
            for (int rank = 0; rank < list.scoreDocs.length; rank++) {
                fused.merge(list.scoreDocs[rank].doc, 1.0 / (K + rank + 1), Double::sum);
            }
        }
        Map<Integer, Double> ordered = new LinkedHashMap<>();
        fused.entrySet().stream().sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()).limit(limit)
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        double best = ordered.values().stream().findFirst().orElse(1.0);
        double scale = lexical.scoreDocs.length > 0 ? lexical.scoreDocs[0].score / best : 1.0;
        ScoreDoc[] docs = ordered.entrySet().stream()
                .map(e -> new ScoreDoc(e.getKey(), (float) (e.getValue() * scale))).toArray(ScoreDoc[]::new);
        return new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
    }
}
