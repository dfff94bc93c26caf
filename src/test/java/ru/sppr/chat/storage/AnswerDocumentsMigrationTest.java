package ru.sppr.chat.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ru.sppr.chat.session.Citation;
import ru.sppr.chat.session.Turn;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.suggestion.Suggestion;
import ru.sppr.chat.suggestion.SuggestionKind;

/** A database written by the schema before version 7 keeps every citation and suggestion after the upgrade. */
class AnswerDocumentsMigrationTest {
    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");

    private static OffsetDateTime at(int seconds) {
        return Times.bind(T0.plusSeconds(seconds));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void should_move_citations_and_suggestions_into_the_answer_rows_and_drop_their_tables(Backend backend) throws SQLException {
        DatabaseSettings settings = TestDatabases.settings(backend);
        // an in-memory H2 database lives as long as a connection to it is open
        try (Connection keepAlive = DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
            upgrade(settings);
        }
    }

    private static void upgrade(DatabaseSettings settings) {
        Database.migrations().dataSource(settings.url(), settings.user(), settings.password()).target("6").load().migrate();
        Jdbi before = Jdbi.create(settings.url(), settings.user(), settings.password());
        before.useHandle(h -> {
            h.execute("INSERT INTO chat_users (id, username, display_name, role, clearance, created_at) VALUES (1, 'ivan', 'Иван', 'operator', 'internal', ?)", at(0));
            h.execute("INSERT INTO chat_sessions (id, user_id, title, status, turn_count, created_at, last_activity_at)"
                    + " VALUES (10, 1, 'Паводок', 'active', 4, ?, ?)", at(0), at(0));
            for (int position = 1; position <= 4; position++) {
                h.execute("INSERT INTO chat_turns (id, session_id, position, role, content, created_at) VALUES (?, 10, ?, ?, ?, ?)",
                        100 + position, position, position % 2 == 1 ? "user" : "assistant", "реплика " + position, at(0));
            }
            h.execute("INSERT INTO chat_citations (turn_id, ordinal, source_id, title, source_type, location, observed_at, snippet, score)"
                    + " VALUES (102, 2, 'doc-2', 'Донесение', 'report', NULL, NULL, 'второй', 1.5),"
                    + " (102, 1, 'doc-1', 'Сводка', 'document', 'стр. 2', ?, 'уровень воды 512 см', 3.25),"
                    + " (104, 1, 'doc-1', 'Сводка', 'document', 'стр. 3', NULL, 'третий', 0.5)", at(0));
            h.execute("INSERT INTO chat_suggestions (session_id, turn_id, kind, text, created_at, expires_at)"
                    + " VALUES (10, 102, 'timeline', 'Хронология', ?, ?), (10, 104, 'rephrase', 'Уточнить', ?, ?),"
                    + " (10, 104, 'list_sources', 'Какие документы есть?', ?, ?)",
                    at(0), at(30), at(0), at(60), at(0), at(60));
        });

        try (Database database = Database.open(settings, 2)) {
            List<Turn> turns = new JdbiSessionStore(database).history(10, 10, null).turns();
            assertThat(turns.get(1).citations()).containsExactly(
                    new Citation(1, "doc-1", "Сводка", "document", "стр. 2", T0, "уровень воды 512 см", 3.25),
                    new Citation(2, "doc-2", "Донесение", "report", null, null, "второй", 1.5));
            assertThat(turns.get(3).citations()).extracting(Citation::location).containsExactly("стр. 3");
            assertThat(turns.get(0).citations()).isEmpty();
            assertThat(new JdbiSuggestionQueue(database.jdbi()).pending(10, T0.plusSeconds(40))).containsExactly(
                    new Suggestion(SuggestionKind.REPHRASE, "Уточнить"), new Suggestion(SuggestionKind.LIST_SOURCES, "Какие документы есть?"));
            int leftTables = database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM information_schema.tables"
                    + " WHERE table_name IN ('chat_citations', 'chat_suggestions')").mapTo(Integer.class).one());
            assertThat(leftTables).isZero();
        }
    }
}
