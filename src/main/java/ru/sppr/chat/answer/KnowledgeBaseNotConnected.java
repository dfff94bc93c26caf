package ru.sppr.chat.answer;

/**
 * The honest reply while no knowledge base is connected: it says so, claims nothing and has confidence 0.
 * It never repeats the question back as if it were an answer.
 */
public final class KnowledgeBaseNotConnected implements Answerer {
    static final String TEXT = "База знаний пока не подключена, поэтому ответить по существу я не могу. "
            + "Вопрос сохранён в истории сессии.";

    @Override
    public Answer answer(String question) {
        return new Answer(TEXT, 0.0);
    }
}
