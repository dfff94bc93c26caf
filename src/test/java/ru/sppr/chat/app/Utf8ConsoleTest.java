package ru.sppr.chat.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Russian on stdout and stderr without a UTF-8 locale: a process with an empty environment (as under {@code env -i},
 * cron or a unit without {@code LANG}) runs with an ASCII locale, in which the JDK printed every Cyrillic letter as «?».
 */
class Utf8ConsoleTest {
    @TempDir
    Path dir;

    record Output(int exitCode, String out, String err) {}

    @Test
    void help_and_errors_are_readable_utf8_without_a_locale() throws Exception {
        Output help = run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Использование: chat-sppr").contains("Диалоговый модуль СППР").doesNotContain("???");

        Output wrong = run("ingest", "--bogus", "x");
        assertThat(wrong.exitCode()).isNotZero();
        assertThat(wrong.err()).contains("ошибка: неизвестный параметр «--bogus»").doesNotContain("???");
    }

    @Test
    void what_a_command_prints_itself_is_utf8_too() throws Exception {
        Files.writeString(dir.resolve("notes.xyz"), "неизвестный формат");
        Output ingest = run("ingest", dir.resolve("notes.xyz").toString(), "--base-dir", dir.resolve("home").toString());
        assertThat(ingest.err()).contains("Готово за").contains("ошибок 1").doesNotContain("???");
    }

    private Output run(String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        var command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().clear();
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the command finished").isTrue();
        return new Output(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
