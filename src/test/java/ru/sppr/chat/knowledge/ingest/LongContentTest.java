package ru.sppr.chat.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.sppr.chat.app.AppConfig;
import ru.sppr.chat.app.Application;
import ru.sppr.chat.knowledge.ingest.IngestReport.FileResult;
import ru.sppr.chat.knowledge.source.Fragment;
import ru.sppr.chat.knowledge.source.SourceDocument;
import ru.sppr.chat.storage.OnEachBackend;
import ru.sppr.chat.storage.TestDatabases;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.user.Caller;

/**
 * Ordinary content with a very long run of text — an unbroken passage, a CSV cell, a JSONL text field — is stored
 * by splitting it; a file that cannot be read fails with a Russian reason and a reference, never with SQL, class
 * names or the file's own content.
 */
@OnEachBackend
class LongContentTest {
    static final String LEAKS = "(?s).*(INSERT|SELECT|kb_fragments|Exception|\\.java|org\\.|ru\\.sppr|@[0-9a-f]{6}).*";
    final Backend backend;
    @TempDir
    Path home;
    Application app;

    LongContentTest(Backend backend) {
        this.backend = backend;
    }

    @BeforeEach
    void open() {
        app = Application.wire(AppConfig.load(Map.of(), home), TestDatabases.open(backend), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    FileResult ingest(String name, String text) throws IOException {
        Path file = Files.writeString(Files.createDirectories(home.resolve("docs")).resolve(name), text);
        IngestReport report = app.knowledge().ingest(List.of(file), IngestOptions.defaults(), Caller.LOCAL_ADMIN,
                IngestListener.NONE);
        return report.files().getFirst();
    }

    void assertStoredInPieces(FileResult result, String marker) {
        assertThat(result.error()).isNull();
        SourceDocument doc = app.knowledge().source(result.sourceIds().getFirst(), Caller.LOCAL_ADMIN);
        assertThat(doc.fragments()).hasSizeGreaterThan(1)
                .allSatisfy(f -> assertThat(f.text().length()).isLessThanOrEqualTo(Chunker.MAX_CHARS));
        assertThat(doc.fragments().stream().map(Fragment::text).filter(t -> t.contains(marker))).isNotEmpty();
    }

    @Test
    void a_long_unbroken_passage_is_stored_in_pieces() throws IOException {
        String passage = "Уровень воды у моста " + "ж".repeat(150_000) + " маркерпрохода конец";
        assertStoredInPieces(ingest("passage.txt", passage), "маркерпрохода");
    }

    @Test
    void a_long_csv_cell_is_stored_in_pieces() throws IOException {
        String csv = "пункт,описание\nКлючи,\"" + "слово ".repeat(30_000) + "маркерячейки\"\n";
        assertStoredInPieces(ingest("cells.csv", csv), "маркерячейки");
    }

    @Test
    void a_long_jsonl_text_field_is_stored_in_pieces() throws IOException {
        String jsonl = "{\"id\": \"ev-1\", \"time\": \"2026-04-10T08:00:00Z\", \"text\": \""
                + "щ".repeat(120_000) + " маркерсобытия\"}\n";
        assertStoredInPieces(ingest("events.jsonl", jsonl), "маркерсобытия");
    }

    @Test
    void an_unreadable_document_fails_with_a_reason_and_a_reference_not_internals() throws IOException {
        byte[] zipHeader = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        Path broken = Files.createDirectories(home.resolve("docs")).resolve("broken.docx");
        Files.write(broken, zipHeader);
        Files.writeString(broken, "секретное содержимое ".repeat(50), StandardOpenOption.APPEND);
        FileResult result = app.knowledge().ingest(List.of(broken), IngestOptions.defaults(), Caller.LOCAL_ADMIN,
                IngestListener.NONE).files().getFirst();

        assertThat(result.error()).contains("broken.docx").doesNotMatch(LEAKS).doesNotContain("секретное");
    }

    @Test
    void a_malformed_json_file_names_the_line_not_the_content() throws IOException {
        FileResult result = ingest("bad.json", "{\"text\": секретноесодержимое}");
        assertThat(result.error()).contains("строка 1").doesNotMatch(LEAKS).doesNotContain("секретное");
    }

    @Test
    void a_file_that_is_not_there_fails_alone_as_not_found_not_as_an_error_with_a_reference() throws IOException {
        Path there = Files.writeString(Files.createDirectories(home.resolve("docs")).resolve("there.txt"),
                "Уровень воды у моста 512 см.");
        IngestReport report = app.knowledge().ingest(List.of(home.resolve("docs/gone.txt"), there), IngestOptions.defaults(),
                Caller.LOCAL_ADMIN, IngestListener.NONE);

        assertThat(report.files()).extracting(FileResult::file, FileResult::error)
                .containsExactly(Tuple.tuple("gone.txt", "файл не найден"),
                        Tuple.tuple("there.txt", null));
        assertThat(report.added()).isEqualTo(1);
        assertThat(report.failed()).isEqualTo(1);
    }
}
