package ru.sppr.chat.answer;

/**
 * Composes the reply to one question from the retrieved evidence. The built-in {@link ExtractiveComposer} is
 * offline and deterministic; {@link LlmComposer} asks a language model and falls back to it.
 */
public interface AnswerComposer {
    Answer compose(Request request);
}
