package ru.sppr.chat.answer;

/**
 * Measurable signals of how well an answer is supported, the inputs of {@link ConfidenceModel}:
 * share of the question's content words found in the answer's first sentence and in the best fragment,
 * the best retrieval score and its margin over the runner-up, how many sources back the answer, whether
 * sources disagree on a figure, and whether the answer was read from the situation model (observations of a named
 * entity) rather than composed from retrieved sentences.
 */
public record Evidence(double sentenceCoverage, double fragmentCoverage, double topScore, double margin, int sources,
                       boolean conflict, boolean modelled) {
    public static final Evidence NONE = new Evidence(0, 0, 0, 0, 0, false);

    /** Evidence of an answer composed from retrieved sentences. */
    public Evidence(double sentenceCoverage, double fragmentCoverage, double topScore, double margin, int sources,
                    boolean conflict) {
        this(sentenceCoverage, fragmentCoverage, topScore, margin, sources, conflict, false);
    }

    /** The feature vector, in the order of the shipped model's weights ({@link ConfidenceModel#FEATURES}). */
    public double[] features() {
        return new double[] {sentenceCoverage, fragmentCoverage, Math.log1p(topScore), margin,
                Math.min(sources, 3) / 3.0, conflict ? 1 : 0, modelled ? 1 : 0, modelled ? sentenceCoverage : 0};
    }
}
