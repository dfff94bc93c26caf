/**
 * The knowledge base: sources and their fragments (parsing, OCR, chunking), the Lucene index derived from the
 * database, and search with Russian and English morphology, freshness decay and access control. The text analysis
 * they share is in {@code knowledge.analysis}.
 */
package ru.sppr.chat.knowledge;
