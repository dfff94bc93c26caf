/**
 * The knowledge base: sources and their fragments (parsing, OCR, chunking), the Lucene index derived from the
 * database, and search with Russian and English morphology, freshness decay and access control.
 */
package ru.sppr.chat.knowledge;
