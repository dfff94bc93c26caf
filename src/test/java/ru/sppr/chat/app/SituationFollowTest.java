package ru.sppr.chat.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.sppr.chat.knowledge.source.Fragment;
import ru.sppr.chat.knowledge.source.Source;
import ru.sppr.chat.knowledge.source.SourceDocument;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.situation.SituationViews.IncidentSummary;
import ru.sppr.chat.storage.Database;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;

/**
 * The situation model follows the knowledge base by change number: once an ingest run is over (not during it), and at
 * start from where it stopped, so sources stored while no model followed (a process that exited first) are not lost to it.
 */
class SituationFollowTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path home;

    @Test
    void should_follow_an_ingest_run_once_it_is_over() throws InterruptedException {
        try (var app = open()) {
            var situation = app.situation();
            situation.ingestStarted();
            store(app, "fire-1", "Пожар на складе в Подольске", "В Подольске загорелся склад «Мега», пострадали двое.");
            situation.changed();
            Thread.sleep(300);
            assertThat(situation.lag()).as("the model waits while the run stores").isEqualTo(1);
            assertThat(incidents(app)).isEmpty();

            situation.ingestEnded();

            assertThat(situation.awaitFollowed(WAIT)).isTrue();
            assertThat(situation.lag()).isZero();
            assertThat(incidents(app)).extracting(IncidentSummary::title).singleElement().asString().startsWith("Пожар — ").contains("Подольск");
        }
    }

    @Test
    void should_follow_at_start_what_was_stored_while_no_model_followed() {
        try (var app = open()) {
            store(app, "fire-1", "Пожар на складе в Подольске", "В Подольске загорелся склад «Мега», пострадали двое.");
            assertThat(app.situation().lag()).as("stored without telling the model").isEqualTo(1);
        }
        try (var app = open()) {
            assertThat(app.situation().awaitFollowed(WAIT)).isTrue();

            assertThat(incidents(app)).extracting(IncidentSummary::title).singleElement().asString().startsWith("Пожар — ").contains("Подольск");
        }
    }

    @Test
    void should_forget_a_removed_source() {
        try (var app = open()) {
            store(app, "fire-1", "Пожар на складе в Подольске", "В Подольске загорелся склад «Мега», пострадали двое.");
            app.situation().changed();
            assertThat(app.situation().awaitFollowed(WAIT)).isTrue();
            assertThat(incidents(app)).hasSize(1);

            app.knowledge().forget("fire-1", Caller.LOCAL_ADMIN);

            assertThat(app.situation().awaitFollowed(WAIT)).isTrue();
            assertThat(incidents(app)).isEmpty();
        }
    }

    private Application open() {
        AppConfig config = AppConfig.load(Map.of(), home);
        return Application.wire(config, Database.open(config.store().settings(), 4), Clock.systemUTC());
    }

    private static void store(Application app, String id, String title, String text) {
        var source = new Source(id, title, SourceType.DOCUMENT, "test", id, Clearance.INTERNAL, List.of(),
                Instant.parse("2024-08-14T07:00:00Z"), Instant.now());
        app.knowledge().store().saveAll(List.of(new SourceDocument(source, List.of(new Fragment(id, 0, text, null, null, null)))),
                "test", Caller.LOCAL_ADMIN);
    }

    private static List<IncidentSummary> incidents(Application app) {
        return app.situation().incidents(null, null, null, 10, Caller.LOCAL_ADMIN);
    }
}
