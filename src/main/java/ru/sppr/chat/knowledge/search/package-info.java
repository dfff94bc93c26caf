/**
 * Search behind {@code KnowledgeSearch}: BM25 over stems, prefixes and lemmas with statistics counted within the
 * caller's clearance, optional vectors fused by RRF, freshness decay, and the excerpt of each hit; decoded stored
 * fields of recently found fragments are kept in memory.
 */
package ru.sppr.chat.knowledge.search;
