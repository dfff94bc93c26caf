/**
 * What the knowledge base holds: sources, their fragments and types, the summaries and filters to browse them, the
 * {@code KnowledgeStore} port that keeps them, the {@code OriginalStore} port that keeps the uploaded files they came
 * from, the listener told when they change, and how an event log's event begins its text ({@code EventLine}). Values and ports only.
 */
package ru.sppr.chat.knowledge.source;
