package ru.sppr.chat.api;

import static io.javalin.http.HandlerType.GET;
import static ru.sppr.chat.api.Authentication.caller;

import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.sppr.chat.api.ApiRoute.Access;
import ru.sppr.chat.audit.AuditEventType;
import ru.sppr.chat.audit.AuditQuery;
import ru.sppr.chat.audit.AuditRecord;
import ru.sppr.chat.audit.AuditTrail;
import ru.sppr.chat.failure.InvalidRequestException;
import ru.sppr.chat.telemetry.ChatMetrics;
import ru.sppr.chat.telemetry.TelemetryReport;
import ru.sppr.chat.watchdog.Watchdog;

/** Audit, telemetry, report, watchdog and Prometheus metrics: administrators only. */
final class AdminRoutes {
    private static final int MAX_REPORT = 500;
    private final AuditTrail audit;
    private final TelemetryReport telemetry;
    private final Watchdog watchdog;
    private final ChatMetrics metrics;
    private final ZoneId zone;

    /** Audit {@code from}/{@code to} without an offset are read in {@code zone}, as everywhere in the API. */
    AdminRoutes(AuditTrail audit, TelemetryReport telemetry, Watchdog watchdog, ChatMetrics metrics, ZoneId zone) {
        this.audit = audit;
        this.telemetry = telemetry;
        this.watchdog = watchdog;
        this.metrics = metrics;
        this.zone = zone;
    }

    List<ApiRoute> routes() {
        return List.of(
                new ApiRoute(GET, "/chat/audit", "admin", "Журнал аудита: фильтры user_id, session_id, event_type, from, to; страницы по before", Access.ADMIN, this::audit),
                new ApiRoute(GET, "/chat/telemetry", "admin", "Текущие показатели телеметрии", Access.ADMIN, this::telemetry),
                new ApiRoute(GET, "/chat/report", "admin", "Последние сохранённые снимки телеметрии", Access.ADMIN, this::report),
                new ApiRoute(GET, "/chat/watchdog", "admin", "Проверка: простаивающие сессии (закрываются), вопросы без ответа, отзывы, цепочка аудита", Access.ADMIN, this::watchdog),
                new ApiRoute(GET, "/metrics", "admin", "Метрики в текстовом формате Prometheus", Access.ADMIN, this::metrics));
    }

    private void audit(Context ctx) {
        String type = ctx.queryParam("event_type");
        var query = new AuditQuery(QueryParams.optionalLong(ctx, "user_id"), QueryParams.optionalLong(ctx, "session_id"),
                type == null || type.isBlank() ? null : AuditEventType.parse("event_type", type.trim()),
                QueryParams.optionalMoment(ctx, "from", zone), QueryParams.optionalMoment(ctx, "to", zone),
                QueryParams.optionalLong(ctx, "before"), QueryParams.intOr(ctx, "limit", 100));
        List<AuditRecord> records = audit.find(query, caller(ctx));
        Long next = records.size() == query.limit() ? records.getLast().seq() : null;
        var payload = new HashMap<String, Object>();
        payload.put("events", records.stream().map(Views.AuditView::of).toList());
        payload.put("next_before", next);
        ctx.json(Envelope.success(payload));
    }

    private void telemetry(Context ctx) {
        caller(ctx).requireAdmin();
        ctx.json(Envelope.success(Map.of("telemetry", telemetry.live())));
    }

    private void report(Context ctx) {
        caller(ctx).requireAdmin();
        int limit = QueryParams.intOr(ctx, "limit", 20);
        if (limit < 1 || limit > MAX_REPORT) {
            throw new InvalidRequestException("limit", "от 1 до " + MAX_REPORT);
        }
        ctx.json(Envelope.success(Map.of("snapshots", telemetry.recent(limit), "live", telemetry.live())));
    }

    private void watchdog(Context ctx) {
        caller(ctx).requireAdmin();
        ctx.json(Envelope.success(watchdog.inspect()));
    }

    private void metrics(Context ctx) {
        caller(ctx).requireAdmin();
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
    }
}
