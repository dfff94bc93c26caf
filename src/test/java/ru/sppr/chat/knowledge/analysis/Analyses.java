package ru.sppr.chat.knowledge.analysis;

/** One text analysis for the tests that need one (it loads the lemma dictionary, so they share it). */
public final class Analyses {
    public static final TermAnalysis SHARED = new TermAnalysis();

    private Analyses() {
    }
}
