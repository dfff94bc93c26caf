package ru.sppr.chat.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.sppr.chat.app.AppConfig;
import ru.sppr.chat.app.Application;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;
import ru.sppr.chat.knowledge.ingest.IngestListener;
import ru.sppr.chat.knowledge.ingest.IngestOptions;
import ru.sppr.chat.knowledge.search.SearchRequest;
import ru.sppr.chat.knowledge.source.Fragment;
import ru.sppr.chat.knowledge.source.Source;
import ru.sppr.chat.knowledge.source.SourceDocument;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.storage.Database;
import ru.sppr.chat.storage.JdbiKnowledgeStore;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;

/** The index is derived: missing, corrupt or stale, it is brought back in line with the database. */
class KnowledgeIndexTest {
    @TempDir
    Path home;

    Application open() {
        return Application.open(AppConfig.load(Map.of(), home));
    }

    long hits(Application app, String q) {
        return app.knowledge().search(SearchRequest.simple(q, 10, Clearance.SECRET, Instant.now())).size();
    }

    void ingestSample(Application app) throws IOException {
        Path file = Files.writeString(Files.createDirectories(home.resolve("in")).resolve("a.txt"),
                "Переправа у Ключей закрыта. Работает лодочная переправа МЧС.");
        app.knowledge().ingest(List.of(file), IngestOptions.defaults(), Caller.LOCAL_ADMIN, IngestListener.NONE);
    }

    @Test
    void should_rebuild_a_missing_index_from_the_database() throws IOException {
        try (var app = open()) {
            ingestSample(app);
        }
        deleteIndex();

        try (var app = open()) {
            assertThat(hits(app, "лодочная переправа")).isEqualTo(1);
            assertThat(app.knowledge().consistency().consistent()).isTrue();
        }
    }

    @Test
    void should_rebuild_a_corrupt_index() throws IOException {
        try (var app = open()) {
            ingestSample(app);
        }
        try (Stream<Path> files = Files.list(home.resolve("chat-data/index"))) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(f, new byte[] {1, 2, 3, 4, 5});
            }
        }

        try (var app = open()) {
            assertThat(hits(app, "лодочная переправа")).isEqualTo(1);
        }
    }

    @Test
    void should_rebuild_an_index_made_by_another_version_of_the_text_analysis() throws IOException {
        try (var app = open()) {
            ingestSample(app);
        }
        Path index = home.resolve("chat-data/index");
        // as an index made before Latin letters were read as Russian ones: its commit says analysis 1
        try (var directory = FSDirectory.open(index); var writer = new IndexWriter(directory, new IndexWriterConfig())) {
            Map<String, String> data = new HashMap<>();
            writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            data.put("analysis", "1");
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }

        try (var app = open()) {
            assertThat(hits(app, "лодочная переправа")).isEqualTo(1);
        }

        try (var directory = FSDirectory.open(index)) {
            assertThat(DirectoryReader.listCommits(directory).getLast().getUserData()).as("made again by this analysis")
                    .containsEntry("analysis", TermAnalysis.VERSION);
        }
    }

    @Test
    void should_catch_up_with_sources_written_to_the_database_by_another_process() throws IOException {
        try (var app = open()) {
            ingestSample(app);
            var settings = AppConfig.load(Map.of(), home).store().settings();
            try (var other = Database.open(settings, 2)) {
                var store = new JdbiKnowledgeStore(other.jdbi(), Clock.systemUTC());
                var source = new Source("ext-1", "Донесение", SourceType.DOCUMENT, "elsewhere", "h", Clearance.INTERNAL,
                        List.of(), null, Instant.now());
                store.saveAll(List.of(new SourceDocument(source, List.of(new Fragment("ext-1", 0,
                        "Эвакуация из Ольховки завершена.", null, null, null)))), "test", Caller.LOCAL_ADMIN);
                assertThat(hits(app, "эвакуация Ольховки")).isZero();

                app.knowledge().catchUp();

                assertThat(hits(app, "эвакуация Ольховки")).isEqualTo(1);
                store.delete("ext-1", Caller.LOCAL_ADMIN);
                app.knowledge().catchUp();
                assertThat(hits(app, "эвакуация Ольховки")).isZero();
            }
        }
    }

    void deleteIndex() throws IOException {
        try (Stream<Path> walk = Files.walk(home.resolve("chat-data/index"))) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
