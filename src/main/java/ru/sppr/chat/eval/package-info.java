/** Evaluation on labelled data sets: retrieval quality and latency measured through the service's own search. */
package ru.sppr.chat.eval;
