package ru.sppr.chat.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.TempTrees;
import ru.sppr.chat.audit.AuditQuery;
import ru.sppr.chat.failure.NotFoundException;
import ru.sppr.chat.knowledge.ingest.IngestListener;
import ru.sppr.chat.knowledge.ingest.IngestOptions;
import ru.sppr.chat.storage.TestDatabases;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.user.Caller;

/**
 * The start-up warm-up asks its questions over HTTP against a throwaway H2 file in the node's data directory, then
 * deletes it: the node's own database gets no user, session or audit record, and the node is ready afterwards.
 */
class WarmUpTest {
    @Test
    void should_ask_questions_in_a_throwaway_file_and_leave_the_node_nothing_but_readiness() throws Exception {
        Path home = Files.createTempDirectory("chat-warm-up-test");
        try (var app = Application.wire(AppConfig.load(Map.of("CHAT_WARMUP_S", "10"), home),
                TestDatabases.open(Backend.H2), Clock.systemUTC())) {
            Path svodka = Files.writeString(home.resolve("svodka.txt"),
                    "Сводка на 08:00 10 апреля. Уровень воды на гидропосте Ключи 512 см, мост закрыт.");
            app.knowledge().ingest(List.of(svodka), IngestOptions.defaults(), Caller.LOCAL_ADMIN, IngestListener.NONE);
            assertThat(app.situation().awaitFollowed(Duration.ofMinutes(1))).isTrue();
            var allAudit = new AuditQuery(null, null, null, null, null, null, AuditQuery.MAX_LIMIT);
            int auditBefore = app.audit().find(allAudit, Caller.LOCAL_ADMIN).size();

            int asked = app.warmUp().run();

            assertThat(asked).as("questions the warm-up asked").isPositive();
            assertThat(app.services().info().readiness().notReadyBecause()).isEmpty();
            assertThatThrownBy(() -> app.users().byUsername("warmup-public", Caller.LOCAL_ADMIN))
                    .isInstanceOf(NotFoundException.class);
            assertThat(app.audit().find(allAudit, Caller.LOCAL_ADMIN)).hasSize(auditBefore);
            try (var files = Files.list(app.dataDir())) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.startsWith("warm-up-"));
            }
        } finally {
            TempTrees.delete(home);
        }
    }
}
