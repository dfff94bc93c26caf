package ru.sppr.chat.api;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.time.Duration;
import ru.sppr.chat.telemetry.ChatMetrics;

/** Times every request from routing to response and reports it to the metrics by route, method and status. */
final class RequestTiming {
    private static final String STARTED = "chat.request.started";
    private static final String UNMATCHED = "NOT_FOUND";

    private final ChatMetrics metrics;

    RequestTiming(ChatMetrics metrics) {
        this.metrics = metrics;
    }

    void start(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
    }

    void finish(Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started != null) {
            Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
            metrics.requestServed(ctx.method().name(), endpoint == null ? UNMATCHED : endpoint.path, ctx.statusCode(),
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
