package ru.sppr.chat.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;
import ru.sppr.chat.session.Turn;
import ru.sppr.chat.session.TurnRole;

/**
 * Understands follow-up questions in the context of the dialogue: a short question, or one that points back
 * ("а что с ней сейчас?", "и когда это началось?", "what about it now?"), is searched together with the topic
 * of the previous question.
 */
final class FollowUps {
    private static final Pattern POINTS_BACK = Pattern.compile(
            "(?iuU)(^|\\s)(а|и|ну|также)\\s|^\\s*(and|what about|how about)\\s|\\b(он|она|оно|они|его|её|ее|их|ней|нему|ним|нём|нем|этот|эта|это|этого|этой|"
                    + "там|туда|тот|та|те|такой|it|its|they|them|there|that|this)\\b|по\\s+(этой\\s+)?теме|on the topic");
    private static final int SHORT_WORDS = 4;
    private static final int MAX_FOLLOW_UP_WORDS = 10;
    /** At most so many earlier questions are searched with a follow-up. */
    private static final int MAX_CHAIN = 3;

    private FollowUps() {
    }

    /**
     * The text to search for: the question itself, or, for a follow-up ({@code followUp}), the questions before it back to
     * the one that stands on its own ({@code standsAlone}: names what it is about), and this one, each in standard words
     * ({@code standard}, as the question itself was read): after «пожар в нии платан фрязино» — «сколько погибших?», the
     * question «а площадь какая была» is still about the fire at Фрязино.
     */
    static String retrievalText(String question, List<Turn> recent, boolean followUp, UnaryOperator<String> standard,
                                Predicate<String> standsAlone) {
        if (!followUp) {
            return question;
        }
        List<String> before = new ArrayList<>();
        for (int i = recent.size() - 1; i >= 0 && before.size() < MAX_CHAIN; i--) {
            if (recent.get(i).role() == TurnRole.USER) {
                String earlier = standard.apply(recent.get(i).content());
                before.addFirst(earlier);
                if (standsAlone.test(earlier)) {
                    break;
                }
            }
        }
        before.add(question);
        return String.join(" ", before);
    }

    /** Points back at the previous topic, or says too little to stand on its own (at most one content word). */
    static boolean isFollowUp(String question, TermAnalysis analysis) {
        String q = question.toLowerCase(Locale.ROOT);
        long words = q.split("\\s+").length;
        return POINTS_BACK.matcher(q).find() && words <= MAX_FOLLOW_UP_WORDS
                || words <= SHORT_WORDS && analysis.stems(question).size() <= 1;
    }

}
