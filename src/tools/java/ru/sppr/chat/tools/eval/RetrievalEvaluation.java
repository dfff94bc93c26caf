package ru.sppr.chat.tools.eval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.sppr.chat.knowledge.KnowledgeBase;
import ru.sppr.chat.knowledge.search.SearchHit;
import ru.sppr.chat.knowledge.search.SearchRequest;
import ru.sppr.chat.user.Clearance;

/**
 * Runs every query of a data set through the service's search and scores the ranking of sources:
 * nDCG@10, MRR@10, Recall@1/5/10, gold answer in the top-1/top-5 fragments, and query latency.
 */
public final class RetrievalEvaluation {
    private static final int CANDIDATE_FACTOR = 3;

    private RetrievalEvaluation() {
    }

    public static Map<String, Object> run(EvalData data, KnowledgeBase knowledge, int k) {
        int n = data.queries().size();
        double ndcg = 0, mrr = 0, r1 = 0, r5 = 0, r10 = 0, top1 = 0, top5 = 0;
        double[] latency = new double[n];
        Instant now = Instant.now();
        for (int i = 0; i < n; i++) {
            EvalData.Query q = data.queries().get(i);
            long t0 = System.nanoTime();
            List<SearchHit> hits = knowledge.search(SearchRequest.simple(q.text(), Math.min(SearchRequest.MAX_K,
                    Math.max(10, k) * CANDIDATE_FACTOR), Clearance.SECRET, now));
            latency[i] = (System.nanoTime() - t0) / 1e6;
            List<String> ranked = distinctSources(hits);
            Set<String> relevant = data.relevant().get(q.id());
            ndcg += RetrievalMetrics.ndcg(ranked, relevant, 10);
            mrr += RetrievalMetrics.reciprocalRank(ranked, relevant, 10);
            r1 += RetrievalMetrics.recall(ranked, relevant, 1);
            r5 += RetrievalMetrics.recall(ranked, relevant, 5);
            r10 += RetrievalMetrics.recall(ranked, relevant, 10);
            List<String> texts = hits.stream().map(SearchHit::text).toList();
            top1 += RetrievalMetrics.containsAnswer(texts.subList(0, Math.min(1, texts.size())), q.answers()) ? 1 : 0;
            top5 += RetrievalMetrics.containsAnswer(texts.subList(0, Math.min(5, texts.size())), q.answers()) ? 1 : 0;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ndcg@10", round(ndcg / n));
        result.put("mrr@10", round(mrr / n));
        result.put("recall@1", round(r1 / n));
        result.put("recall@5", round(r5 / n));
        result.put("recall@10", round(r10 / n));
        result.put("answer_in_top1", round(top1 / n));
        result.put("answer_in_top5", round(top5 / n));
        result.put("latency_p50_ms", round(RetrievalMetrics.percentile(latency, 0.50)));
        result.put("latency_p99_ms", round(RetrievalMetrics.percentile(latency, 0.99)));
        result.put("queries", n);
        return result;
    }

    static List<String> distinctSources(List<SearchHit> hits) {
        List<String> ids = new ArrayList<>();
        for (SearchHit hit : hits) {
            if (!ids.contains(hit.sourceId())) {
                ids.add(hit.sourceId());
            }
        }
        return ids;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
