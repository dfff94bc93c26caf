package ru.sppr.chat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;
import ru.sppr.chat.api.ServiceMoments;
import ru.sppr.chat.failure.ChatException;

/** The root {@code chat-sppr} command and its subcommands, wired to one backend factory. */
@Command(name = "chat-sppr", mixinStandardHelpOptions = true,
        description = "Диалоговый модуль СППР: сервер, администрирование и вопросы из командной строки.")
public final class ChatCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /**
     * A command line ready to execute, with the product's commands and then the {@link ToolCommand}s found on the
     * class path (the measuring commands, which live outside the product); errors go to stderr with a non-zero exit code.
     */
    public static CommandLine create(ChatBackend.Factory factory) {
        var cli = new CommandLine(new ChatCommand())
                .addSubcommand(new UserCommands.EnsureUser(factory))
                .addSubcommand(new UserCommands.IssueToken(factory))
                .addSubcommand(new UserCommands.RevokeToken(factory))
                .addSubcommand(new SessionCommands.StartSession(factory))
                .addSubcommand(new SessionCommands.ListSessions(factory))
                .addSubcommand(new SessionCommands.Ask(factory))
                .addSubcommand(new SessionCommands.History(factory))
                .addSubcommand(new SessionCommands.Report(factory))
                .addSubcommand(new SessionCommands.CloseSession(factory))
                .addSubcommand(new AdminCommands.Feedback(factory))
                .addSubcommand(new AdminCommands.Audit(factory))
                .addSubcommand(new AdminCommands.Report(factory))
                .addSubcommand(new AdminCommands.Watchdog(factory))
                .addSubcommand(new AdminCommands.Backup(factory))
                .addSubcommand(new AdminCommands.Restore(factory))
                .addSubcommand(new ServerCommands.RunServer(factory))
                .addSubcommand(new ServerCommands.Demo(factory))
                .addSubcommand(new ServerCommands.AotTraining(factory))
                .addSubcommand(new KnowledgeCommands.Ingest(factory))
                .addSubcommand(new KnowledgeCommands.Forget(factory))
                .addSubcommand(new KnowledgeCommands.Reindex(factory))
                .addSubcommand(new KnowledgeCommands.Search(factory))
                .addSubcommand(new CommandLine(new SituationCommands()).addSubcommand(new SituationCommands.Incidents(factory))
                        .addSubcommand(new SituationCommands.Incident(factory)).addSubcommand(new SituationCommands.Entities(factory))
                        .addSubcommand(new SituationCommands.Entity(factory)).addSubcommand(new SituationCommands.Rebuild(factory))
                        .addSubcommand(new SituationCommands.Digest(factory)));
        for (ToolCommand tool : ServiceLoader.load(ToolCommand.class, ChatCommand.class.getClassLoader())) {
            cli.addSubcommand(tool.command(factory));
        }
        // after every command is added: picocli gives a converter to the commands there are at the moment
        cli.registerConverter(Instant.class, text -> moment(text, factory));
        helpEverywhere(cli, new String[] {"chat-sppr " + version()});
        cli.setResourceBundle(ResourceBundle.getBundle("ru.sppr.chat.cli.messages", Locale.ROOT));
        cli.setParameterExceptionHandler(new RussianParameterErrors());
        cli.setExecutionStrategy(ChatCommand::execute);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("ошибка: " + describe(e));
            err.flush();
            return e instanceof ChatException ? 1 : 2;
        });
        return cli;
    }

    /**
     * The version of this build: Maven writes the project's version into {@code version.properties} (resource
     * filtering); the jar manifest's when that is missing.
     */
    static String version() {
        try (InputStream in = ChatCommand.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                var properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "");
                if (!version.isBlank() && !version.startsWith("${")) {
                    return version;
                }
            }
        } catch (IOException e) {
            // fall back to the manifest
        }
        String manifest = ChatCommand.class.getPackage().getImplementationVersion();
        return manifest != null ? manifest : "(версия сборки неизвестна)";
    }

    /** {@code --help}/{@code -h} and {@code --version}/{@code -V} on every command, however deep. */
    private static void helpEverywhere(CommandLine command, String[] version) {
        command.getCommandSpec().mixinStandardHelpOptions(true).version(version);
        command.getCommandSpec().usageMessage().synopsisSubcommandLabel("[КОМАНДА]");
        command.getSubcommands().values().forEach(sub -> helpEverywhere(sub, version));
    }

    /** Help when asked; a command group without its subcommand prints its usage and fails; otherwise the command runs. */
    private static int execute(ParseResult parsed) {
        Integer help = CommandLine.executeHelpRequest(parsed);
        if (help != null) {
            return help;
        }
        CommandLine last = parsed.asCommandLineList().getLast();
        if (!last.getSubcommands().isEmpty()) {
            last.getErr().println("ошибка: не указана команда");
            last.usage(last.getErr());
            return last.getCommandSpec().exitCodeOnInvalidInput();
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    /** A time option, as the API reads its times: ISO-8601 with an offset, or the service zone's wall time without one. */
    private static Instant moment(String text, ChatBackend.Factory factory) {
        try {
            return ServiceMoments.parse(text, factory.zone());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(ServiceMoments.EXPECTED);
        } catch (RuntimeException e) {
            // a wrong CHAT_TIMEZONE: its own Russian message, as at start-up
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    private static String describe(Exception e) {
        if (e instanceof ChatException) {
            return e.getMessage();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return e.getMessage() + (root != e ? " (" + root.getMessage() + ")" : "");
    }
}
