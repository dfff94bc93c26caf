package ru.sppr.chat.dialog;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question that compares two terms: «чем СЭП отличается от ПВР», «чем паводок от половодья отличается», «половодье и
 * паводок в чем разница», «разница между ОЯ и НЯ», «difference between X and Y». Each term is explained on its own, since one fragment seldom defines both.
 */
final class Comparison {
    private static final String TERM = "([\\p{L}\\p{N}-]+(?:\\s+[\\p{L}\\p{N}-]+){0,2}?)";
    private static final String DIFFER = "(?:разниц\\p{L}*|отлич\\p{L}*|различ\\p{L}*)";
    private static final String WHAT = "(?:в\\s+)?(?:чем|чём)";
    private static final String END = "\\s*[?.!]*\\s*$";
    private static final List<Pattern> FORMS = List.of(
            Pattern.compile("^(?:а\\s+)?" + WHAT + "\\s+" + DIFFER + "(?:\\s+между)?\\s+" + TERM + "\\s+(?:и|от)\\s+" + TERM + END,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("^(?:а\\s+)?" + WHAT + "\\s+" + TERM + "\\s+" + DIFFER + "\\s+от\\s+" + TERM + END,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("^(?:а\\s+)?" + DIFFER + "\\s+(?:между\\s+)?" + TERM + "\\s+(?:и|от)\\s+" + TERM + END,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("^(?:а\\s+)?" + TERM + "\\s+и\\s+" + TERM + "\\s*[,—–-]?\\s*(?:" + WHAT + "\\s+)?" + DIFFER + END,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("^(?:а\\s+)?(?:" + WHAT + "\\s+)?" + TERM + "\\s+от\\s+" + TERM + "\\s+(?:" + WHAT + "\\s+)?" + DIFFER + END,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("^(?:what(?:'s|\\s+is)\\s+the\\s+)?difference\\s+between\\s+" + TERM + "\\s+and\\s+" + TERM + END,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));

    private Comparison() {
    }

    /** The two terms compared, if the question is a comparison. */
    static Optional<List<String>> terms(String question) {
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(question.strip());
            if (m.matches()) {
                return Optional.of(List.of(m.group(1), m.group(2)));
            }
        }
        return Optional.empty();
    }
}
