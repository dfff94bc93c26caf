package ru.sppr.chat.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.sppr.chat.app.AppConfig;
import ru.sppr.chat.app.Application;
import ru.sppr.chat.failure.AccessDeniedException;
import ru.sppr.chat.failure.NotFoundException;
import ru.sppr.chat.knowledge.ingest.IngestListener;
import ru.sppr.chat.knowledge.ingest.IngestOptions;
import ru.sppr.chat.knowledge.ingest.IngestReport;
import ru.sppr.chat.knowledge.search.SearchHit;
import ru.sppr.chat.knowledge.search.SearchRequest;
import ru.sppr.chat.knowledge.source.SourceQuery;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.storage.OnEachBackend;
import ru.sppr.chat.storage.TestDatabases;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.Role;

/** The knowledge base as wired in the service, over a fresh database and a fresh index directory. */
@OnEachBackend
class KnowledgeBaseTest {
    static final Instant NOW = Instant.parse("2026-04-20T12:00:00Z");
    final Backend backend;
    @TempDir
    Path home;
    Path docs;
    Application app;
    KnowledgeBase kb;

    KnowledgeBaseTest(Backend backend) {
        this.backend = backend;
    }

    @BeforeEach
    void open() throws IOException {
        docs = Files.createDirectories(home.resolve("docs"));
        app = Application.wire(AppConfig.load(Map.of(), home), TestDatabases.open(backend), Clock.systemUTC());
        kb = app.knowledge();
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    Path write(String name, String text) throws IOException {
        return Files.writeString(docs.resolve(name), text);
    }

    IngestReport ingest(Path... paths) {
        return kb.ingest(List.of(paths), IngestOptions.defaults(), Caller.LOCAL_ADMIN, IngestListener.NONE);
    }

    List<SearchHit> search(String q, Clearance clearance) {
        return kb.search(SearchRequest.simple(q, 10, clearance, NOW));
    }

    @Test
    void should_skip_unchanged_files_replace_changed_ones_and_forget_removed_sources() throws IOException {
        Path file = write("bridge.md", "# Мост у Ключей\n\nМост закрыт для движения с 16:00 09.04.2026.");
        assertThat(ingest(file).added()).isEqualTo(1);

        assertThat(ingest(file).unchanged()).isEqualTo(1);
        assertThat(search("мост", Clearance.SECRET).getFirst().text()).contains("закрыт");
        write("bridge.md", "# Мост у Ключей\n\nМост открыт после обследования 16.04.2026.");
        assertThat(ingest(file).updated()).isEqualTo(1);

        assertThat(search("мост закрыт движения", Clearance.SECRET)).extracting(SearchHit::text)
                .noneMatch(t -> t.contains("закрыт"));
        assertThat(search("мост", Clearance.SECRET).getFirst().snippet()).as("the new text, not the one read before")
                .contains("открыт");
        String id = search("мост открыт", Clearance.SECRET).getFirst().sourceId();
        assertThat(kb.forget(id, Caller.LOCAL_ADMIN)).isTrue();
        assertThat(search("мост открыт", Clearance.SECRET)).isEmpty();
        assertThat(kb.consistency().consistent()).isTrue();
    }

    @Test
    void should_fail_a_corrupt_file_alone_and_go_on_with_the_batch() throws IOException {
        write("good.txt", "Паводок в Заречном районе: уровень воды растёт.");
        Files.writeString(docs.resolve("broken.pdf"), "это не PDF");
        Files.writeString(docs.resolve("notes.xyz"), "неизвестный формат");

        IngestReport report = ingest(docs);

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.failed()).isEqualTo(2);
        assertThat(report.files()).filteredOn(f -> !f.ok()).extracting(IngestReport.FileResult::error)
                .allSatisfy(reason -> assertThat(reason).isNotBlank());
        assertThat(search("паводок", Clearance.SECRET)).hasSize(1);
    }

    @Test
    void should_never_return_sources_above_the_callers_clearance() throws IOException {
        write("open.txt", "Дамба у Ольховки усилена мешками с песком.");
        write("secret.txt", "Дамба у Ольховки: сценарий прорыва, затопление 214 домов.");
        Files.writeString(docs.resolve("secret.txt.meta.json"), "{\"access\": \"confidential\"}");
        ingest(docs);

        assertThat(search("дамба Ольховка", Clearance.INTERNAL)).extracting(SearchHit::text).noneMatch(t -> t.contains("прорыва"));
        assertThat(search("сценарий прорыва", Clearance.INTERNAL)).isEmpty();
        assertThat(search("сценарий прорыва", Clearance.CONFIDENTIAL)).isNotEmpty();
        String secretId = search("сценарий прорыва", Clearance.SECRET).getFirst().sourceId();
        var guest = new Caller(9, "guest", Role.GUEST, Clearance.PUBLIC);
        assertThatThrownBy(() -> kb.source(secretId, guest)).isInstanceOf(NotFoundException.class);
        assertThat(kb.sources(new SourceQuery(Clearance.INTERNAL, null, null, null, null, null, 100, 0))).hasSize(1);
    }

    @Test
    void should_prefer_fresher_of_equally_relevant_fragments_and_respect_as_of_and_time_filters() throws IOException {
        write("old.txt", "Сводка на 08:00 10.04.2026. Уровень воды у моста Ключи 612 см.");
        write("new.txt", "Сводка на 08:00 12.04.2026. Уровень воды у моста Ключи 688 см.");
        write("timeless.txt", "Справка: уровень воды измеряют на гидропостах.");
        ingest(docs);

        List<SearchHit> hits = search("уровень воды у моста Ключи", Clearance.SECRET);
        assertThat(hits.getFirst().text()).contains("688");
        var asOf = new SearchRequest("уровень воды моста", 10, Clearance.SECRET, NOW,
                Instant.parse("2026-04-11T00:00:00Z"), null, null, Set.of(), Set.of());
        assertThat(kb.search(asOf)).extracting(SearchHit::text).noneMatch(t -> t.contains("688"))
                .anyMatch(t -> t.contains("612"));
        var range = new SearchRequest("уровень воды", 10, Clearance.SECRET, NOW,
                null, Instant.parse("2026-04-11T00:00:00Z"), Instant.parse("2026-04-13T00:00:00Z"), Set.of(), Set.of());
        assertThat(kb.search(range)).extracting(SearchHit::text).containsExactly(hits.getFirst().text());
    }

    @Test
    void should_find_sources_by_the_words_of_their_title_within_clearance_and_search_in_them_alone() throws IOException {
        write("memo.md", "# Памятка населению при наводнении\n\nУровень воды у моста Ключи смотрите на стенде.");
        write("decision.md", "# Решение КЧС № 9\n\nУровень воды у моста Ключи снижается, жителей возвращают.");
        write("plan.md", "# Памятка к плану эвакуации\n\nУровень воды у моста Ключи, при котором начинают эвакуацию, — 630 см.");
        Files.writeString(docs.resolve("plan.md.meta.json"), "{\"access\": \"confidential\"}");
        ingest(docs);

        Set<String> memos = kb.sourcesTitled("памятке", Set.of(SourceType.DOCUMENT), Clearance.INTERNAL, 5);
        String ninth = kb.sourcesTitled("решению 9", Set.of(SourceType.DOCUMENT), Clearance.INTERNAL, 5).iterator().next();

        assertThat(memos).as("the memo in any form of its kind word, not the confidential plan").hasSize(1);
        assertThat(kb.sourcesTitled("памятка", Set.of(SourceType.DOCUMENT), Clearance.CONFIDENTIAL, 5)).hasSize(2);
        assertThat(kb.sourcesTitled("памятка", Set.of(SourceType.DOCUMENT), Clearance.CONFIDENTIAL, 1)).as("at most as many as asked").hasSize(1);
        assertThat(kb.sourcesTitled("решение 6", Set.of(SourceType.DOCUMENT), Clearance.INTERNAL, 5)).isEmpty();
        assertThat(kb.sourcesTitled("памятка", Set.of(SourceType.TABLE), Clearance.SECRET, 5)).isEmpty();
        var inTheMemo = SearchRequest.simple("уровень воды у моста Ключи", 10, Clearance.SECRET, NOW).within(memos);
        assertThat(kb.search(inTheMemo)).singleElement().satisfies(h -> assertThat(h.text()).contains("на стенде"));
        assertThat(kb.search(SearchRequest.simple("уровень воды у моста Ключи", 10, Clearance.SECRET, NOW).within(Set.of(ninth))))
                .singleElement().satisfies(h -> assertThat(h.text()).contains("возвращают"));
    }

    @Test
    void should_filter_by_type_and_tag_and_return_a_highlighted_snippet() throws IOException {
        write("levels.csv", "post,date_time,level_cm\nКлючи,2026-04-10T08:00:00+03:00,612\n");
        write("memo.txt", "Уровень воды у поста Ключи — главный показатель.");
        ingest(docs.resolve("memo.txt"));
        kb.ingest(List.of(docs.resolve("levels.csv")), new IngestOptions(Clearance.INTERNAL, List.of("гидрология")),
                Caller.LOCAL_ADMIN, IngestListener.NONE);

        var tables = new SearchRequest("Ключи", 10, Clearance.SECRET, NOW, null, null, null, Set.of(SourceType.TABLE), Set.of());
        var tagged = new SearchRequest("Ключи", 10, Clearance.SECRET, NOW, null, null, null, Set.of(), Set.of("гидрология"));
        assertThat(kb.search(tables)).singleElement().satisfies(h -> {
            assertThat(h.type()).isEqualTo(SourceType.TABLE);
            assertThat(h.location()).isEqualTo("строка 2");
            assertThat(h.observedAt()).isEqualTo(Instant.parse("2026-04-10T05:00:00Z"));
        });
        assertThat(kb.search(tagged)).hasSize(1);
        SearchHit memo = search("поста Ключи", Clearance.SECRET).stream().filter(h -> h.type() == SourceType.DOCUMENT).findFirst().orElseThrow();
        assertThat(memo.highlights()).isNotEmpty();
        int[] first = memo.highlights().getFirst();
        assertThat(memo.snippet().substring(first[0], first[1])).isIn("Уровень", "поста", "Ключи");
    }

    @Test
    void should_let_only_analysts_and_admins_load_or_remove_sources() throws IOException {
        Path file = write("a.txt", "текст");
        var operator = new Caller(5, "op", Role.OPERATOR, Clearance.SECRET);

        assertThatThrownBy(() -> kb.ingest(List.of(file), IngestOptions.defaults(), operator, IngestListener.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> kb.forget("x", operator)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void should_keep_uploads_inside_the_data_directory_whatever_the_name() {
        var analyst = new Caller(6, "an", Role.ANALYST, Clearance.SECRET);
        IngestReport report = kb.upload("../../etc/evil.txt", new ByteArrayInputStream(
                "Текст из загрузки про переправу.".getBytes()), IngestOptions.defaults(), analyst);

        assertThat(report.added()).isEqualTo(1);
        assertThat(Files.exists(home.resolve("etc"))).isFalse();
        assertThat(search("переправу загрузки", Clearance.SECRET)).hasSize(1);
    }
}
