package ru.sppr.chat.tools.eval;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.sppr.chat.app.EnvironmentBackends;
import ru.sppr.chat.failure.InvalidRequestException;

class EvalCorporaTest {
    @TempDir
    Path dir;

    @Test
    void should_stop_an_evaluation_whose_corpus_is_not_there_rather_than_score_it_without() throws Exception {
        try (var backend = new EnvironmentBackends(Map.of()).openEmbedded(dir.resolve("home"), new MovableClock())) {
            assertThatThrownBy(() -> EvalCommands.loadTolerating(backend, List.of(dir.resolve("demo/knowledge"))))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("demo/knowledge")
                    .hasMessageContaining("текущего каталога");
        }
    }
}
