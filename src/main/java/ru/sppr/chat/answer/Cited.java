package ru.sppr.chat.answer;

import ru.sppr.chat.knowledge.search.SearchHit;

/** A source fragment cited as {@code [ordinal]} in an answer. */
public record Cited(int ordinal, SearchHit hit) {}
