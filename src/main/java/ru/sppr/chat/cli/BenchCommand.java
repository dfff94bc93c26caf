package ru.sppr.chat.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bench}: benchmark commands that print figures and write them to a file. */
@Command(name = "bench", description = "Замеры производительности", subcommands = {BenchApiCommand.class, BenchLoadCommand.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
