package ru.sppr.chat.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.sppr.chat.app.AppConfig;
import ru.sppr.chat.app.Application;
import ru.sppr.chat.knowledge.analysis.Analyses;
import ru.sppr.chat.knowledge.ingest.IngestListener;
import ru.sppr.chat.knowledge.ingest.IngestOptions;
import ru.sppr.chat.storage.TestDatabases;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;

/**
 * Ranking statistics count only what the caller may see: a public caller's scores are the same whether the
 * confidential part of the knowledge base is full of the words searched for or holds nothing like them.
 */
class ClearanceStatisticsTest {
    static final List<String> PUBLIC = List.of(
            "Лодочная переправа у Ключей работает с 12:00, уровень воды 310 см.",
            "Дамба у Заречья держится, дежурят две бригады.",
            "Уровень воды у моста в Ключах растёт на 5 см в час.");

    @TempDir
    Path quiet;
    @TempDir
    Path loud;

    @Test
    void public_scores_do_not_depend_on_confidential_text() throws IOException {
        Seen withUnrelatedSecrets = seen(quiet, List.of("Погода ясная, ветер слабый."));
        Seen withMatchingSecrets = seen(loud, IntStream.range(0, 40)
                .mapToObj(i -> "Переправа у Ключей: уровень воды, переправа, Ключи, переправа закрыта " + "уровень ".repeat(i)).toList());

        assertThat(withMatchingSecrets.scores()).hasSize(2).isEqualTo(withUnrelatedSecrets.scores());
        assertThat(withMatchingSecrets.weights()).isNotEmpty().isEqualTo(withUnrelatedSecrets.weights());
    }

    /** What a public caller gets: the search scores and the term weights answers are chosen by. */
    record Seen(List<Double> scores, Map<String, Double> weights) {}

    private static Seen seen(Path home, List<String> secrets) throws IOException {
        try (var app = Application.wire(AppConfig.load(Map.of(), home), TestDatabases.open(Backend.H2), Clock.systemUTC())) {
            Path open = Files.createDirectories(home.resolve("open"));
            Path closed = Files.createDirectories(home.resolve("closed"));
            for (int i = 0; i < PUBLIC.size(); i++) {
                Files.writeString(open.resolve("p" + i + ".txt"), PUBLIC.get(i));
            }
            for (int i = 0; i < secrets.size(); i++) {
                Files.writeString(closed.resolve("s" + i + ".txt"), secrets.get(i));
            }
            app.knowledge().ingest(List.of(open), new IngestOptions(Clearance.PUBLIC, List.of()), Caller.LOCAL_ADMIN, IngestListener.NONE);
            app.knowledge().ingest(List.of(closed), new IngestOptions(Clearance.CONFIDENTIAL, List.of()), Caller.LOCAL_ADMIN, IngestListener.NONE);
            Instant now = Instant.parse("2026-04-20T12:00:00Z");
            String question = "уровень воды у переправы в Ключах";
            return new Seen(app.knowledge().search(new SearchRequest(question, 10, Clearance.PUBLIC, now,
                    null, null, null, Set.of(), Set.of())).stream().map(SearchHit::score).toList(),
                    app.knowledge().weights(Analyses.SHARED.stems(question), Clearance.PUBLIC));
        }
    }
}
