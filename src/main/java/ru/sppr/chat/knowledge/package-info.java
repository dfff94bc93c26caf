/**
 * The knowledge base's facade: {@code KnowledgeBase} holds the use cases (load, upload, forget, reindex, search,
 * browse) with access enforced, over the sub-packages: {@code source} (what a source and a fragment are, the store
 * ports), {@code analysis} (text analysis), {@code ingest} (files into sources), {@code index} (the Lucene index
 * derived from the store) and {@code search} (hybrid search within clearance).
 */
package ru.sppr.chat.knowledge;
