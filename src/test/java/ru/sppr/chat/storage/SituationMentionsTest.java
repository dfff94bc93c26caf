package ru.sppr.chat.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.situation.SituationStore.NamedIn;
import ru.sppr.chat.storage.TestDatabases.Backend;

/** Where the model says an entity is named: each mention with its fragment, in time order, the latest when capped. */
@OnEachBackend
class SituationMentionsTest extends StorageTest {
    JdbiSituationStore store;

    SituationMentionsTest(Backend backend) {
        super(backend);
    }

    @BeforeEach
    void setUp() {
        store = new JdbiSituationStore(database.jdbi());
        source("decision-5", "Решение КЧС № 5", "internal", T0, "Рекомендовать Лаптеву И.Д. привести в готовность плавсредства.", null);
        source("protocol-7", "Протокол КЧС № 7", "internal", T0.plusSeconds(86_400), "Лаптеву И.Д. доставить ДЭС 60 кВт.", null);
        source("note", "Служебная записка", "confidential", T0.plusSeconds(3_600), "Доложить Лаптеву И.Д.", null);
        source("log", "Журнал", "internal", null, "Лаптев И.Д. прибыл на переправу.", T0.plusSeconds(7_200));
    }

    private void source(String id, String title, String access, java.time.Instant observed, String text, java.time.Instant fragmentAt) {
        database.jdbi().useHandle(h -> {
            h.createUpdate("INSERT INTO kb_sources (id, title, type, origin, content_hash, access, tags, observed_at, ingested_at, "
                            + "fragment_count, change_seq) VALUES (:id, :title, 'document', :id, :hash, :access, '', :observed, :ingested, 1, 1)")
                    .bind("id", id).bind("title", title).bind("hash", "0".repeat(64)).bind("access", access)
                    .bind("observed", observed == null ? null : OffsetDateTime.ofInstant(observed, ZoneOffset.UTC))
                    .bind("ingested", OffsetDateTime.ofInstant(T0, ZoneOffset.UTC)).execute();
            h.createUpdate("INSERT INTO kb_fragments (source_id, ordinal, text, observed_at) VALUES (:id, 0, :text, :at)")
                    .bind("id", id).bind("text", text)
                    .bind("at", fragmentAt == null ? null : OffsetDateTime.ofInstant(fragmentAt, ZoneOffset.UTC)).execute();
            int start = text.indexOf("Лаптев");
            h.createUpdate("INSERT INTO sit_mentions (source_id, ordinal, entity_key, kind, start_pos, end_pos, surface) "
                            + "VALUES (:id, 0, 'person:лаптев', 'person', :start, :end, 'Лаптеву')")
                    .bind("id", id).bind("start", start).bind("end", start + 7).execute();
        });
    }

    @Test
    void should_give_each_mention_with_its_fragment_in_time_order_from_the_sources_the_reader_may_see() {
        var named = store.mentionsOf("person:лаптев", Set.of("public", "internal"), 10);

        assertThat(named).extracting(NamedIn::sourceId).containsExactly("decision-5", "log", "protocol-7");
        assertThat(named.get(1).at()).as("a fragment's own time before its source's").isEqualTo(T0.plusSeconds(7_200));
        NamedIn first = named.getFirst();
        assertThat(first.text().substring(first.start(), first.end())).isEqualTo("Лаптеву");
        assertThat(first.sourceTitle()).isEqualTo("Решение КЧС № 5");
    }

    @Test
    void should_keep_the_latest_mentions_when_there_are_more_than_asked() {
        assertThat(store.mentionsOf("person:лаптев", Set.of("internal", "confidential"), 2)).extracting(NamedIn::sourceId)
                .containsExactly("log", "protocol-7");
    }
}
