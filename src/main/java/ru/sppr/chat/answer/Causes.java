package ru.sppr.chat.answer;

import java.util.regex.Pattern;

/**
 * What the composer and the checks after it share about causes: the words of a fire set on purpose, which give a cause
 * though none of the usual cause words is there, and the phrases that have those words but name the event itself as a
 * cause, or what followed it — «пострадали в результате ДТП», «погиб из-за пожара», «закрыта из-за пожара», «пострадавших из-за
 * задымления», «в результате пострадали 3 человека», which say nothing of what caused the event.
 */
public final class Causes {
    /** «пожар в доме … устроил один из жильцов», «облил игрушки и поджёг»: a regex alternative, for lower-case text or a case-insensitive pattern. */
    public static final String SET_ON_FIRE = "подж[её]г\\p{L}*|подожг\\p{L}*|(?:пожар|возгорани\\p{L}*|взрыв)\\s+(?:\\p{L}+\\s+){0,6}?устроил\\p{L}*"
            + "|устроил\\p{L}*\\s+(?:пожар|поджог|взрыв)";
    /** The stems of verbs of what befell someone or something. */
    private static final String BEFELL = "(?:умер|погиб|скончал|загорел|возгорел|взорвал|рванул|рухнул|обрушил|сгорел|отравил|пострадал|"
            + "случил|произош|перевернул|разбил|упал|затонул)";
    /**
     * «от чего умерли», «от чего загорелось», «а загорелось с чего», «погибла — от чего?»: a cause asked with «от чего» or «с чего» and a verb of what
     * befell, before it or after — not «от чего считают уровень», which asks a reference point. A regex alternative, for
     * lower-case text or a case-insensitive pattern.
     */
    public static final String FROM_WHAT = "(?:от|с)\\s+чего\\s+(?:\\p{L}+\\s+)?" + BEFELL + "\\p{L}*|" + BEFELL + "\\p{L}*(?:\\s*[—–,:-]\\s*|\\s+)(?:от|с)\\s+чего";
    /**
     * «судно опрокинулось при развороте в шторм», «рухнул при посадке»: what was being done when the event happened, named
     * right after its verb — a cause as a witness tells it. A regex alternative, for lower-case text or a case-insensitive pattern.
     */
    public static final String CIRCUMSTANCE = "(?:опрокинул|перевернул|рухнул|упал|разбил|затонул|загорел|взорвал|обрушил|сошл|сош[её]л)"
            + "\\p{L}*\\s+при\\s+\\p{L}{4,}";
    private static final Pattern EVENT_AS_CAUSE = Pattern.compile("(?:из[- ]за|вследствие|в результате)\\s+(?:\\p{L}+\\s+){0,2}?"
            + "(?:дтп|авари|пожар|возгоран|взрыв(?!\\p{L}*\\s+газа)|обрушени|столкновени|крушени|происшестви|инцидент|чп|катастроф|"
            + "наводнени|паводк|половод|подтоплени|задымлени)\\p{L}*"
            + "|в результате\\s+(?:(?:чего|этого)\\s+)?(?:пострада|погиб|травмир|ранен|госпитализ|поврежд|сгорел|получил)\\p{L}*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * «Предварительная причина ДТП — отказ тормозов», «по версии следствия», «из-за короткого замыкания»: the words that name
     * a cause in so many words. A regex alternative, for lower-case text or a case-insensitive pattern.
     */
    public static final String NAMED_WORDS = "причин|из[- ]за|вследствие|верси";
    private static final Pattern NAMED = Pattern.compile(NAMED_WORDS, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Causes() {
    }

    /** Whether the text names a cause in so many words, not the event itself as the cause of what followed it. */
    public static boolean named(String text) {
        return NAMED.matcher(withoutEventAsCause(text)).find();
    }

    /** The text with each phrase naming the event itself as a cause blanked out. */
    public static String withoutEventAsCause(String text) {
        return EVENT_AS_CAUSE.matcher(text).replaceAll(" ");
    }
}
