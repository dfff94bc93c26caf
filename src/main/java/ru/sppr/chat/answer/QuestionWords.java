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

    private QuestionWords() {
    }
}
