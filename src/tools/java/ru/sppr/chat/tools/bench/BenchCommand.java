package ru.sppr.chat.tools.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import ru.sppr.chat.cli.ChatBackend;
import ru.sppr.chat.cli.ToolCommand;

/**
 * {@code bench}: benchmark commands that print figures and write them to a file; joins {@code chat-sppr} as a
 * {@link ToolCommand} (META-INF/services).
 */
@Command(name = "bench", description = "Замеры производительности", subcommands = {BenchApiCommand.class, BenchLoadCommand.class})
public final class BenchCommand implements Runnable, ToolCommand {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code chat-sppr bench} with its subcommands, the ones that open the service through {@code factory}. */
    @Override
    public CommandLine command(ChatBackend.Factory factory) {
        return new CommandLine(this).addSubcommand(new BenchIngestCommand(factory));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
