package ru.sppr.chat.answer;

/** Produces the reply to one question. */
public interface Answerer {
    Answer answer(String question);
}
