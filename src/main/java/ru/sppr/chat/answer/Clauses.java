package ru.sppr.chat.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;

/**
 * Shortens a sentence that is longer than the answer may be to the run of its clauses that is about the question:
 * of all runs that fit, the shortest with most of the question's words (and the kind of answer asked for), widened
 * by a clause after it and one before it in turn while they fit. Cut ends are marked with "…".
 */
final class Clauses {
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[,;:])\\s+|\\s+(?=[—–(])");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final String CUT = "…";

    private Clauses() {
    }

    private record Clause(int start, int end, int words, Set<String> stems, boolean offers) {}

    /** Clauses {@code from}..{@code to} (inclusive), their length and how much they answer; {@code to < from}: none. */
    private record Run(int from, int to, int words, double value) {
        static final Run NONE = new Run(0, -1, 0, -1);

        /** Takes a clause after the run and one before it in turn while they fit. */
        Run widened(List<Clause> clauses, int budget) {
            int first = from;
            int last = to;
            int length = words;
            boolean grown = true;
            while (grown) {
                grown = false;
                if (last < clauses.size() - 1 && length + clauses.get(last + 1).words() <= budget) {
                    length += clauses.get(++last).words();
                    grown = true;
                }
                if (first > 0 && length + clauses.get(first - 1).words() <= budget) {
                    length += clauses.get(--first).words();
                    grown = true;
                }
            }
            return new Run(first, last, length, value);
        }
    }

    /** The sentence itself if it fits {@code budget} words, otherwise its most relevant run of clauses that does. */
    static String window(TermAnalysis analysis, String sentence, List<String> questionStems, Map<String, Double> weights,
                         AnswerType expected, int budget) {
        if (Words.count(sentence) <= budget) {
            return sentence;
        }
        List<Clause> clauses = split(analysis, sentence, expected);
        Run best = bestRun(clauses, questionStems, weights, budget);
        for (Clause c : clauses) {
            if (c.words() > budget && value(c.stems(), c.offers(), questionStems, weights) > best.value()) {
                return wordWindow(analysis, sentence.substring(c.start(), c.end()), questionStems, budget, c.start() > 0,
                        c.end() < sentence.length());
            }
        }
        Run run = best.widened(clauses, budget);
        return render(sentence.substring(clauses.get(run.from()).start(), clauses.get(run.to()).end()), run.from() > 0,
                run.to() < clauses.size() - 1);
    }

    /** Of all runs of clauses that fit the budget, the one that answers most; of equal ones, the shortest. */
    private static Run bestRun(List<Clause> clauses, List<String> questionStems, Map<String, Double> weights, int budget) {
        Run best = Run.NONE;
        for (int i = 0; i < clauses.size(); i++) {
            Set<String> covered = new HashSet<>();
            boolean offered = false;
            int words = 0;
            for (int j = i; j < clauses.size() && words + clauses.get(j).words() <= budget; j++) {
                words += clauses.get(j).words();
                covered.addAll(clauses.get(j).stems());
                offered |= clauses.get(j).offers();
                double value = value(covered, offered, questionStems, weights);
                if (value > best.value() || value == best.value() && words < best.words()) {
                    best = new Run(i, j, words, value);
                }
            }
        }
        return best;
    }

    /** How much a run of clauses answers: the weight of the question's words in it, plus one if it offers the kind of answer asked for. */
    private static double value(Set<String> covered, boolean offered, List<String> questionStems, Map<String, Double> weights) {
        double value = offered ? 1 : 0;
        for (String q : questionStems) {
            if (covered.contains(q)) {
                value += weights.getOrDefault(q, 1.0);
            }
        }
        return value;
    }

    private static List<Clause> split(TermAnalysis analysis, String sentence, AnswerType expected) {
        List<Clause> clauses = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(sentence);
        int start = 0;
        while (m.find()) {
            add(analysis, clauses, sentence, start, m.start(), expected);
            start = m.end();
        }
        add(analysis, clauses, sentence, start, sentence.length(), expected);
        return clauses;
    }

    private static void add(TermAnalysis analysis, List<Clause> clauses, String sentence, int start, int end,
                            AnswerType expected) {
        if (end > start) {
            String text = sentence.substring(start, end);
            clauses.add(new Clause(start, end, Words.count(text), Set.copyOf(analysis.stems(text)), expected.offeredBy(text)));
        }
    }

    /**
     * A clause longer than the budget: the run of {@code budget} words with most of the question's words; of equally
     * good runs the middle one, so that the question's words stand in the middle of the run, not at one edge.
     */
    private static String wordWindow(TermAnalysis analysis, String clause, List<String> questionStems, int budget,
                                     boolean cutBefore, boolean cutAfter) {
        List<String> tokens = List.of(SPACE.split(clause.strip()));
        List<Integer> best = new ArrayList<>();
        long bestHits = -1;
        for (int start = 0; start + budget <= tokens.size(); start++) {
            long hits = analysis.stems(String.join(" ", tokens.subList(start, start + budget))).stream()
                    .filter(questionStems::contains).count();
            if (hits > bestHits) {
                bestHits = hits;
                best.clear();
            }
            if (hits == bestHits) {
                best.add(start);
            }
        }
        int start = best.get(best.size() / 2);
        int end = Math.min(tokens.size(), start + budget);
        return render(String.join(" ", tokens.subList(start, end)), cutBefore || start > 0, cutAfter || end < tokens.size());
    }

    private static String render(String text, boolean cutBefore, boolean cutAfter) {
        String body = text.strip();
        if (cutAfter) {
            body = body.replaceAll("[\\s,;:—–(]+$", "") + CUT;
        }
        return cutBefore ? CUT + body : body;
    }
}
