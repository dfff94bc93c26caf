/**
 * {@code chat-sppr eval}: quality on labelled data sets (retrieval, intents, mentions, the situation model, answers,
 * dialogue), measured through the service's own use cases in a fresh embedded home.
 */
package ru.sppr.chat.tools.eval;
