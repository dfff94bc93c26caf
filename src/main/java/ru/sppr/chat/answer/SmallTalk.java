package ru.sppr.chat.answer;

import java.util.Locale;
import java.util.regex.Pattern;

/** Replies to greetings, thanks and "what can you do" without touching the knowledge base. */
final class SmallTalk {
    private static final Pattern THANKS = Pattern.compile("(?iu)спасиб|благодар|пасиб|thank|thx");
    private static final Pattern BYE = Pattern.compile("(?iuU)до свидан|пока\\b|bye|goodbye");

    private SmallTalk() {
    }

    static Answer reply(String question, Language language) {
        String q = question.toLowerCase(Locale.ROOT);
        if (THANKS.matcher(q).find()) {
            return new Answer.Conversational(language.pick("Пожалуйста! Если нужно, уточню детали или подготовлю сводку.",
                    "You're welcome! I can clarify details or prepare a summary."));
        }
        if (BYE.matcher(q).find()) {
            return new Answer.Conversational(language.pick("До связи. История сессии сохранена.",
                    "Goodbye. The session history is saved."));
        }
        return new Answer.Conversational(language.pick(
                "Здравствуйте! Я отвечаю на вопросы по накопленным материалам ситуационного центра и ссылаюсь на источники. "
                        + "Спросите, например: «Какой уровень воды у гидропоста Ключи?», «Что сейчас на переправе?», "
                        + "«Хронология эвакуации», «Что означает ПВР?» или «Подготовь сводку».",
                "Hello! I answer questions from the situation centre's accumulated material and cite the sources. "
                        + "Try: “What is the water level at the Klyuchi gauge?”, “Timeline of the evacuation”, "
                        + "or “Prepare a summary”."));
    }
}
