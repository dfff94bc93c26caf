/**
 * Files into sources: parsers (Tika, tables, JSON Lines, plain text, OCR of images), file signatures and expansion
 * limits, dates in the text, sidecar metadata, chunking into fragments, duplicate uploads, and {@code Ingestion},
 * which stores what it read and indexes it.
 */
package ru.sppr.chat.knowledge.ingest;
