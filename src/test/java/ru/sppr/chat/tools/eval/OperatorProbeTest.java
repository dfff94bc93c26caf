package ru.sppr.chat.tools.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.sppr.chat.app.EnvironmentBackends;
import ru.sppr.chat.knowledge.ingest.IngestListener;
import ru.sppr.chat.knowledge.ingest.IngestOptions;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.NewUser;
import ru.sppr.chat.user.Role;

class OperatorProbeTest {
    @TempDir
    Path dir;

    @Test
    void should_read_a_conversation_a_line_with_its_moment_and_follow_ups() throws Exception {
        Path file = dir.resolve("q.txt");
        Files.writeString(file, "# пробы\n\n2026-04-12T09:30+03:00 :: уровень на ключах // а вчера?\n");

        var read = OperatorProbe.read(file);

        assertThat(read).containsExactly(new OperatorProbe.Conversation(OffsetDateTime.parse("2026-04-12T09:30+03:00"),
                List.of("уровень на ключах", "а вчера?")));
    }

    @Test
    void should_say_which_line_is_wrong_and_how_it_should_look() throws Exception {
        Path noMoment = dir.resolve("a.txt");
        Files.writeString(noMoment, "уровень на ключах\n");
        Path badMoment = dir.resolve("b.txt");
        Files.writeString(badMoment, "# x\n12.04 09:30 :: уровень на ключах\n");

        assertThatThrownBy(() -> OperatorProbe.read(noMoment)).hasMessageContaining("строка 1").hasMessageContaining("МОМЕНТ :: вопрос");
        assertThatThrownBy(() -> OperatorProbe.read(badMoment)).hasMessageContaining("строка 2").hasMessageContaining("2026-04-16T21:00+03:00");
    }

    @Test
    void should_print_every_answer_of_a_conversation_asked_at_its_moment() throws Exception {
        Path base = Files.createDirectories(dir.resolve("base"));
        Files.writeString(base.resolve("svodka.md"), "# Сводка ЕДДС на 08:00 11.04.2026\n\n"
                + "Из с. Нижние Ключи эвакуировано 327 человек. Уровень воды на ГП Ключи в 08:00 составил 652 см.\n");
        var clock = new MovableClock();
        var out = new ByteArrayOutputStream();
        try (var backend = new EnvironmentBackends(Map.of()).openEmbedded(dir.resolve("home"), clock)) {
            backend.knowledge().ingest(List.of(base), IngestOptions.defaults(), Caller.LOCAL_ADMIN, IngestListener.NONE);
            Caller analyst = backend.users().ensure(new NewUser("probe", "Проба", Role.ANALYST, Clearance.SECRET), Caller.LOCAL_ADMIN)
                    .user().asCaller();
            OperatorProbe.ask(List.of(new OperatorProbe.Conversation(OffsetDateTime.parse("2026-04-11T09:00+03:00"),
                    List.of("сколько эвакуировали из нижних ключей", "а уровень на гп ключи?"))),
                    backend.sessions(), backend.dialog(), clock, analyst, true, new PrintStream(out, true, StandardCharsets.UTF_8));
        }

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).startsWith("=== 2026-04-11T09:00+03:00").contains("В: сколько эвакуировали из нижних ключей",
                "327 человек", "В: а уровень на гп ключи?", "652 см").containsPattern("\\n  \\[1\\] [^\\n]+ — ");
    }
}
