package ru.sppr.chat.api;

import static io.javalin.http.HandlerType.GET;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.sppr.chat.api.ApiRoute.Access;
import ru.sppr.chat.telemetry.ChatMetrics;

class RequestTimingTest {
    private final ChatMetrics metrics = new ChatMetrics("test", 10, Clock.systemUTC());
    private final RequestTiming timing = new RequestTiming(metrics, List.of(
            route("/chat/users/{id}"), route("/chat/users/me"), route("/chat/sessions/{id}/ask"), route("/chat/sessions")));

    @AfterEach
    void closeMetrics() {
        metrics.close();
    }

    @Test
    void should_name_a_path_by_its_route_template() {
        assertThat(timing.route("/chat/sessions/42/ask")).isEqualTo("/chat/sessions/{id}/ask");
        assertThat(timing.route("/chat/sessions")).isEqualTo("/chat/sessions");
        assertThat(timing.route("/chat/users/7")).isEqualTo("/chat/users/{id}");
    }

    @Test
    void should_prefer_a_literal_route_to_a_parameterised_one() {
        assertThat(timing.route("/chat/users/me")).isEqualTo("/chat/users/me");
    }

    @Test
    void should_put_paths_that_are_no_route_under_one_name() {
        assertThat(timing.route("/chat/sessions/42/ask/more")).isEqualTo(RequestTiming.UNMATCHED);
        assertThat(timing.route("/etc/passwd")).isEqualTo(RequestTiming.UNMATCHED);
        assertThat(timing.route("/")).isEqualTo(RequestTiming.UNMATCHED);
    }

    private static ApiRoute route(String path) {
        return new ApiRoute(GET, path, "test", "test", Access.USER, ctx -> { });
    }
}
