package ru.sppr.chat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import ru.sppr.chat.api.Api;
import ru.sppr.chat.app.AppConfig;
import ru.sppr.chat.app.Application;
import ru.sppr.chat.app.EnvironmentBackends;
import ru.sppr.chat.app.Main;
import ru.sppr.chat.knowledge.ingest.IngestOptions;
import ru.sppr.chat.user.Caller;

/** The CLI on a real embedded home directory, one backend per command as in production. */
class CliTest {
    @TempDir
    Path home;

    record Run(int exitCode, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    @BeforeEach
    void analyst() {
        run("ensure-user", "--username", "an", "--role", "analyst");
    }

    Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        CommandLine cli = Main.commandLine(new EnvironmentBackends(Map.of()));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] withHome = Stream.concat(Arrays.stream(args),
                Stream.of("--base-dir", home.toString())).toArray(String[]::new);
        int code = cli.execute(withHome);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void should_run_the_prototype_commands_end_to_end_with_json_output() throws Exception {
        Run user = run("ensure-user", "--username", "ivan", "--display-name", "Иван");
        long userId = user.json().get("user_id").asLong();
        Run session = run("start-session", "--user-id", Long.toString(userId), "--title", "Паводок");
        long sessionId = session.json().get("session_id").asLong();
        Run ask = run("ask", "--session-id", Long.toString(sessionId), "--user-message", "Что с мостом?");
        Run history = run("history", "--session-id", Long.toString(sessionId), "--limit", "10");
        Run closed = run("close-session", "--session-id", Long.toString(sessionId));
        Run watchdog = run("watchdog");

        assertThat(user.exitCode()).isZero();
        assertThat(user.json().get("display_name").asText()).isEqualTo("Иван");
        assertThat(ask.json().get("response").asText()).startsWith("В базе знаний нет сведений");
        assertThat(history.json().get("history")).hasSize(2);
        assertThat(closed.json().get("status").asText()).isEqualTo("closed");
        assertThat(watchdog.json().get("audit_chain").get("intact").asBoolean()).isTrue();
    }

    @Test
    void should_print_a_token_once_and_record_feedback_as_the_named_user() throws Exception {
        run("ensure-user", "--username", "anna", "--role", "analyst");
        Run token = run("issue-token", "--username", "anna");
        long sessionId = run("start-session", "--username", "anna").json().get("session_id").asLong();
        long turnId = run("ask", "--session-id", Long.toString(sessionId), "--user-message", "вопрос").json().get("turn_id").asLong();

        Run feedback = run("feedback", "--username", "anna", "--turn-id", Long.toString(turnId), "--score", "-1", "--comment", "мимо");

        assertThat(token.json().get("token").asText()).startsWith("sppr_");
        assertThat(feedback.exitCode()).isZero();
        assertThat(feedback.json().get("scale").asText()).isEqualTo("thumbs");
        assertThat(run("audit", "--event-type", "feedback_given").json().get("events")).hasSize(1);
    }

    @Test
    void should_back_up_and_restore_the_embedded_store_with_the_index_rebuilt(@TempDir Path backups) throws Exception {
        Files.writeString(home.resolve("note.txt"), "Паводок: уровень воды у Ключей 612 см.");
        run("ingest", home.resolve("note.txt").toString());
        long kept = run("start-session", "--username", "an", "--title", "до копии").json().get("session_id").asLong();

        assertThat(run("backup", backups.toString()).exitCode()).isZero();
        long lost = run("start-session", "--username", "an", "--title", "после копии").json().get("session_id").asLong();
        assertThat(run("restore", backups.toString()).exitCode()).isZero();

        assertThat(run("history", "--session-id", Long.toString(kept)).exitCode()).isZero();
        assertThat(run("history", "--session-id", Long.toString(lost)).err()).contains("не найдена");
        assertThat(run("search", "уровень", "воды").json().get("hits")).hasSize(1);
    }

    @Test
    void should_restore_uploaded_originals_into_another_home(@TempDir Path backups, @TempDir Path other) throws Exception {
        byte[] text = "Донесение: у моста Заречье уложено 3 100 мешков.".getBytes(StandardCharsets.UTF_8);
        String id;
        try (var app = Application.open(AppConfig.load(Map.of(), home))) {
            id = app.knowledge().upload("most.txt", new ByteArrayInputStream(text), IngestOptions.defaults(), Caller.LOCAL_ADMIN)
                    .files().get(0).sourceIds().get(0);
        }
        assertThat(run("backup", backups.toString()).exitCode()).isZero();

        CommandLine cli = Main.commandLine(new EnvironmentBackends(Map.of()));
        cli.setOut(new PrintWriter(new StringWriter()));
        assertThat(cli.execute("restore", backups.toString(), "--base-dir", other.toString())).isZero();

        try (var app = Application.open(AppConfig.load(Map.of(), other))) {
            var original = app.knowledge().original(id, Caller.LOCAL_ADMIN).orElseThrow();
            assertThat(original.content()).isEqualTo(text);
            assertThat(original.fileName()).isEqualTo("most.txt");
        }
    }

    @Test
    void should_fail_with_a_message_on_stderr_and_a_nonzero_exit_code() {
        Run unknown = run("ask", "--session-id", "404", "--user-message", "есть кто?");
        Run badRole = run("ensure-user", "--username", "x", "--role", "boss");
        Run missingOption = run("ask", "--session-id", "1");

        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.err()).contains("сессия 404 не найдена");
        assertThat(unknown.out()).isEmpty();
        assertThat(badRole.err()).contains("--role");
        assertThat(missingOption.exitCode()).isNotZero();
        assertThat(missingOption.err()).contains("--user-message");
    }

    @Test
    void should_exit_nonzero_when_a_file_failed_to_load_though_the_others_loaded() throws Exception {
        Files.writeString(home.resolve("note.txt"), "Паводок: уровень воды у Ключей 612 см.");
        Files.writeString(home.resolve("notes.xyz"), "неизвестный формат");

        Run ingest = run("ingest", home.resolve("note.txt").toString(), home.resolve("notes.xyz").toString());

        assertThat(ingest.exitCode()).isNotZero();
        assertThat(ingest.json().get("added").asInt()).isEqualTo(1);
        assertThat(ingest.json().get("failed").asInt()).isEqualTo(1);
        assertThat(run("ingest", home.resolve("note.txt").toString()).exitCode()).isZero();
    }

    @Test
    void should_refuse_a_path_that_is_not_there_before_loading_anything() throws Exception {
        Files.writeString(home.resolve("note.txt"), "Паводок: уровень воды у Ключей 612 см.");

        Run ingest = run("ingest", home.resolve("note.txt").toString(), home.resolve("gone.txt").toString());

        assertThat(ingest.exitCode()).isEqualTo(2);
        assertThat(ingest.err()).contains("ошибка: нет такого файла или каталога: " + home.resolve("gone.txt")
                + " — ничего не загружено").doesNotContain("подробности в журнале").doesNotContain("Exception");
        assertThat(ingest.out()).isEmpty();
        assertThat(run("search", "Ключей").json().get("hits")).isEmpty();
    }

    @Test
    void should_read_time_options_without_an_offset_in_the_service_zone() throws Exception {
        Files.writeString(home.resolve("nights.jsonl"), String.join("\n",
                "{\"id\": \"n-1\", \"title\": \"Ночное донесение\", \"date\": \"2026-04-15T22:30:00+00:00\", \"text\": \"Ночью у моста Заречье тихо.\"}",
                "{\"id\": \"n-2\", \"title\": \"Вечернее донесение\", \"date\": \"2026-04-15T20:00:00+00:00\", \"text\": \"Вечером у моста Заречье тихо.\"}"));
        run("ingest", home.resolve("nights.jsonl").toString());

        // CHAT_TIMEZONE by default is Europe/Moscow: 00:30 16.04 there is 21:30 UTC on 15.04
        Run asOf = run("search", "мост", "Заречье", "--as-of", "2026-04-16T00:30");
        Run day = run("search", "мост", "Заречье", "--from", "2026-04-16T00:00", "--to", "2026-04-16T23:59");
        Run utc = run("search", "мост", "Заречье", "--as-of", "2026-04-16T00:30:00Z");
        Run digest = run("situation", "digest", "--since", "2026-04-16T08:00");

        assertThat(asOf.json().get("hits").findValuesAsText("title")).containsExactly("Вечернее донесение");
        assertThat(day.json().get("hits").findValuesAsText("title")).containsExactly("Ночное донесение");
        assertThat(utc.json().get("hits").findValuesAsText("title")).hasSize(2);
        assertThat(digest.exitCode()).isZero();
        assertThat(digest.json().get("since").asText()).isEqualTo("2026-04-16T05:00:00Z");

        Run wrong = run("search", "мост", "--as-of", "16.04.2026");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("неверное значение --as-of: «16.04.2026» — ожидается время в формате ISO-8601, "
                + "например 2026-04-16T08:00 (время сервиса) или 2026-04-16T05:00:00Z").doesNotContain("Instant");
    }

    @Test
    void should_round_confidence_in_history_as_ask_does() throws Exception {
        Files.writeString(home.resolve("note.txt"), "Паводок: уровень воды у Ключей 612 см, растёт на 5 см в час.");
        run("ingest", home.resolve("note.txt").toString());
        long sessionId = run("start-session", "--username", "an").json().get("session_id").asLong();
        JsonNode ask = run("ask", "--session-id", Long.toString(sessionId), "--user-message", "Какой уровень воды у Ключей?").json();

        JsonNode answer = run("history", "--session-id", Long.toString(sessionId)).json().get("history").get(1);

        assertThat(answer.get("confidence").asDouble()).isEqualTo(ask.get("confidence").asDouble());
        assertThat(answer.get("confidence").asText()).matches("\\d\\.\\d{1,3}");
    }

    @Test
    void should_print_or_write_a_sessions_markdown_report() throws Exception {
        long sessionId = run("start-session", "--username", "an", "--title", "Паводок").json().get("session_id").asLong();
        run("ask", "--session-id", Long.toString(sessionId), "--user-message", "Что с мостом?");
        Path file = home.resolve("report.md");

        Run printed = run("session-report", "--session-id", Long.toString(sessionId));
        Run written = run("session-report", "--session-id", Long.toString(sessionId), "--out", file.toString());

        assertThat(printed.exitCode()).isZero();
        assertThat(printed.out()).startsWith("# Отчёт по сессии «Паводок»").contains("## 1. Что с мостом?");
        assertThat(written.json().get("report").asText()).isEqualTo(file.toString());
        assertThat(Files.readString(file)).isEqualTo(printed.out());
        assertThat(run("session-report", "--session-id", "404").err()).contains("не найдена");
    }

    @Test
    void should_say_in_russian_that_the_port_is_taken() throws Exception {
        try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run server = run("runserver", "--host", "127.0.0.1", "--port", Integer.toString(taken.getLocalPort()));

            assertThat(server.exitCode()).isNotZero();
            assertThat(server.err()).contains("порт " + taken.getLocalPort() + " (127.0.0.1) уже занят другим процессом")
                    .doesNotContain("already in use");
        }
    }

    @Test
    void should_refuse_a_port_out_of_range_before_opening_anything() {
        for (String port : List.of("70000", "0", "-1")) {
            Run server = run("runserver", "--host", "127.0.0.1", "--port", port);

            assertThat(server.exitCode()).as(port).isEqualTo(2);
            assertThat(server.err()).as(port).contains("неверный порт " + port + " (--port или CHAT_HTTP_PORT): допустимы числа"
                    + " от 1 до 65535").doesNotContain("out of range").doesNotContain("Exception");
        }
    }

    @Test
    void should_tell_an_address_of_another_machine_and_an_unknown_host_from_a_taken_port() {
        // 192.0.2.1 (TEST-NET-1, RFC 5737) is no interface of this machine; .invalid never resolves (RFC 2606)
        Run foreign = run("runserver", "--host", "192.0.2.1", "--port", "18451");
        Run unknown = run("runserver", "--host", "no-such-host.invalid", "--port", "18451");

        assertThat(foreign.exitCode()).isNotZero();
        assertThat(foreign.err()).contains("адрес из --host (CHAT_HTTP_HOST) не принадлежит этой машине")
                .doesNotContain("занят").doesNotContain("Cannot assign");
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.err()).contains("имя узла из --host (CHAT_HTTP_HOST) не удаётся разрешить")
                .doesNotContain("занят").doesNotContain("already in use").doesNotContain("null");
    }

    @Test
    void bench_load_closes_the_sessions_it_opened_and_revokes_the_tokens_it_issued(@TempDir Path work) throws Exception {
        JsonNode result = benchLoad(work, "--turns-per-session", "5");

        long sessions = result.get("start_session").get("count").asLong();
        assertThat(result.get("cleanup").get("sessions_closed").asLong()).isEqualTo(sessions);
        assertThat(result.get("cleanup").get("tokens_revoked").asLong()).isEqualTo(3);
        String listed = run("sessions", "--username", "bench-operator-0").out();
        assertThat(listed).doesNotContain("\"active\"");
    }

    @Test
    void should_load_a_running_server_with_simulated_operators_and_report_the_figures(@TempDir Path work) throws Exception {
        JsonNode result = benchLoad(work, "--turns-per-session", "5");

        assertThat(result.get("errors").asLong()).isZero();
        assertThat(result.get("asks").asLong()).isPositive();
        assertThat(result.get("ask").get("p99_ms").asDouble()).isPositive();
        assertThat(result.get("start_session").get("count").asLong()).as("new sessions as turns run out").isGreaterThan(3);
        assertThat(result.get("heap_mb_start").asDouble()).isPositive();
        assertThat(result.get("rss_mb_end").asDouble()).isPositive();
        assertThat(result.get("server_cpu_ms_per_ask").asDouble()).as("server CPU per ask, from its /metrics").isPositive();
        assertThat(result.get("allocated_mb_per_s").asDouble()).as("counted at collections: none in 2 s is possible")
                .isNotNegative();
        assertThat(result.get("gc_pauses").asLong()).isNotNegative();
        assertThat(result.get("gc_pause_ms").asDouble()).isNotNegative();
        JsonNode last = result.get("timeline").get(result.get("timeline").size() - 1);
        assertThat(last.get("asks").asLong()).as("asks answered since the previous sample").isEqualTo(result.get("asks").asLong());
        assertThat(last.get("server_ask_p99_ms_at_most").asDouble()).as("the server's view of the same window").isPositive();
        assertThat(last.get("server_request_p99_ms_at_most").asDouble()).isPositive();
    }

    @Test
    void should_ask_no_faster_than_the_given_rate_when_paced(@TempDir Path work) throws Exception {
        JsonNode result = benchLoad(work, "--rate", "10");

        assertThat(result.get("errors").asLong()).isZero();
        assertThat(result.get("rate_per_s").asDouble()).isEqualTo(10.0);
        assertThat(result.get("asks").asLong()).as("10/s for 2 s, one ask due per operator at the start").isBetween(1L, 20L + 3);
        assertThat(result.get("ask").get("p50_ms").asDouble()).isPositive();
    }

    @Test
    void should_warm_up_at_least_the_given_time_and_on_while_the_servers_jit_is_busy_up_to_the_limit(@TempDir Path work)
            throws Exception {
        JsonNode result = benchLoad(work, "--warmup", "1", "--warmup-max", "3");

        assertThat(result.get("errors").asLong()).isZero();
        assertThat(result.get("warmup_s").asDouble()).as("at least --warmup; the last 1-s step may start just before 3 s")
                .isBetween(1.0, 4.5);
        assertThat(result.get("warmup_end_server_jit_share").asDouble()).as("from the server's /metrics").isNotNegative();
        JsonNode last = result.get("timeline").get(result.get("timeline").size() - 1);
        assertThat(last.get("server_jit_ms").asLong()).as("JIT time in the measurement's last window").isNotNegative();
    }

    @Test
    void should_refuse_a_rate_together_with_think_time(@TempDir Path work) throws Exception {
        var err = new StringWriter();
        CommandLine cli = Main.commandLine(new EnvironmentBackends(Map.of()));
        cli.setErr(new PrintWriter(err));

        int code = cli.execute("bench", "load", "--token", "t", "--questions", work.resolve("q.txt").toString(),
                "--rate", "10", "--think-ms", "100");

        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("--rate");
    }

    /** Runs {@code bench load} (3 operators, 2 s, no warm-up unless the options say) against a server on this home. */
    private JsonNode benchLoad(Path work, String... options) throws Exception {
        run("ensure-user", "--username", "boss", "--role", "admin");
        String token = run("issue-token", "--username", "boss").json().get("token").asText();
        Path questions = Files.writeString(work.resolve("q.jsonl"),
                "{\"text\": \"Какой уровень воды у моста?\"}\nКогда ожидается пик паводка?\n");
        Path figures = work.resolve("load.json");
        var args = new ArrayList<>(List.of("bench", "load", "--token", token, "--operators", "3",
                "--duration", "2", "--questions", questions.toString(), "--out", figures.toString()));
        args.addAll(List.of(options));
        if (!args.contains("--warmup")) {
            args.addAll(List.of("--warmup", "0"));
        }
        try (var app = Application.open(AppConfig.load(Map.of(), home))) {
            var http = Api.create(app.services()).start("127.0.0.1", 0);
            try {
                args.addAll(List.of("--url", "http://127.0.0.1:" + http.port()));
                int code = Main.commandLine(new EnvironmentBackends(Map.of())).execute(args.toArray(String[]::new));
                assertThat(code).isZero();
            } finally {
                http.stop();
            }
        }
        return new ObjectMapper().readTree(figures.toFile());
    }
}
