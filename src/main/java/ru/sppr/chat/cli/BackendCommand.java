package ru.sppr.chat.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ru.sppr.chat.api.Api;

/** A command that opens the backend for {@code --base-dir}, runs, and prints its result as JSON. */
abstract class BackendCommand implements Callable<Integer> {
    /** The API's JSON ({@link Api#mapper()}), indented for reading in a terminal. */
    static final ObjectMapper JSON = Api.mapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ChatBackend.Factory factory;

    @Spec
    CommandSpec spec;

    @Option(names = "--base-dir", description = "Домашний каталог (по умолчанию $CHAT_SPPR_HOME или текущий)")
    Path baseDir;

    BackendCommand(ChatBackend.Factory factory) {
        this.factory = factory;
    }

    @Override
    public Integer call() throws Exception {
        try (ChatBackend backend = factory.open(baseDir)) {
            Object result = run(backend);
            if (result != null) {
                spec.commandLine().getOut().println(JSON.writeValueAsString(result));
                spec.commandLine().getOut().flush();
            }
            return exitCode(result);
        }
    }

    abstract Object run(ChatBackend backend) throws Exception;

    /** The exit code once the result is printed: 0 unless the command says the work partly failed. */
    int exitCode(Object result) {
        return 0;
    }
}
