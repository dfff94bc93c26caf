package ru.sppr.chat.app;

import io.javalin.Javalin;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import ru.sppr.chat.api.Api;
import ru.sppr.chat.api.ApiServices;
import ru.sppr.chat.api.Readiness;
import ru.sppr.chat.knowledge.KnowledgeBase;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;
import ru.sppr.chat.situation.SituationModel;
import ru.sppr.chat.storage.Database;
import ru.sppr.chat.storage.DatabaseSettings;
import ru.sppr.chat.storage.JdbiAuditLog;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.NewUser;
import ru.sppr.chat.user.Role;

/**
 * The stage of the start-up warm-up: the node's own code — HTTP server, authentication, dialogue turn, storage —
 * wired over a throwaway in-memory database and the node's real knowledge base and situation model (read only), on a
 * free local port, with one operator per clearance. Sessions, turns and audit records of the warm-up land in the
 * throwaway database and vanish with it: the node's database sees none of them.
 */
final class Rehearsal implements AutoCloseable {
    private final Database scratch;
    private final ApiServices services;
    private final Javalin http;
    private final List<String> tokens;

    private Rehearsal(Database scratch, ApiServices services, Javalin http, List<String> tokens) {
        this.scratch = scratch;
        this.services = services;
        this.http = http;
        this.tokens = tokens;
    }

    static Rehearsal open(AppConfig config, Clock clock, KnowledgeBase knowledge, TermAnalysis analysis,
                          SituationModel situation) {
        var scratch = Database.open(DatabaseSettings.scratch("warmup-" + UUID.randomUUID()), 8);
        try {
            var services = Application.services(config, scratch, clock, knowledge, analysis, situation,
                    new JdbiAuditLog(scratch.jdbi()), () -> false, Readiness.ready());
            var tokens = new ArrayList<String>();
            for (Clearance clearance : Clearance.values()) {
                var user = services.users().ensure(new NewUser("warmup-" + clearance.name().toLowerCase(Locale.ROOT),
                        null, Role.OPERATOR, clearance), Caller.LOCAL_ADMIN).user();
                tokens.add(services.tokens().issue(user, Caller.LOCAL_ADMIN).token());
            }
            Javalin http = Api.createUnlogged(services).start("127.0.0.1", 0);
            return new Rehearsal(scratch, services, http, List.copyOf(tokens));
        } catch (RuntimeException e) {
            scratch.close();
            throw e;
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + http.port();
    }

    /** An operator's token for each clearance, lowest first. */
    List<String> tokens() {
        return tokens;
    }

    @Override
    public void close() {
        http.stop();
        services.metrics().close();
        scratch.close();
    }
}
