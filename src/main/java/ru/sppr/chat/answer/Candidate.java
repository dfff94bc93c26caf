package ru.sppr.chat.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;
import ru.sppr.chat.knowledge.search.SearchHit;
import ru.sppr.chat.knowledge.source.SourceType;

/**
 * A sentence of a retrieved fragment scored against the question: the share of the question's content words it
 * contains, weighted by how informative each word is (coverage), blended with its fragment's retrieval score
 * relative to the best fragment.
 */
record Candidate(String sentence, int hit, int position, double coverage, double score, List<String> stems, List<String> context) {
    static final double COVERAGE_WEIGHT = 0.65;
    /** The share of the shorter sentence's words two sentences have alike when the later retells the earlier. */
    private static final double RETOLD = 0.8;
    /**
     * How much a word asked counts when not the sentence but its fragment's title or heading has it: «Охрана — наряд ОМВД»
     * under «Справка о ПВР № 1» answers «пвр 1 кто охраняет».
     */
    static final double CONTEXT_SHARE = 0.5;
    /** The mark of a title cut from the text's first sentence: «… не выпускали соседей сзади…». */
    private static final Pattern CUT = Pattern.compile("(?:…|\\.\\.\\.)$");
    /**
     * How much a word asked counts when the sentence has it only in another form the stemmer cuts otherwise («вывезено»
     * for «вывезли»): half, as one its title has — counted whole, such forms of common verbs («принята», «построено»)
     * made XQuAD with the gold removed abstain less (0.918 → 0.901; half: 0.908), while half kept most of what they add
     * (containment 0.855 → 0.865).
     */
    static final double LEMMA_SHARE = 0.5;
    private static final int LONG_STEM = 6;
    private static final int MORE_LETTERS = 2;

    /**
     * The sentences of the first {@code maxHits} fragments, skipping those that speak only of other numbered objects of
     * a kind asked about ({@code numbered}, {@link NumberedObjects#in} of the question: rows of «ПВР № 3» when asked of
     * «пвр 2»).
     */
    static List<Candidate> from(TermAnalysis analysis, List<SearchHit> hits, List<String> questionStems,
                                Map<String, Set<String>> questionForms, Map<String, Double> weights, int maxHits,
                                Map<String, Set<String>> numbered) {
        List<Candidate> candidates = new ArrayList<>();
        double top = hits.isEmpty() ? 1 : Math.max(hits.getFirst().score(), 1e-9);
        int read = 0;
        for (int h = 0; h < hits.size() && read < maxHits; h++) {
            if (NumberedObjects.aboutAnother(hits.get(h).text(), numbered)) {
                continue;
            }
            read++;
            SearchHit hit = hits.get(h);
            List<String> context = analysis.stems(titleAndHeading(hit));
            List<TermAnalysis.Sentence> sentences = analysis.sentences(hit.text());
            for (int p = 0; p < sentences.size(); p++) {
                TermAnalysis.Sentence sentence = sentences.get(p);
                double coverage = coverage(questionStems, questionForms, sentence, context, weights);
                double score = COVERAGE_WEIGHT * coverage + (1 - COVERAGE_WEIGHT) * hit.score() / top;
                candidates.add(new Candidate(sentence.text(), h, p, coverage, score, sentence.stems(), context));
            }
        }
        return candidates;
    }

    /**
     * The title and heading a fragment's sentences are read under. A news report's title is its own first sentence, which
     * says what the report is about: «В Сегежском районе введен режим ЧС» is read under «9 человек пострадали при размыве
     * временной дамбы на Беломоро-Балтийском канале в Карелии». A document whose text starts with its cut title has none.
     */
    private static String titleAndHeading(SearchHit hit) {
        String title = hit.title() == null
                || hit.type() != SourceType.RECORD && hit.text().startsWith(CUT.matcher(hit.title().strip()).replaceFirst("")) ? "" : hit.title();
        return title + (hit.heading() == null ? "" : " " + hit.heading());
    }

    /** The weighted share of the question's words the text contains (each word counts by its informativeness). */
    static double coverage(List<String> questionStems, List<String> stems, Map<String, Double> weights) {
        return coverage(questionStems, stems, List.of(), weights);
    }

    /**
     * As {@link #coverage(List, List, List, Map)}, a word asked that the sentence has in another form the stemmer cuts
     * otherwise — its lemma stemmed alike ({@link TermAnalysis#forms}) — counting {@value #LEMMA_SHARE} of itself:
     * «вывезено» for «вывезли».
     */
    static double coverage(List<String> questionStems, Map<String, Set<String>> questionForms, TermAnalysis.Sentence sentence,
                           List<String> context, Map<String, Double> weights) {
        return coverage(questionStems, sentence.stems(), q -> sameLemma(questionForms.get(q), sentence.lemmaStems()), context, weights);
    }

    private static boolean sameLemma(Set<String> forms, Set<String> lemmaStems) {
        if (forms == null) {
            return false;
        }
        for (String form : forms) {
            if (lemmaStems.contains(form)) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #coverage(List, List, Map)}, a word only the {@code context} has counting {@value #CONTEXT_SHARE} of itself. */
    static double coverage(List<String> questionStems, List<String> stems, List<String> context, Map<String, Double> weights) {
        return coverage(questionStems, stems, q -> false, context, weights);
    }

    /** The one computation of coverage: said whole, said in another form ({@value #LEMMA_SHARE}), only in the context. */
    private static double coverage(List<String> questionStems, List<String> stems, Predicate<String> saidOtherwise, List<String> context,
                                   Map<String, Double> weights) {
        double total = 0;
        double found = 0;
        for (String q : questionStems) {
            double w = weights.getOrDefault(q, 1.0);
            total += w;
            if (stems.contains(q)) {
                found += w;
            } else if (saidOtherwise.test(q)) {
                found += w * LEMMA_SHARE;
            } else if (context.contains(q)) {
                found += w * CONTEXT_SHARE;
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
        return new Candidate(sentence, hit, position, coverage, score + bonus, stems, context);
    }

    /** The same sentence cut to {@code window}, its coverage of the question measured on what is left. */
    Candidate shortened(TermAnalysis analysis, String window, List<String> questionStems, Map<String, Double> weights) {
        List<String> windowStems = analysis.stems(window);
        return new Candidate(window, hit, position, coverage(questionStems, windowStems, context, weights), score, windowStems, context);
    }

    int words() {
        return Words.count(sentence);
    }

    /**
     * Whether this sentence retells an earlier one (the same news from another channel): most of the shorter one's words
     * are the other's too.
     */
    boolean retells(Candidate earlier) {
        Set<String> words = new HashSet<>(earlier.stems);
        long distinct = stems.stream().distinct().count();
        long shared = stems.stream().distinct().filter(words::contains).count();
        return shared >= RETOLD * Math.min(words.size(), distinct);
    }

    /** Jaccard similarity of the two sentences' stems: near-duplicates say the same thing twice. */
    double overlap(Candidate other) {
        long common = stems.stream().filter(other.stems::contains).count();
        int union = stems.size() + other.stems.size() - (int) common;
        return union == 0 ? 1 : (double) common / union;
    }
}
