package ru.sppr.chat.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.Context;
import ru.sppr.chat.session.Citation;
import ru.sppr.chat.suggestion.Suggestion;
import ru.sppr.chat.suggestion.SuggestionKind;

/**
 * Schema version 7: an answer's citations and suggestions move from {@code chat_citations} and
 * {@code chat_suggestions} into JSON columns of its {@code chat_turns} row (see {@link AnswerColumns}), and the two
 * tables are dropped. In Java because the two databases build JSON with different SQL functions. H2 commits each
 * DDL statement at once, so the columns are added only if missing: a second attempt after a failure while moving
 * rows does not stop on them.
 */
final class AnswerDocumentsMigration extends JavaSchemaMigration {
    private static final int BATCH = 500;

    AnswerDocumentsMigration() {
        super("7", "answer citations and suggestions in the turn row", 7_001);
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement s = connection.createStatement()) {
            s.execute("ALTER TABLE chat_turns ADD COLUMN IF NOT EXISTS citations VARCHAR");
            s.execute("ALTER TABLE chat_turns ADD COLUMN IF NOT EXISTS suggestions VARCHAR");
            s.execute("ALTER TABLE chat_turns ADD COLUMN IF NOT EXISTS suggestions_expire_at TIMESTAMP WITH TIME ZONE");
        }
        moveCitations(connection);
        moveSuggestions(connection);
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE chat_suggestions");
            s.execute("DROP TABLE chat_citations");
        }
    }

    private static void moveCitations(Connection connection) throws SQLException {
        try (var read = connection.prepareStatement("SELECT turn_id, ordinal, source_id, title, source_type, location,"
                + " observed_at, snippet, score FROM chat_citations ORDER BY turn_id, ordinal");
             var write = new TurnUpdates(connection, "UPDATE chat_turns SET citations = ? WHERE id = ?")) {
            read.setFetchSize(BATCH);
            try (ResultSet rs = read.executeQuery()) {
                long turn = -1;
                List<Citation> citations = new ArrayList<>();
                while (rs.next()) {
                    if (rs.getLong("turn_id") != turn) {
                        write.add(turn, AnswerColumns.writeCitations(citations));
                        turn = rs.getLong("turn_id");
                        citations.clear();
                    }
                    OffsetDateTime observed = rs.getObject("observed_at", OffsetDateTime.class);
                    citations.add(new Citation(rs.getInt("ordinal"), rs.getString("source_id"), rs.getString("title"),
                            rs.getString("source_type"), rs.getString("location"), observed == null ? null : observed.toInstant(),
                            rs.getString("snippet"), rs.getDouble("score")));
                }
                write.add(turn, AnswerColumns.writeCitations(citations));
            }
        }
    }

    private static void moveSuggestions(Connection connection) throws SQLException {
        try (var read = connection.prepareStatement(
                "SELECT turn_id, kind, text, expires_at FROM chat_suggestions ORDER BY turn_id, id");
             var write = new TurnUpdates(connection, "UPDATE chat_turns SET suggestions = ?, suggestions_expire_at = ? WHERE id = ?")) {
            read.setFetchSize(BATCH);
            try (ResultSet rs = read.executeQuery()) {
                long turn = -1;
                OffsetDateTime expires = null;
                List<Suggestion> suggestions = new ArrayList<>();
                while (rs.next()) {
                    if (rs.getLong("turn_id") != turn) {
                        write.add(turn, AnswerColumns.writeSuggestions(suggestions), expires);
                        turn = rs.getLong("turn_id");
                        suggestions.clear();
                    }
                    // every kind ever stored is one of SuggestionKind's (none was renamed or dropped)
                    String text = rs.getString("text");
                    SuggestionKind.fromCode(rs.getString("kind")).ifPresent(k -> suggestions.add(new Suggestion(k, text)));
                    expires = rs.getObject("expires_at", OffsetDateTime.class);
                }
                write.add(turn, AnswerColumns.writeSuggestions(suggestions), expires);
            }
        }
    }

    /** Batched updates of one turn each; the turn id is the last parameter; {@code add} with turn -1 is ignored. */
    private static final class TurnUpdates implements AutoCloseable {
        private final PreparedStatement update;
        private int pending;

        TurnUpdates(Connection connection, String sql) throws SQLException {
            this.update = connection.prepareStatement(sql);
        }

        void add(long turn, Object... values) throws SQLException {
            if (turn < 0) {
                return;
            }
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            update.setLong(values.length + 1, turn);
            update.addBatch();
            if (++pending == BATCH) {
                update.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try (update) {
                if (pending > 0) {
                    update.executeBatch();
                }
            }
        }
    }
}
