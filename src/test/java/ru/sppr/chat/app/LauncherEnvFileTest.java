package ru.sppr.chat.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code CHAT_ENV_FILE} of the launcher ({@code bin/lib/envfile.sh}): admin commands run by hand read the service's
 * environment file as the systemd unit does, so that {@code ensure-user} goes to the service's PostgreSQL and not to a
 * fresh H2 in the current directory (deploy/INSTALL.md).
 */
class LauncherEnvFileTest {
    private static final Path ENV_FILE_SH = Path.of(System.getProperty("user.dir"), "bin/lib/envfile.sh");

    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {}

    @Test
    void the_file_sets_what_the_environment_does_not() throws Exception {
        Path file = Files.writeString(dir.resolve("chat-sppr.env"), """
                # база
                CHAT_DATABASE_URL=jdbc:postgresql://db:5432/chat
                  CHAT_DATABASE_PASSWORD="пароль с пробелом"
                ; и так комментарий
                CHAT_JAVA_OPTS='-Xmx2g -Xss1m'
                CHAT_HTTP_PORT=9000
                CHAT_PROFILE=
                это не настройка
                """);

        Result result = load(file, Map.of("CHAT_HTTP_PORT", "8451"),
                "echo \"$CHAT_DATABASE_URL|$CHAT_DATABASE_PASSWORD|$CHAT_JAVA_OPTS|$CHAT_HTTP_PORT|${CHAT_PROFILE-unset}|\"");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip())
                .isEqualTo("jdbc:postgresql://db:5432/chat|пароль с пробелом|-Xmx2g -Xss1m|8451||");
        assertThat(result.err()).contains("строка 8 пропущена: ожидается ИМЯ=значение");
    }

    @Test
    void exported_to_the_program_the_launcher_starts() throws Exception {
        Path file = Files.writeString(dir.resolve("chat-sppr.env"), "CHAT_SPPR_HOME=/var/lib/chat-sppr\n");

        Result result = load(file, Map.of(), "env | grep '^CHAT_SPPR_HOME='");

        assertThat(result.out().strip()).isEqualTo("CHAT_SPPR_HOME=/var/lib/chat-sppr");
    }

    @Test
    void a_file_that_is_not_there_stops_the_launcher() throws Exception {
        Result result = load(dir.resolve("no-such.env"), Map.of(), "echo started");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.out()).doesNotContain("started");
        assertThat(result.err()).contains("файл окружения").contains("no-such.env").contains("не найден");
    }

    private Result load(Path file, Map<String, String> env, String then) throws Exception {
        var builder = new ProcessBuilder("bash", "-c",
                "set -euo pipefail; source \"$1\"; load_env_file \"$2\"; " + then, "test", ENV_FILE_SH.toString(), file.toString())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("CHAT_"));
        builder.environment().putAll(env);
        builder.environment().put("LANG", "C.UTF-8");
        Process process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
