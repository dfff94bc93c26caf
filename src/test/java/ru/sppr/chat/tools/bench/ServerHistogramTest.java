package ru.sppr.chat.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerHistogramTest {
    private static final String ROUTE = "uri=\"/chat/sessions/{id}/ask\"";

    private static String metrics(int fast, int slow, int failed) {
        return """
                # HELP http_server_requests_seconds
                http_server_requests_seconds_bucket{method="POST",status="200",uri="/chat/sessions/{id}/ask",le="0.01"} %d
                http_server_requests_seconds_bucket{method="POST",status="200",uri="/chat/sessions/{id}/ask",le="0.1"} %d
                http_server_requests_seconds_bucket{method="POST",status="200",uri="/chat/sessions/{id}/ask",le="+Inf"} %d
                http_server_requests_seconds_bucket{method="POST",status="503",uri="/chat/sessions/{id}/ask",le="0.01"} %d
                http_server_requests_seconds_bucket{method="POST",status="503",uri="/chat/sessions/{id}/ask",le="0.1"} %d
                http_server_requests_seconds_bucket{method="POST",status="503",uri="/chat/sessions/{id}/ask",le="+Inf"} %d
                http_server_requests_seconds_bucket{method="GET",status="200",uri="/chat/health",le="0.01"} 1000
                http_server_requests_seconds_bucket{method="GET",status="200",uri="/chat/health",le="0.1"} 1000
                http_server_requests_seconds_bucket{method="GET",status="200",uri="/chat/health",le="+Inf"} 1000
                http_server_requests_seconds_count{method="POST",status="200",uri="/chat/sessions/{id}/ask"} %d
                """.formatted(fast, fast + slow, fast + slow, failed, failed, failed, fast + slow);
    }

    @Test
    void should_sum_the_route_over_statuses_and_ignore_other_routes_and_series() {
        ServerHistogram asks = ServerHistogram.read(metrics(90, 10, 0), "http_server_requests_seconds", ROUTE);

        assertThat(asks.count()).isEqualTo(100);
        assertThat(asks.quantileMs(0.5)).isEqualTo(10.0);
        assertThat(asks.quantileMs(0.95)).isEqualTo(100.0);
    }

    @Test
    void should_give_the_quantiles_of_what_was_recorded_between_two_reads() {
        ServerHistogram before = ServerHistogram.read(metrics(90, 10, 0), "http_server_requests_seconds", ROUTE);
        ServerHistogram after = ServerHistogram.read(metrics(100, 110, 5), "http_server_requests_seconds", ROUTE);

        ServerHistogram between = after.since(before);

        assertThat(between.count()).isEqualTo(115);
        assertThat(between.quantileMs(0.1)).isEqualTo(10.0);
        assertThat(between.quantileMs(0.99)).isEqualTo(100.0);
    }

    @Test
    void should_place_a_quantile_beyond_the_largest_finite_bucket_above_that_bound() {
        String slowTail = """
                chat_ask_latency_seconds_bucket{le="0.01"} 90
                chat_ask_latency_seconds_bucket{le="0.1"} 95
                chat_ask_latency_seconds_bucket{le="+Inf"} 100
                """;
        ServerHistogram asks = ServerHistogram.read(slowTail, "chat_ask_latency_seconds", "");

        assertThat(asks.quantileMs(0.95)).isEqualTo(100.0);
        assertThat(asks.quantileMs(0.99)).isInfinite();
        assertThat(asks.largestFiniteBoundMs()).isEqualTo(100.0);
    }

    @Test
    void should_have_no_quantile_when_nothing_was_recorded() {
        ServerHistogram none = ServerHistogram.read("", "chat_ask_latency_seconds", "");

        assertThat(none.count()).isZero();
        assertThat(none.quantileMs(0.99)).isNaN();
        assertThat(none.largestFiniteBoundMs()).isNaN();
    }
}
