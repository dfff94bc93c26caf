package ru.sppr.chat.answer;

/**
 * The words that ask for a person or a place, as regular-expression alternations: the one source for
 * {@code AnswerType}'s PERSON and NAME and for the briefing's «who or where» check, which anchor them differently.
 */
public final class QuestionWords {
    /** «кто», «чей», «who»…: a person or an organisation is asked for. */
    public static final String WHO = "кто|кем|кого|кому|чей|чья|чь[её]|чьи|who|whom|whose";
    /** «как звали», «как называется»…: a name is asked for. */
    public static final String NAMED = "как (?:звали|зовут|называ\\p{L}*)";
    /** «откуда»: where from (a place, or a source). */
    public static final String FROM = "откуда";
    /** «где», «куда», «where»: a place is asked for. */
    public static final String WHERE = "где|куда|where";
    /** «в каком жк», «какая компания», «which hospital»: a thing known by its name is asked for. */
    public static final String WHICH_NAMED = "(?<!\\p{L})(?:как(?:ой|ая|ое|ие|ом|ую|ого|их|им|ими)|which)\\s+(?:жк|"
            + "дом\\p{L}*|город\\p{L}*|сел\\p{L}*|деревн\\p{L}*|пос[её]л\\p{L}*|район\\p{L}*|област\\p{L}*|регион\\p{L}*|улиц\\p{L}*|"
            + "компани\\p{L}*|фирм\\p{L}*|организаци\\p{L}*|завод\\p{L}*|фабрик\\p{L}*|предприяти\\p{L}*|магазин\\p{L}*|"
            + "больниц\\p{L}*|клиник\\p{L}*|школ\\p{L}*|аэропорт\\p{L}*|станци\\p{L}*|торгов\\p{L}*|тц|трц|марк\\p{L}*|"
            + "ведомств\\p{L}*|министерств\\p{L}*|служб\\p{L}*|hospital|city|town|company|village|district|region|street)(?!\\p{L})";

    private QuestionWords() {
    }
}
