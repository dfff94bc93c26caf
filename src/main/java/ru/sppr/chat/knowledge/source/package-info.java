/**
 * What the knowledge base holds: sources, their fragments and types, the summaries and filters to browse them, the
 * {@code KnowledgeStore} port that keeps them, the {@code OriginalStore} port that keeps the uploaded files they came
 * from, and the listener told when they change. Values and ports only.
 */
package ru.sppr.chat.knowledge.source;
