package ru.sppr.chat.answer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The state of a fire, asked («потушили?», «локализовали уже?», «ещё горит?») and said («локализован на площади 150 кв.
 * м», «пожар ликвидировали», «горит квартира»): what an operator asks of a fire first, answered by the latest report of it
 * that says one — not by the report that shares most words with the question, which is usually the first.
 */
public final class FireState {
    private static final Pattern ASKED = Pattern.compile("(?<!\\p{L})(?:потушил\\p{L}*|потушен\\p{L}*|погасил\\p{L}*|"
            + "ликвидировал\\p{L}*|локализовал\\p{L}*|(?:ещ[её]|до\\s+сих\\s+пор|вс[её])\\s+горит|горит\\s+(?:ещ[её]|до\\s+сих\\s+пор))(?!\\p{L})");
    /** «когда потушили», «за скока потушили», «почему горит»: a moment, a span, a count or a cause asked of the fire instead. */
    private static final Pattern OTHER_ASKED = Pattern.compile("(?<!\\p{L})(?:когда|во\\s+сколько|сколько|скока|как\\s+долго|почему|"
            + "из-за\\s+чего|из\\s+за\\s+чего|кто)(?!\\p{L})");
    private static final Pattern OUT = Pattern.compile("(?<!\\p{L})(?:ликвидирова\\p{L}*|потушен\\p{L}*|потушил\\p{L}*|погашен\\p{L}*)(?!\\p{L})");
    private static final Pattern CONTAINED = Pattern.compile("(?<!\\p{L})(?:локализова\\p{L}*)(?!\\p{L})");
    /** Burning now: the present tense, not «полыхал», which a later post recalls. */
    private static final Pattern BURNING = Pattern.compile("(?<!\\p{L})(?:горит|горят|полыхает|полыхают|открыт\\p{L}*\\s+горени\\p{L}*|"
            + "огонь\\s+(?:\\p{L}+\\s+)?распространя(?:ется|ются)|"
            + "продолжа\\p{L}*\\s+гореть|тушение\\s+продолжа\\p{L}*)(?!\\p{L})");

    /** «пожар», «горела», «потушили», «тушат»: a word of the fire itself, which names none of the fires. */
    private static final Pattern FIRE_WORD = Pattern.compile("пожар|возгор|загор|горел|горит|горят|гори|туш|ликвид|локализ|погас|полых|огон|огн");

    private FireState() {
    }

    /** Whether a stem is a word of the fire or its state, not of what or where burnt. */
    public static boolean fireWord(String stem) {
        return FIRE_WORD.matcher(stem).lookingAt();
    }

    /** Whether the question asks whether a fire is still burning, contained or out. */
    public static boolean asked(String question) {
        String lower = question.toLowerCase(Locale.ROOT);
        return ASKED.matcher(lower).find() && !OTHER_ASKED.matcher(lower).find();
    }

    /**
     * How far on a fire is by what the sentence says: 3 out («ликвидирован», «потушен»), 2 contained («локализован»), 1
     * burning («горит», «открытое горение»), 0 nothing of its state. A fire goes only forward, so the answer is the furthest
     * state reported — a post after it was put out that recalls the fire does not light it again.
     */
    public static int stage(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT).replace('ё', 'е');
        return OUT.matcher(lower).find() ? 3 : CONTAINED.matcher(lower).find() ? 2 : BURNING.matcher(lower).find() ? 1 : 0;
    }
}
