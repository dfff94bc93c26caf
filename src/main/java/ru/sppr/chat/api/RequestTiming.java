package ru.sppr.chat.api;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sppr.chat.telemetry.ChatMetrics;
import ru.sppr.chat.user.Caller;

/**
 * Times every request from routing to response and reports it to the metrics by route template, method and status,
 * and writes one access-log line for it (logger {@value #ACCESS_LOG}): method, route template, status, time in ms and
 * the caller's user id — never the concrete path, the query, a token or a message.
 * The route is found from the path here, not asked of Javalin: a request refused before its handler ran (no token,
 * rate limit, oversized body) still counts under its route; a path that is no route counts as {@value #UNMATCHED}.
 */
final class RequestTiming {
    static final String UNMATCHED = "UNMATCHED";
    static final String ACCESS_LOG = "chat.access";
    private static final Logger ACCESS = LoggerFactory.getLogger(ACCESS_LOG);
    private static final String STARTED = "chat.request.started";

    private final ChatMetrics metrics;
    private final List<Template> templates;
    private final boolean accessLog;

    /** Literal routes are tried before parameterised ones ({@code /chat/users/me} before {@code /chat/users/{id}}). */
    RequestTiming(ChatMetrics metrics, List<ApiRoute> routes) {
        this(metrics, routes, true);
    }

    RequestTiming(ChatMetrics metrics, List<ApiRoute> routes, boolean accessLog) {
        this.accessLog = accessLog;
        this.metrics = metrics;
        this.templates = routes.stream().map(ApiRoute::path).distinct()
                .map(path -> new Template(path, List.of(path.split("/"))))
                .sorted(Comparator.comparingLong(Template::parameters)).toList();
    }

    void start(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
    }

    void finish(Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started != null) {
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            String route = route(ctx.path());
            metrics.requestServed(ctx.method().name(), route, ctx.statusCode(), took);
            if (accessLog && ACCESS.isInfoEnabled()) {
                Caller caller = ctx.attribute(Authentication.CALLER);
                String user = caller == null ? "-" : Long.toString(caller.userId());
                double ms = Math.round(took.toNanos() / 1e5) / 10.0;
                ACCESS.atInfo().addKeyValue("method", ctx.method().name()).addKeyValue("route", route)
                        .addKeyValue("status", ctx.statusCode()).addKeyValue("ms", ms).addKeyValue("user_id", user)
                        .log("{} {} {} {} ms user={}", ctx.method().name(), route, ctx.statusCode(), ms, user);
            }
        }
    }

    /** The route template the path belongs to ({@code {id}} stands for any one segment), or {@value #UNMATCHED}. */
    String route(String path) {
        List<String> segments = List.of(path.split("/"));
        return templates.stream().filter(t -> t.matches(segments)).findFirst().map(Template::path).orElse(UNMATCHED);
    }

    private record Template(String path, List<String> segments) {
        long parameters() {
            return segments.stream().filter(Template::parameter).count();
        }

        boolean matches(List<String> actual) {
            if (actual.size() != segments.size()) {
                return false;
            }
            for (int i = 0; i < segments.size(); i++) {
                if (!parameter(segments.get(i)) && !segments.get(i).equals(actual.get(i))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean parameter(String segment) {
            return segment.startsWith("{");
        }
    }
}
