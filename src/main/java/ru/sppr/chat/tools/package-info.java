/**
 * Measuring tools, apart from the product: {@code eval} (quality on labelled data) and {@code bench} (performance),
 * reachable as {@code chat-sppr eval …} and {@code chat-sppr bench …}. They drive the product through the same
 * use cases as the CLI; no product package depends on them.
 */
package ru.sppr.chat.tools;
