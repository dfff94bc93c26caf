package ru.sppr.chat.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;
import ru.sppr.chat.knowledge.search.SearchHit;

/**
 * A sentence of a retrieved fragment scored against the question: the share of the question's content words it
 * contains, weighted by how informative each word is (coverage), blended with its fragment's retrieval score
 * relative to the best fragment.
 */
record Candidate(String sentence, int hit, int position, double coverage, double score, List<String> stems) {
    static final double COVERAGE_WEIGHT = 0.65;
    private static final int LONG_STEM = 6;
    private static final int MORE_LETTERS = 2;

    /**
     * The sentences of the first {@code maxHits} fragments, skipping those that speak only of other numbered objects of
     * a kind asked about ({@code numbered}, {@link NumberedObjects#in} of the question: rows of «ПВР № 3» when asked of
     * «пвр 2»).
     */
    static List<Candidate> from(TermAnalysis analysis, List<SearchHit> hits, List<String> questionStems,
                                Map<String, Double> weights, int maxHits, Map<String, Set<String>> numbered) {
        List<Candidate> candidates = new ArrayList<>();
        double top = hits.isEmpty() ? 1 : Math.max(hits.getFirst().score(), 1e-9);
        int read = 0;
        for (int h = 0; h < hits.size() && read < maxHits; h++) {
            if (NumberedObjects.aboutAnother(hits.get(h).text(), numbered)) {
                continue;
            }
            read++;
            List<TermAnalysis.Sentence> sentences = analysis.sentences(hits.get(h).text());
            for (int p = 0; p < sentences.size(); p++) {
                TermAnalysis.Sentence sentence = sentences.get(p);
                double coverage = coverage(questionStems, sentence.stems(), weights);
                double score = COVERAGE_WEIGHT * coverage + (1 - COVERAGE_WEIGHT) * hits.get(h).score() / top;
                candidates.add(new Candidate(sentence.text(), h, p, coverage, score, sentence.stems()));
            }
        }
        return candidates;
    }

    /** The weighted share of the question's words the text contains (each word counts by its informativeness). */
    static double coverage(List<String> questionStems, List<String> stems, Map<String, Double> weights) {
        double total = 0;
        double found = 0;
        for (String q : questionStems) {
            double w = weights.getOrDefault(q, 1.0);
            total += w;
            if (stems.contains(q)) {
                found += w;
            }
        }
        return total == 0 ? 0 : found / total;
    }

    /**
     * Whether {@code stems} hold {@code stem}, or the same word in another form: a stem of at least {@value #LONG_STEM}
     * letters that starts the other, which is at most {@value #MORE_LETTERS} letters longer — the stemmer cuts
     * «перевезли» to «перевезл» but «перевезено» to «перевез». Not counted in {@link #coverage}: there such forms made
     * answers from passages without the answer more frequent (XQuAD with the gold removed abstained less).
     */
    static boolean contains(List<String> stems, String stem) {
        if (stems.contains(stem)) {
            return true;
        }
        for (String s : stems) {
            String shorter = s.length() <= stem.length() ? s : stem;
            String longer = shorter == s ? stem : s;
            if (shorter.length() >= LONG_STEM && longer.length() - shorter.length() <= MORE_LETTERS && longer.startsWith(shorter)) {
                return true;
            }
        }
        return false;
    }

    Candidate boosted(double bonus) {
        return new Candidate(sentence, hit, position, coverage, score + bonus, stems);
    }

    /** The same sentence cut to {@code window}, its coverage of the question measured on what is left. */
    Candidate shortened(TermAnalysis analysis, String window, List<String> questionStems, Map<String, Double> weights) {
        List<String> windowStems = analysis.stems(window);
        return new Candidate(window, hit, position, coverage(questionStems, windowStems, weights), score, windowStems);
    }

    int words() {
        return Words.count(sentence);
    }

    /** Jaccard similarity of the two sentences' stems: near-duplicates say the same thing twice. */
    double overlap(Candidate other) {
        long common = stems.stream().filter(other.stems::contains).count();
        int union = stems.size() + other.stems.size() - (int) common;
        return union == 0 ? 1 : (double) common / union;
    }
}
