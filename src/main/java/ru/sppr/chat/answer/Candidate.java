package ru.sppr.chat.answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;
import ru.sppr.chat.knowledge.search.SearchHit;

/**
 * A sentence of a retrieved fragment scored against the question: the share of the question's content words it
 * contains in the same form, weighted by how informative each word is (coverage: whether it is about the question at
 * all), the same share counting other forms of the same dictionary word too («погибшие» — «погибли»;
 * lemmaCoverage), and the score that ranks it: lemmaCoverage blended with its fragment's retrieval score relative to the
 * best fragment.
 */
record Candidate(String sentence, int hit, int position, double coverage, double lemmaCoverage, double score, List<String> stems) {
    static final double COVERAGE_WEIGHT = 0.65;
    private static final int LONG_STEM = 6;
    private static final int MORE_LETTERS = 2;

    /**
     * The sentences of the first {@code maxHits} fragments, skipping those that speak only of other numbered objects of
     * a kind asked about ({@code numbered}, {@link NumberedObjects#in} of the question: rows of «ПВР № 3» when asked of
     * «пвр 2»).
     */
    static List<Candidate> from(TermAnalysis analysis, List<SearchHit> hits, List<String> questionStems,
                                Map<String, Set<String>> questionLemmas, Map<String, Double> weights, int maxHits,
                                Map<String, Set<String>> numbered) {
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
                double lemmaCoverage = lemmaCoverage(questionStems, questionLemmas, sentence, weights);
                double score = COVERAGE_WEIGHT * lemmaCoverage + (1 - COVERAGE_WEIGHT) * hits.get(h).score() / top;
                candidates.add(new Candidate(sentence.text(), h, p, coverage, lemmaCoverage, score, sentence.stems()));
            }
        }
        return candidates;
    }

    /**
     * The weighted share of the question's words the sentence has in any form of the same dictionary word;
     * {@code questionLemmas} are the question's {@link TermAnalysis#lemmasByStem}.
     */
    static double lemmaCoverage(List<String> questionStems, Map<String, Set<String>> questionLemmas, TermAnalysis.Sentence sentence,
                                Map<String, Double> weights) {
        return share(questionStems, weights, q -> sentence.stems().contains(q)
                || !Collections.disjoint(questionLemmas.getOrDefault(q, Set.of()), sentence.lemmas()));
    }

    /** The weighted share of the question's words the text contains (each word counts by its informativeness). */
    static double coverage(List<String> questionStems, List<String> stems, Map<String, Double> weights) {
        return share(questionStems, weights, stems::contains);
    }

    private static double share(List<String> questionStems, Map<String, Double> weights, Predicate<String> found) {
        double total = 0;
        double had = 0;
        for (String q : questionStems) {
            double w = weights.getOrDefault(q, 1.0);
            total += w;
            if (found.test(q)) {
                had += w;
            }
        }
        return total == 0 ? 0 : had / total;
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
        return new Candidate(sentence, hit, position, coverage, lemmaCoverage, score + bonus, stems);
    }

    /** The same sentence cut to {@code window}, its coverage of the question measured on what is left. */
    Candidate shortened(TermAnalysis analysis, String window, List<String> questionStems, Map<String, Set<String>> questionLemmas,
                        Map<String, Double> weights) {
        TermAnalysis.Sentence cut = analysis.sentence(window);
        return new Candidate(window, hit, position, coverage(questionStems, cut.stems(), weights),
                lemmaCoverage(questionStems, questionLemmas, cut, weights), score, cut.stems());
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
