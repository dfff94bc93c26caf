package ru.sppr.chat.tools.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Ranking metrics with binary relevance; pure functions of a ranked list and the relevant set. */
public final class RetrievalMetrics {
    private RetrievalMetrics() {
    }

    public static double ndcg(List<String> ranked, Set<String> relevant, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                dcg += 1 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, relevant.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    public static double reciprocalRank(List<String> ranked, Set<String> relevant, int k) {
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    public static double recall(List<String> ranked, Set<String> relevant, int k) {
        long found = ranked.stream().limit(k).filter(relevant::contains).count();
        return relevant.isEmpty() ? 0 : (double) found / relevant.size();
    }

    /** Whether any answer string occurs in any of the texts (case-insensitive, ё = е). */
    public static boolean containsAnswer(List<String> texts, List<String> answers) {
        return texts.stream().map(RetrievalMetrics::fold)
                .anyMatch(t -> answers.stream().map(RetrievalMetrics::fold).anyMatch(a -> !a.isBlank() && t.contains(a)));
    }

    public static String fold(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** Nearest-rank percentile of the values. */
    public static double percentile(double[] values, double q) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
