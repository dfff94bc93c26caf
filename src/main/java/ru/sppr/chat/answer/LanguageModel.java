package ru.sppr.chat.answer;

/** A chat language model behind an API: a system instruction and a user message in, the reply text out. */
public interface LanguageModel {
    /** Throws on any failure (unreachable, timeout, refusal); callers fall back. */
    String complete(String system, String user);
}
