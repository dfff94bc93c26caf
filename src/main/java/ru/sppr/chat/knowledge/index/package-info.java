/**
 * The Lucene index derived from the store and checked against it by change number ({@code KnowledgeIndex} over
 * {@code LuceneIndex}), how a query is scored over its text views ({@code Relevance}), and the optional
 * {@code Embedder} for dense vectors.
 */
package ru.sppr.chat.knowledge.index;
