package ru.sppr.chat.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.failure.ConflictException;
import ru.sppr.chat.failure.InvalidRequestException;
import ru.sppr.chat.failure.NotFoundException;
import ru.sppr.chat.suggestion.Suggestion;
import ru.sppr.chat.suggestion.SuggestionKind;
import ru.sppr.chat.suggestion.SuggestionQueue;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.Role;

class SessionsTest {
    static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
    final Caller ivan = new Caller(1, "ivan", Role.OPERATOR, Clearance.INTERNAL);
    final Caller petr = new Caller(2, "petr", Role.OPERATOR, Clearance.INTERNAL);
    final Caller admin = new Caller(3, "admin", Role.ADMIN, Clearance.SECRET);
    final InMemorySessionStore store = new InMemorySessionStore();

    Sessions at(Instant now) {
        return new Sessions(store, new NoSuggestions(), Clock.fixed(now, ZoneOffset.UTC), Duration.ofMinutes(20), ZoneId.of("Europe/Moscow"));
    }

    @Test
    void should_show_times_in_the_report_in_the_configured_zone() {
        long id = at(T0).start(ivan.userId(), "пояс", ivan).id();
        var yekaterinburg = new Sessions(store, new NoSuggestions(), Clock.fixed(T0, ZoneOffset.UTC), Duration.ofMinutes(20),
                ZoneId.of("Asia/Yekaterinburg"));

        assertThat(at(T0).report(id, ivan)).contains("начата 01.05.2026 11:00 МСК,");
        assertThat(yekaterinburg.report(id, ivan)).as("labelled as every time, not unlabelled")
                .contains("начата 01.05.2026 13:00 UTC+5,");
    }

    @Test
    void should_expire_an_idle_session_when_asked_in_even_before_the_watchdog_runs() {
        long id = at(T0).start(ivan.userId(), "забытая", ivan).id();

        assertThatThrownBy(() -> at(T0.plus(Duration.ofMinutes(21))).requireOpen(id, 10, ivan))
                .isInstanceOf(ConflictException.class).hasMessageContaining("простою");
        assertThat(store.find(id).orElseThrow().status()).isEqualTo(SessionStatus.EXPIRED);
    }

    @Test
    void should_accept_a_question_in_a_recently_active_session() {
        long id = at(T0).start(ivan.userId(), "живая", ivan).id();

        assertThat(at(T0.plus(Duration.ofMinutes(19))).requireOpen(id, 10, ivan).status()).isEqualTo(SessionStatus.ACTIVE);
    }

    @Test
    void should_hide_a_session_from_other_users_but_not_from_an_admin() {
        long id = at(T0).start(ivan.userId(), "личная", ivan).id();

        assertThatThrownBy(() -> at(T0).get(id, petr)).isInstanceOf(NotFoundException.class);
        assertThat(at(T0).get(id, admin).ownerId()).isEqualTo(ivan.userId());
    }

    @Test
    void should_refuse_to_open_a_session_for_someone_else_unless_admin() {
        assertThatThrownBy(() -> at(T0).start(petr.userId(), "чужая", ivan)).isInstanceOf(InvalidRequestException.class);
        assertThat(at(T0).start(petr.userId(), "для Петра", admin).ownerId()).isEqualTo(petr.userId());
    }

    @Test
    void should_give_a_default_title_and_reject_an_overlong_one() {
        assertThat(at(T0).start(ivan.userId(), "  ", ivan).title()).isEqualTo("Новая сессия");
        assertThatThrownBy(() -> at(T0).start(ivan.userId(), "x".repeat(257), ivan)).isInstanceOf(InvalidRequestException.class);
    }

    /** A queue that never offered anything. */
    static final class NoSuggestions implements SuggestionQueue {
        @Override
        public Map<SuggestionKind, Instant> lastOffered(long sessionId, Instant since) {
            return Map.of();
        }

        @Override
        public List<Suggestion> pending(long sessionId, Instant now) {
            return List.of();
        }
    }
}
