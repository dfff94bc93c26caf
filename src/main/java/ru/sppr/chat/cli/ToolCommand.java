package ru.sppr.chat.cli;

import picocli.CommandLine;

/**
 * A command group from outside the product (the measuring tools: {@code eval}, {@code bench}) that joins
 * {@code chat-sppr} when it is on the class path: an implementation with a public no-argument constructor, named in
 * {@code META-INF/services/ru.sppr.chat.cli.ToolCommand}. {@link ChatCommand#create} adds them after the product's
 * commands, in the order of that file; the product itself never names them.
 */
public interface ToolCommand {
    /** The command group, its commands opening the service through {@code factory}. */
    CommandLine command(ChatBackend.Factory factory);
}
