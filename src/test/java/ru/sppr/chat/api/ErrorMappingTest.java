package ru.sppr.chat.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.jdbi.v3.core.ConnectionException;
import org.junit.jupiter.api.Test;

class ErrorMappingTest {
    @Test
    void a_connection_that_cannot_be_had_or_breaks_because_the_server_stops_means_the_database_is_away() {
        assertThat(ErrorMapping.databaseAway(new ConnectionException(new SQLException("pool timeout")))).isTrue();
        assertThat(ErrorMapping.databaseAway(new IllegalStateException("statement failed",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(ErrorMapping.databaseAway(new SQLException("connection refused", "08001"))).isTrue();
    }

    @Test
    void other_database_errors_are_not_an_outage() {
        assertThat(ErrorMapping.databaseAway(new IllegalStateException("x", new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(ErrorMapping.databaseAway(new SQLException("no state"))).isFalse();
        assertThat(ErrorMapping.databaseAway(new IllegalArgumentException("bug"))).isFalse();
    }
}
