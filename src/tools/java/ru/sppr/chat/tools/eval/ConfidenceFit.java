package ru.sppr.chat.tools.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import ru.sppr.chat.answer.ConfidenceModel;

/**
 * Fits the confidence model on the tune parts of several evaluation sets (the operator questions, XQuAD), each set
 * weighing alike however many answers it has, and says how well it is calibrated where it was not fitted: the ECE of
 * each set's tune part by {@value #FOLDS}-fold cross-validation, and of its held-out part under the model fitted on all
 * tune parts — beside the ECE the model it replaces has there.
 */
public final class ConfidenceFit {
    static final int FOLDS = 5;

    private ConfidenceFit() {
    }

    /** One answered question: its set, whether it is in the set's tune part, its evidence features, whether it was right. */
    public record Sample(String set, boolean tune, double[] features, boolean correct) {}

    /** Calibration of one set: its sizes, the cross-validated ECE on its tune part, the held-out ECE before and after. */
    public record SetFigures(int tune, int heldout, double crossValidatedEce, double crossValidatedAuc, double heldoutEce,
                             double heldoutEceBefore) {}

    public record Result(ConfidenceModel model, Map<String, SetFigures> sets) {
        public Map<String, Object> figures() {
            Map<String, Object> figures = new LinkedHashMap<>();
            sets.forEach((set, f) -> {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("answered_tune", f.tune());
                one.put("answered_heldout", f.heldout());
                one.put("cross_validated_ece_tune", round(f.crossValidatedEce()));
                one.put("cross_validated_auc_tune", Double.isNaN(f.crossValidatedAuc()) ? null : round(f.crossValidatedAuc()));
                one.put("ece_heldout", f.heldout() == 0 ? null : round(f.heldoutEce()));
                one.put("ece_heldout_before", f.heldout() == 0 ? null : round(f.heldoutEceBefore()));
                figures.put(set, one);
            });
            return figures;
        }
    }

    public static Result fit(List<Sample> samples, ConfidenceModel before) {
        return fitted(samples, before, ConfidenceFit::fitOn);
    }

    /**
     * Keeps {@code shape}'s weights and refits only the shift of its log-odds, on answers given before anyone tuned the
     * system to their questions — the first runs of new question sets, recorded with {@code eval dialogue --record}.
     * Answers to read questions are right more often than answers to new ones, so a model fitted on them alone is too
     * sure of itself on questions nobody has seen. Every answer of a first run counts, whichever half of its set it is in:
     * when it was recorded, nothing had been tuned on either; the figures are by cross-validation, and the honest check is
     * a set no fit sees. A few dozen answers are too few to refit eight weights, so one parameter moves the level.
     */
    public static Result rescale(List<Sample> firstRuns, ConfidenceModel shape) {
        List<Sample> all = firstRuns.stream().map(s -> new Sample(s.set(), true, s.features(), s.correct())).toList();
        return fitted(all, shape, fitting -> shape.shifted(shiftOn(fitting, shape)));
    }

    private static Result fitted(List<Sample> samples, ConfidenceModel before, Function<List<Sample>, ConfidenceModel> fitter) {
        List<Sample> tune = samples.stream().filter(Sample::tune).toList();
        ConfidenceModel model = fitter.apply(tune);
        double[] crossValidated = new double[tune.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Sample> train = new ArrayList<>();
            for (int i = 0; i < tune.size(); i++) {
                if (i % FOLDS != fold) {
                    train.add(tune.get(i));
                }
            }
            ConfidenceModel part = fitter.apply(train);
            for (int i = fold; i < tune.size(); i += FOLDS) {
                crossValidated[i] = part.probability(tune.get(i).features());
            }
        }
        Map<String, SetFigures> sets = new LinkedHashMap<>();
        for (String set : samples.stream().map(Sample::set).distinct().toList()) {
            List<Double> cv = new ArrayList<>();
            List<Boolean> cvTruth = new ArrayList<>();
            for (int i = 0; i < tune.size(); i++) {
                if (tune.get(i).set().equals(set)) {
                    cv.add(crossValidated[i]);
                    cvTruth.add(tune.get(i).correct());
                }
            }
            List<Sample> heldout = samples.stream().filter(s -> s.set().equals(set) && !s.tune()).toList();
            sets.put(set, new SetFigures(cv.size(), heldout.size(),
                    AnswerEvaluation.ece(cv.stream().mapToDouble(Double::doubleValue).toArray(), cvTruth), auc(cv, cvTruth),
                    ece(heldout, model), ece(heldout, before)));
        }
        return new Result(model, sets);
    }

    private static double ece(List<Sample> samples, ConfidenceModel model) {
        return AnswerEvaluation.ece(samples.stream().mapToDouble(s -> model.probability(s.features())).toArray(),
                samples.stream().map(Sample::correct).toList());
    }

    private static ConfidenceModel fitOn(List<Sample> samples) {
        return ConfidenceModel.fit(samples.stream().map(Sample::features).toArray(double[][]::new), truth(samples),
                weights(samples));
    }

    /**
     * The shift of the log-odds that makes the weighted mean confidence equal the weighted rate of right answers — where
     * the log loss is least (its slope grows with the shift, so halving the interval finds it).
     */
    private static double shiftOn(List<Sample> samples, ConfidenceModel shape) {
        double[] logits = samples.stream().mapToDouble(s -> shape.logit(s.features())).toArray();
        boolean[] right = truth(samples);
        double[] weight = weights(samples);
        double low = -20;
        double high = 20;
        for (int step = 0; step < 60; step++) {
            double shift = (low + high) / 2;
            double slope = 0;
            for (int i = 0; i < logits.length; i++) {
                slope += weight[i] * (1 / (1 + Math.exp(-(logits[i] + shift))) - (right[i] ? 1 : 0));
            }
            if (slope > 0) {
                high = shift;
            } else {
                low = shift;
            }
        }
        return (low + high) / 2;
    }

    private static boolean[] truth(List<Sample> samples) {
        boolean[] y = new boolean[samples.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = samples.get(i).correct();
        }
        return y;
    }

    /** Each set's examples weigh 1 / (its size), so a set of 90 answers counts as much as one of 400. */
    private static double[] weights(List<Sample> samples) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        samples.forEach(s -> sizes.merge(s.set(), 1L, Long::sum));
        return samples.stream().mapToDouble(s -> 1.0 / sizes.get(s.set())).toArray();
    }

    /**
     * How well the confidence tells right answers from wrong ones: the chance that a right answer, drawn at random, is
     * more confident than a wrong one (ties count half); 0.5 is no better than a coin.
     */
    static double auc(List<Double> confidence, List<Boolean> correct) {
        long pairs = 0;
        double ordered = 0;
        for (int i = 0; i < confidence.size(); i++) {
            for (int j = 0; j < confidence.size(); j++) {
                if (correct.get(i) && !correct.get(j)) {
                    pairs++;
                    double a = confidence.get(i);
                    double b = confidence.get(j);
                    ordered += a > b ? 1 : a == b ? 0.5 : 0;
                }
            }
        }
        return pairs == 0 ? Double.NaN : ordered / pairs;
    }

    /** The features by their names, rounded, as a dump or a recorded run shows them. */
    static Map<String, Double> named(double[] features) {
        Map<String, Double> named = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(features.length, ConfidenceModel.FEATURES.size()); i++) {
            named.put(ConfidenceModel.FEATURES.get(i), round(features[i]));
        }
        return named;
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
