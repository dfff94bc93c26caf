package ru.sppr.chat.app;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.eclipse.jetty.server.Server;
import ru.sppr.chat.api.Api;
import ru.sppr.chat.api.ApiServices;
import ru.sppr.chat.api.Readiness;
import ru.sppr.chat.knowledge.KnowledgeBase;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;
import ru.sppr.chat.situation.SituationModel;
import ru.sppr.chat.storage.Database;
import ru.sppr.chat.storage.DatabaseSettings;
import ru.sppr.chat.storage.EmbeddedHousekeeping;
import ru.sppr.chat.storage.JdbiAuditLog;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.NewUser;
import ru.sppr.chat.user.Role;

/**
 * The stage of the start-up warm-up: the node's own code — HTTP server with the node's Jetty settings, authentication,
 * dialogue turn, storage and its background jobs — wired over a throwaway H2 file with the embedded store's settings
 * (in {@code chat-data/warm-up-*}) and the node's real knowledge base and situation model (read only), on a free local
 * port, with one operator per clearance. Writing a turn compiles the same file-store code the node's own embedded
 * database runs. Sessions, turns and audit records of the warm-up land in the throwaway file and are deleted with it
 * (a file left by a killed node goes at the next warm-up): the node's database sees none of them.
 */
final class Rehearsal implements AutoCloseable {
    static final String DIR_PREFIX = "warm-up-";
    private final Path dir;
    private final Database scratch;
    private final BackgroundJobs jobs;
    private final ApiServices services;
    private final Javalin http;
    private final List<String> tokens;

    private Rehearsal(Path dir, Database scratch, BackgroundJobs jobs, ApiServices services, Javalin http,
                      List<String> tokens) {
        this.dir = dir;
        this.scratch = scratch;
        this.jobs = jobs;
        this.services = services;
        this.http = http;
        this.tokens = tokens;
    }

    static Rehearsal open(AppConfig config, Clock clock, KnowledgeBase knowledge, TermAnalysis analysis,
                          SituationModel situation, Consumer<Server> jetty) {
        Path dir = freshDir(config.dataDir());
        var scratch = Database.open(DatabaseSettings.embeddedScratch(dir), config.store().pool());
        var jobs = new BackgroundJobs("chat-warm-up-store");
        try {
            var auditLog = new JdbiAuditLog(scratch.jdbi());
            jobs.every(EmbeddedHousekeeping.PERIOD, "warm-up store housekeeping", new EmbeddedHousekeeping(scratch)::run);
            jobs.every(Application.AUDIT_CHAIN_PERIOD, "warm-up audit chaining", auditLog::chainPending);
            var services = Application.services(config, scratch, clock, knowledge, analysis, situation, auditLog,
                    () -> false, Readiness.ready());
            var tokens = new ArrayList<String>();
            for (Clearance clearance : Clearance.values()) {
                var user = services.users().ensure(new NewUser("warmup-" + clearance.name().toLowerCase(Locale.ROOT),
                        null, Role.OPERATOR, clearance), Caller.LOCAL_ADMIN).user();
                tokens.add(services.tokens().issue(user, Caller.LOCAL_ADMIN).token());
            }
            // The node's handlers, but no graceful wait at the end: the warm-up's own clients are done by then.
            Javalin http = Api.createUnlogged(services, jetty.andThen(server -> server.setStopTimeout(0)))
                    .start("127.0.0.1", 0);
            return new Rehearsal(dir, scratch, jobs, services, http, List.copyOf(tokens));
        } catch (RuntimeException e) {
            jobs.close();
            scratch.close();
            delete(dir);
            throw e;
        }
    }

    /** A new directory for the throwaway file, after deleting any a killed node left behind. */
    private static Path freshDir(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            try (Stream<Path> old = Files.list(dataDir)) {
                old.filter(p -> p.getFileName().toString().startsWith(DIR_PREFIX)).forEach(Rehearsal::delete);
            }
            return Files.createTempDirectory(dataDir, DIR_PREFIX);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("не удалось удалить временную базу разогрева " + dir, e);
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
}
