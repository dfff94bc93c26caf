package ru.sppr.chat.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;

/**
 * {@code GET /chat/ready}: whether a load balancer should send this node traffic — it has warmed up and its database
 * answers. 503 with the reason in Russian and {@code Retry-After} otherwise.
 */
final class Ready {
    private final ApiServices.ServiceInfo info;

    Ready(ApiServices.ServiceInfo info) {
        this.info = info;
    }

    void check(Context ctx) {
        var payload = new LinkedHashMap<String, Object>();
        payload.put("instance_id", info.instanceId());
        var warming = info.readiness().notReadyBecause();
        String reason = warming.orElse(info.databaseReachable().getAsBoolean() ? null : "база данных недоступна");
        payload.put("status", reason == null ? "ready" : "not_ready");
        info.readiness().warmedIn().ifPresent(d -> payload.put("warmup_s", Math.round(d.toMillis() / 100.0) / 10.0));
        if (reason == null) {
            ctx.json(Envelope.success(payload));
        } else {
            ctx.header("Retry-After", "2");
            ctx.status(503).json(Envelope.failure("узел не готов принимать запросы: " + reason, payload));
        }
    }
}
