/** The {@code chat-sppr} command line (picocli): the same use cases as the REST API, JSON on stdout. */
package ru.sppr.chat.cli;
