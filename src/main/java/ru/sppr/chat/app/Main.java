package ru.sppr.chat.app;

import picocli.CommandLine;
import ru.sppr.chat.cli.ChatCommand;

/** Entry point: configuration from the environment, then the CLI; exits explicitly (Javalin leaves threads). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        CommandLine cli = ChatCommand.create(new EnvironmentBackends(System.getenv()));
        System.exit(cli.execute(args));
    }
}
