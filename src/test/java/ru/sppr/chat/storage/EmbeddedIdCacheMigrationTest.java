package ru.sppr.chat.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.storage.TestDatabases.Backend;

class EmbeddedIdCacheMigrationTest {
    @Test
    void should_reserve_embedded_ids_in_blocks() {
        try (Database database = TestDatabases.open(Backend.H2)) {
            List<Long> caches = database.jdbi().withHandle(h -> h.createQuery("SELECT identity_cache FROM information_schema.columns"
                    + " WHERE LOWER(table_schema) = 'public' AND is_identity = 'YES'").mapTo(Long.class).list());

            assertThat(caches).as("chat_* (7) and sit_* (2) identities").hasSize(9)
                    .containsOnly((long) EmbeddedIdCacheMigration.IDS_RESERVED);
        }
    }

    @Test
    void should_leave_postgres_sequences_uncached_so_that_ids_follow_the_order_of_inserts() {
        try (Database database = TestDatabases.open(Backend.POSTGRES)) {
            List<Long> caches = database.jdbi().withHandle(h -> h.createQuery("SELECT cache_size FROM pg_sequences"
                    + " WHERE schemaname = current_schema()").mapTo(Long.class).list());

            assertThat(caches).as("chat_* (7) and sit_* (2) identities").hasSize(9).containsOnly(1L);
        }
    }
}
