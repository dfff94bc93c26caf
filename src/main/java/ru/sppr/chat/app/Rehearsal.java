package ru.sppr.chat.app;

import io.javalin.Javalin;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import ru.sppr.chat.api.Api;
import ru.sppr.chat.api.ApiServices;
import ru.sppr.chat.api.Readiness;
import ru.sppr.chat.knowledge.KnowledgeBase;
import ru.sppr.chat.situation.SituationModel;
import ru.sppr.chat.storage.Database;
import ru.sppr.chat.storage.DatabaseSettings;
import ru.sppr.chat.storage.JdbiAuditLog;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.NewUser;
import ru.sppr.chat.user.Role;

/**
 * The stage of the start-up warm-up: the node's own code — HTTP server, authentication, dialogue turn, storage and
 * its background work (audit chaining, compaction of the embedded file) — wired over a throwaway embedded database in a
 * temporary directory of the data directory and the node's real knowledge base and situation model (read only), on a
 * free local port, with one operator per clearance. Sessions, turns and audit records of the warm-up land in the
 * throwaway database and are deleted with it: the node's database sees none of them.
 */
final class Rehearsal implements AutoCloseable {
    private static final java.time.Duration AUDIT_CHAIN_PERIOD = java.time.Duration.ofMillis(250);
    private final java.nio.file.Path dir;
    private final Database scratch;
    private final BackgroundJobs jobs;
    private final ApiServices services;
    private final Javalin http;
    private final List<String> tokens;

    private Rehearsal(java.nio.file.Path dir, Database scratch, BackgroundJobs jobs, ApiServices services, Javalin http,
                      List<String> tokens) {
        this.dir = dir;
        this.scratch = scratch;
        this.jobs = jobs;
        this.services = services;
        this.http = http;
        this.tokens = tokens;
    }

    static Rehearsal open(AppConfig config, Clock clock, KnowledgeBase knowledge, SituationModel situation) {
        java.nio.file.Path dir = config.dataDir().resolve("warmup-" + UUID.randomUUID());
        var scratch = Database.open(DatabaseSettings.embedded(dir), 8);
        var jobs = new BackgroundJobs("chat-warmup");
        try {
            var auditLog = new JdbiAuditLog(scratch.jdbi());
            jobs.every(ru.sppr.chat.storage.EmbeddedHousekeeping.PERIOD, "warm-up store housekeeping",
                    new ru.sppr.chat.storage.EmbeddedHousekeeping(scratch)::run);
            jobs.every(AUDIT_CHAIN_PERIOD, "warm-up audit chaining", auditLog::chainPending);
            var services = Application.services(config, scratch, clock, knowledge, situation,
                    auditLog, () -> false, Readiness.ready());
            var tokens = new ArrayList<String>();
            for (Clearance clearance : Clearance.values()) {
                var user = services.users().ensure(new NewUser("warmup-" + clearance.name().toLowerCase(java.util.Locale.ROOT),
                        null, Role.OPERATOR, clearance), Caller.LOCAL_ADMIN).user();
                tokens.add(services.tokens().issue(user, Caller.LOCAL_ADMIN).token());
            }
            Javalin http = Api.createUnlogged(services).start("127.0.0.1", 0);
            return new Rehearsal(dir, scratch, jobs, services, http, List.copyOf(tokens));
        } catch (RuntimeException e) {
            jobs.close();
            scratch.close();
            delete(dir);
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
        jobs.close();
        services.metrics().close();
        scratch.close();
        delete(dir);
    }

    private static void delete(java.nio.file.Path dir) {
        try (var paths = java.nio.file.Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            org.slf4j.LoggerFactory.getLogger(Rehearsal.class).warn("Could not delete the warm-up store {}: {}", dir, e.toString());
        }
    }
}
