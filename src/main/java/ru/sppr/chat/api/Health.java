package ru.sppr.chat.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import ru.sppr.chat.knowledge.KnowledgeBase;
import ru.sppr.chat.situation.SituationModel;

/**
 * {@code GET /chat/health}: whether this node can serve — the database answers — with the index lag (changes in
 * the database not yet in this node's index), the situation model's lag (changes it has yet to follow: after a large
 * ingest it catches up for a while) and whether it leads the cluster-wide jobs. 503 when it cannot serve,
 * so that a load balancer takes the node out.
 */
final class Health {
    private final ApiServices.ServiceInfo info;
    private final KnowledgeBase knowledge;
    private final SituationModel situation;

    Health(ApiServices.ServiceInfo info, KnowledgeBase knowledge, SituationModel situation) {
        this.info = info;
        this.knowledge = knowledge;
        this.situation = situation;
    }

    void check(Context ctx) {
        boolean databaseUp = info.databaseReachable().getAsBoolean();
        var payload = new LinkedHashMap<String, Object>();
        payload.put("status", databaseUp ? "ok" : "unavailable");
        payload.put("instance_id", info.instanceId());
        payload.put("profile", info.profile());
        payload.put("timezone", info.timezone().getId());
        payload.put("database", info.database());
        payload.put("database_status", databaseUp ? "up" : "down");
        payload.put("index_lag", databaseUp ? knowledge.indexLag() : null);
        payload.put("situation_lag", databaseUp ? situation.lag() : null);
        payload.put("cluster_leader", info.clusterLeader().getAsBoolean());
        if (databaseUp) {
            ctx.json(Envelope.success(payload));
        } else {
            ctx.header("Retry-After", "5");
            ctx.status(503).json(Envelope.failure("база данных недоступна — узел не может обслуживать запросы", payload));
        }
    }
}
