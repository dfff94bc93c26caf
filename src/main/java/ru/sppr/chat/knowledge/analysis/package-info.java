/**
 * The knowledge base's text analysis, for the index and for matching outside it: Russian and English tokens, stop
 * words, Snowball stems, prefixes and dictionary lemmas, sentence splitting, and the index's field names. Depends
 * on Lucene and the morfologik dictionary only.
 */
package ru.sppr.chat.knowledge.analysis;
