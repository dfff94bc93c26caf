package ru.sppr.chat.app;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import ru.sppr.chat.cli.ChatBackend;
import ru.sppr.chat.cli.ChatCommand;

/** Entry point: configuration from the environment, then the CLI; exits explicitly (Javalin leaves threads). */
public final class Main {
    /**
     * The JDK copies every heap buffer written to a file channel into a direct buffer and keeps it for the thread,
     * as large as the largest write, unless told otherwise. H2 commits from request threads and writes chunks of
     * several MB at times, so without this bound the server's native memory grows under load (README, «Встроенная H2»).
     */
    static final String NIO_BUFFER_CACHE_LIMIT = "262144";

    private Main() {
    }

    public static void main(String[] args) {
        utf8Console();
        // JDK logging (Lucene, Tika) into the service's own log, with dates and the chosen format
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        if (System.getProperty("jdk.nio.maxCachedBufferSize") == null) {
            System.setProperty("jdk.nio.maxCachedBufferSize", NIO_BUFFER_CACHE_LIMIT);
        }
        System.exit(commandLine(new EnvironmentBackends(System.getenv())).execute(args));
    }

    /**
     * Russian on stdout and stderr whatever the locale: the JDK encodes them in the locale's charset, so without a UTF-8
     * locale ({@code env -i}, cron, a bare systemd unit) every Cyrillic letter came out as «?». Also for picocli, which
     * takes its writers' charset from {@code stdout.encoding}/{@code stderr.encoding}.
     */
    static void utf8Console() {
        for (String property : new String[] {"stdout.encoding", "stderr.encoding", "sun.stdout.encoding", "sun.stderr.encoding"}) {
            System.setProperty(property, UTF_8.name());
        }
        System.setOut(new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 8192), true, UTF_8));
        System.setErr(new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.err), 8192), true, UTF_8));
    }

    /**
     * The whole {@code chat-sppr} command line: the product's commands and the measuring tools, which the CLI finds on
     * the class path ({@code cli.ToolCommand}) — the product is compiled without them.
     */
    public static CommandLine commandLine(ChatBackend.Factory factory) {
        return ChatCommand.create(factory);
    }
}
