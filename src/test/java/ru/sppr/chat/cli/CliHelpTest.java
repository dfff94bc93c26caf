package ru.sppr.chat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import ru.sppr.chat.app.EnvironmentBackends;
import ru.sppr.chat.app.Main;

/** Help and command-line mistakes: every command answers --help/-h, everything is described and reported in Russian. */
class CliHelpTest {
    private static final Pattern RUSSIAN = Pattern.compile("\\p{IsCyrillic}");

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        CommandLine cli = Main.commandLine(new EnvironmentBackends(Map.of()));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Every command's words after {@code chat-sppr}: {@code [ask]}, {@code [eval, retrieval]}, … */
    static List<List<String>> commandPaths() {
        var paths = new ArrayList<List<String>>();
        collect(Main.commandLine(new EnvironmentBackends(Map.of())), List.of(), paths);
        return paths;
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        paths.add(path);
        command.getSubcommands().forEach((name, sub) -> collect(sub,
                Stream.concat(path.stream(), Stream.of(name)).toList(), paths));
    }

    @Test
    void should_answer_help_and_h_on_every_command_even_with_required_options() {
        assertThat(commandPaths()).hasSizeGreaterThan(30);
        for (List<String> path : commandPaths()) {
            for (String flag : List.of("--help", "-h")) {
                Run help = run(Stream.concat(path.stream(), Stream.of(flag)).toArray(String[]::new));

                assertThat(help.exitCode()).as(path + " " + flag).isZero();
                assertThat(help.out()).as(path + " " + flag).startsWith("Использование: chat-sppr")
                        .doesNotContain("Usage:", "Options:", "Show this help");
                assertThat(help.err()).as(path + " " + flag).isEmpty();
            }
        }
    }

    @Test
    void should_find_the_measuring_tools_on_the_class_path_and_list_them_after_the_product_commands() {
        List<String> commands = List.copyOf(Main.commandLine(new EnvironmentBackends(Map.of())).getSubcommands().keySet());

        assertThat(commands.subList(commands.size() - 2, commands.size())).containsExactly("eval", "bench");
        assertThat(commandPaths()).contains(List.of("eval", "dialogue"), List.of("bench", "load"));
    }

    @Test
    void should_describe_every_option_and_argument_of_every_command_in_russian() {
        CommandLine root = Main.commandLine(new EnvironmentBackends(Map.of()));
        for (List<String> path : commandPaths()) {
            CommandLine command = root;
            for (String name : path) {
                command = command.getSubcommands().get(name);
            }
            var args = new ArrayList<ArgSpec>(command.getCommandSpec().options());
            args.addAll(command.getCommandSpec().positionalParameters());
            for (ArgSpec arg : args) {
                assertThat(String.join(" ", arg.description())).as(path + " " + arg.paramLabel()).containsPattern(RUSSIAN)
                        .as(path + " " + arg.paramLabel() + ": from a capital letter, as the others").matches("(?s)^\\p{Lu}.*");
            }
        }
    }

    @Test
    void should_print_help_and_fail_without_a_command() {
        Run bare = run();
        Run group = run("situation");

        assertThat(bare.exitCode()).isEqualTo(2);
        assertThat(bare.err()).contains("не указана команда", "Использование: chat-sppr [-hV] [КОМАНДА]", "Команды:", "ask");
        assertThat(group.exitCode()).isEqualTo(2);
        assertThat(group.err()).contains("Использование: chat-sppr situation", "incidents");
    }

    @Test
    void should_report_command_line_mistakes_in_russian_with_a_pointer_to_help() {
        Run notALong = run("ask", "--session-id", "abc", "--user-message", "вопрос");
        Run unknown = run("watchdog", "--verbose");
        Run missing = run("ask", "--session-id", "1");
        Run noValue = run("ask", "--user-message", "вопрос", "--session-id");
        Run oneOf = run("start-session");
        Run noSuchCommand = run("watchdogg");
        Run both = run("start-session", "--user-id", "1", "--username", "ivan");
        Run twice = run("ask", "--session-id", "1", "--session-id", "2", "--user-message", "вопрос");

        assertThat(notALong.exitCode()).isEqualTo(2);
        assertThat(notALong.err()).contains("неверное значение --session-id: «abc» — ожидается целое число",
                "Справка: chat-sppr ask --help").doesNotContain("is not a long");
        assertThat(unknown.err()).contains("неизвестный параметр «--verbose»").doesNotContain("Unknown option");
        assertThat(missing.err()).contains("не указан обязательный параметр --user-message").doesNotContain("Missing");
        assertThat(noValue.err()).contains("у параметра --session-id не указано значение");
        assertThat(oneOf.err()).contains("укажите один из параметров: --user-id или --username");
        assertThat(noSuchCommand.err()).contains("неизвестная команда «watchdogg»", "Возможно, имелось в виду: watchdog");
        assertThat(both.err()).contains("эти параметры нельзя указывать вместе: --user-id=<userId>, --username=<username>");
        assertThat(twice.err()).contains("параметр --session-id указан больше одного раза");
        for (Run mistake : List.of(notALong, unknown, missing, noValue, oneOf, noSuchCommand, both, twice)) {
            assertThat(mistake.exitCode()).isEqualTo(2);
            assertThat(mistake.out()).isEmpty();
        }
    }

    @Test
    void should_say_in_russian_that_an_option_of_a_group_is_repeated_or_its_value_is_missing_before_another_option() {
        Run repeatedInGroup = run("start-session", "--username", "a", "--username", "b");
        Run valueMissing = run("history", "--limit", "--session-id", "1");

        assertThat(repeatedInGroup.err()).contains("ошибка: параметр --username указан больше одного раза")
                .doesNotContain("Error").doesNotContain("expected only one match").doesNotContain("слишком много");
        assertThat(valueMissing.err()).contains("ошибка: у параметра --limit не указано значение")
                .doesNotContain("обязательный").doesNotContain("Expected");
        for (Run mistake : List.of(repeatedInGroup, valueMissing)) {
            assertThat(mistake.exitCode()).isEqualTo(2);
            assertThat(mistake.out()).isEmpty();
        }
    }

    @Test
    void should_print_the_version_of_the_build_not_a_fixed_one() throws Exception {
        String pom = Files.readString(Path.of(System.getProperty("user.dir"), "pom.xml"));
        var projectVersion = Pattern.compile("<artifactId>chat-sppr</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(projectVersion.find()).isTrue();

        Run root = run("-V");
        Run sub = run("ingest", "--version");

        assertThat(root.exitCode()).isZero();
        assertThat(root.out().strip()).isEqualTo("chat-sppr " + projectVersion.group(1));
        assertThat(sub.out()).isEqualTo(root.out());
    }
}
