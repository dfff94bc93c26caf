package ru.sppr.chat.intent;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of messages the assistant tells apart; each shapes the answer differently. */
public enum Intent {
    GENERAL_QUERY, REQUEST_SOURCES, JUSTIFY_ANSWER, SCENARIO_ANALYSIS, STATUS_CHECK, EXPLAIN_TERMS, TIMELINE, REPORT, CHITCHAT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Intent> fromCode(String code) {
        return Arrays.stream(values()).filter(i -> i.code().equals(code)).findFirst();
    }
}
