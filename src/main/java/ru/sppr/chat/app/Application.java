package ru.sppr.chat.app;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sppr.chat.answer.AnswerComposer;
import ru.sppr.chat.answer.ConfidenceModel;
import ru.sppr.chat.answer.ExtractiveComposer;
import ru.sppr.chat.answer.LlmComposer;
import ru.sppr.chat.api.Api;
import ru.sppr.chat.api.ApiServices;
import ru.sppr.chat.api.Readiness;
import ru.sppr.chat.api.UploadSpill;
import ru.sppr.chat.app.AppConfig.Embeddings;
import ru.sppr.chat.audit.AuditLog;
import ru.sppr.chat.audit.AuditTrail;
import ru.sppr.chat.briefing.Briefing;
import ru.sppr.chat.briefing.Documents;
import ru.sppr.chat.cli.ChatBackend;
import ru.sppr.chat.dialog.AskAdmission;
import ru.sppr.chat.dialog.DialogSettings;
import ru.sppr.chat.dialog.DialogTurn;
import ru.sppr.chat.feedback.FeedbackDesk;
import ru.sppr.chat.feedback.ReputationSnapshot;
import ru.sppr.chat.intent.LinearIntentClassifier;
import ru.sppr.chat.knowledge.KnowledgeBase;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;
import ru.sppr.chat.knowledge.index.Embedder;
import ru.sppr.chat.knowledge.index.KnowledgeIndex;
import ru.sppr.chat.knowledge.ingest.Ingestion;
import ru.sppr.chat.knowledge.search.Freshness;
import ru.sppr.chat.knowledge.search.LuceneKnowledgeSearch;
import ru.sppr.chat.knowledge.source.KnowledgeStore;
import ru.sppr.chat.knowledge.source.SourceListener;
import ru.sppr.chat.llm.LangChainEmbedder;
import ru.sppr.chat.llm.OpenAiCompatibleModel;
import ru.sppr.chat.session.Sessions;
import ru.sppr.chat.situation.CachedSituationStore;
import ru.sppr.chat.situation.MentionExtractor;
import ru.sppr.chat.situation.Morphology;
import ru.sppr.chat.situation.ShiftDigest;
import ru.sppr.chat.situation.SituationModel;
import ru.sppr.chat.storage.ClusterLock;
import ru.sppr.chat.storage.Database;
import ru.sppr.chat.storage.EmbeddedBackup;
import ru.sppr.chat.storage.EmbeddedHousekeeping;
import ru.sppr.chat.storage.JdbiAuditLog;
import ru.sppr.chat.storage.JdbiFeedbackStore;
import ru.sppr.chat.storage.JdbiKnowledgeStore;
import ru.sppr.chat.storage.JdbiLoginAttempts;
import ru.sppr.chat.storage.JdbiOriginalStore;
import ru.sppr.chat.storage.JdbiSessionStore;
import ru.sppr.chat.storage.JdbiSituationStore;
import ru.sppr.chat.storage.JdbiSnapshotStore;
import ru.sppr.chat.storage.JdbiSuggestionQueue;
import ru.sppr.chat.storage.JdbiUserDirectory;
import ru.sppr.chat.telemetry.ChatMetrics;
import ru.sppr.chat.telemetry.TelemetryReport;
import ru.sppr.chat.user.TokenCache;
import ru.sppr.chat.user.Tokens;
import ru.sppr.chat.user.UserAccounts;
import ru.sppr.chat.watchdog.Watchdog;

/** The object graph, built by plain constructor calls: the only place that knows every implementation. */
public final class Application implements ChatBackend {
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    private static final Duration WATCHDOG_PERIOD = Duration.ofMinutes(1);
    private static final int STOP_TIMEOUT_MS = 10_000;
    private static final Duration INDEX_CATCH_UP_PERIOD = Duration.ofSeconds(2);
    /** How often a node checks its cluster lead or tries to take it over from a node that died. */
    private static final Duration LEADERSHIP_PERIOD = Duration.ofSeconds(2);
    private static final Duration AUDIT_CHECK_PERIOD = Duration.ofMinutes(10);
    static final Duration AUDIT_CHAIN_PERIOD = Duration.ofMillis(250);
    private final AppConfig config;
    private final Database database;
    private final ClusterLock clusterLock;
    private final ApiServices services;
    private final AuditLog auditLog;
    private final BackgroundJobs storeJobs;
    private final TermAnalysis analysis;

    private final Clock clock;

    private Application(AppConfig config, Database database, ClusterLock clusterLock, ApiServices services,
                        AuditLog auditLog, TermAnalysis analysis, Clock clock) {
        this.config = config;
        this.analysis = analysis;
        this.clock = clock;
        this.database = database;
        this.clusterLock = clusterLock;
        this.services = services;
        this.auditLog = auditLog;
        this.storeJobs = storeJobs(database);
    }

    /**
     * Jobs that keep the database itself in shape, in every process that opens it (server or CLI): the embedded file
     * is compacted and forced to disk by whichever process holds it — a long {@code chat-sppr ingest} without a server
     * as much as the server (H2 reuses the space of dead chunks after a few seconds, which is safe only because of it).
     */
    private static BackgroundJobs storeJobs(Database database) {
        var jobs = new BackgroundJobs("chat-store");
        if (!database.settings().postgres()) {
            jobs.every(EmbeddedHousekeeping.PERIOD, "embedded-store housekeeping", new EmbeddedHousekeeping(database)::run);
        }
        return jobs;
    }

    /** Opens the configured database (migrating it) and wires the service over it. */
    public static Application open(AppConfig config) {
        return open(config, Clock.systemUTC());
    }

    public static Application open(AppConfig config, Clock clock) {
        createDataDir(config.dataDir());
        return wire(config, Database.open(config.store().settings(), config.store().pool()), clock);
    }

    /** Wires the service over an open database; the application closes it. */
    public static Application wire(AppConfig config, Database database, Clock clock) {
        var jdbi = database.jdbi();
        var sources = new JdbiKnowledgeStore(jdbi, clock);
        var situation = new SituationModel(new CachedSituationStore(new JdbiSituationStore(jdbi)), new MentionExtractor(Morphology.russian(), config.timezone()),
                config.timezone(), sources);
        var analysis = new TermAnalysis();
        var knowledge = knowledgeBase(config, jdbi, clock, sources, situation, analysis);
        situation.start();
        var auditLog = new JdbiAuditLog(jdbi);
        var clusterLock = ClusterLock.of(database.settings());
        var services = services(config, database, clock, knowledge, analysis, situation, auditLog, clusterLock::leading,
                Readiness.ready());
        return new Application(config, database, clusterLock, services, auditLog, analysis, clock);
    }

    /**
     * The services over a database and a knowledge base: the node's own, or, for the start-up warm-up
     * ({@link Rehearsal}), a throwaway database with the node's knowledge base.
     */
    static ApiServices services(AppConfig config, Database database, Clock clock, KnowledgeBase knowledge,
                                TermAnalysis analysis, SituationModel situation, AuditLog auditLog, BooleanSupplier leading,
                                Readiness readiness) {
        var jdbi = database.jdbi();
        var userDirectory = new TokenCache(new JdbiUserDirectory(jdbi, clock));
        var sessionStore = new JdbiSessionStore(database);
        var feedbackStore = new JdbiFeedbackStore(jdbi);
        var metrics = new ChatMetrics(config.node().instanceId(), config.telemetry().window(), clock);
        var suggestionQueue = new JdbiSuggestionQueue(jdbi);
        var sessions = new Sessions(sessionStore, suggestionQueue, clock, config.sessions().idle(), config.timezone());
        var digest = new ShiftDigest(situation, clock);
        var briefing = new Briefing(situation, knowledge, Documents.of(knowledge::sources, knowledge::source), digest, analysis);
        var dialog = new DialogTurn(sessions, sessionStore, LinearIntentClassifier.trained(), knowledge, analysis,
                composer(config, analysis), briefing, ConfidenceModel.shipped(), suggestionQueue,
                new ReputationSnapshot(feedbackStore::netNegativeOfRatedSources), metrics, clock,
                dialogSettings(config));
        var admission = new AskAdmission(config.http().askConcurrency(), config.http().askWait());
        metrics.watch(admission);
        return new ApiServices(new UserAccounts(userDirectory), new Tokens(userDirectory), sessions, dialog,
                admission,
                new FeedbackDesk(feedbackStore, metrics, clock), new AuditTrail(auditLog),
                new Watchdog(sessionStore, feedbackStore, auditLog, knowledge::consistency, config.sessions().idle(), clock),
                new TelemetryReport(metrics, new JdbiSnapshotStore(jdbi)), metrics, knowledge, situation,
                digest,
                new JdbiLoginAttempts(jdbi, clock),
                new ApiServices.ServiceInfo(config.node().instanceId(), config.node().profile(),
                        database.settings().postgres() ? "postgresql" : "h2", config.http().requestsPerMinute(), config.http().trustedProxies(), config.timezone(),
                        leading, database::reachable, readiness, uploadSpill(config)));
    }

    /** The node's own directory for uploads being read (never shared: each node has its own data directory). */
    private static Path uploadSpill(AppConfig config) {
        return config.dataDir().resolve("upload-tmp");
    }

    private static AnswerComposer composer(AppConfig config, TermAnalysis analysis) {
        var extractive = new ExtractiveComposer(config.timezone(), analysis);
        if (!config.llm().enabled()) {
            return extractive;
        }
        var llm = config.llm();
        return new LlmComposer(new OpenAiCompatibleModel(llm.baseUrl(), llm.model(), llm.apiKey(), llm.timeout()), extractive);
    }

    private static Embedder embedder(AppConfig config) {
        return switch (config.embeddings()) {
            case Embeddings.None none -> Embedder.NONE;
            case Embeddings.Onnx onnx -> LangChainEmbedder.onnx(onnx.modelFile(), onnx.tokenizerFile());
            case Embeddings.OpenAi openAi -> LangChainEmbedder.openAiCompatible(openAi.baseUrl(), openAi.model(),
                    openAi.apiKey(), config.llm().timeout());
        };
    }

    private static DialogSettings dialogSettings(AppConfig config) {
        var dialog = config.dialog();
        return new DialogSettings(config.sessions().maxQuestions(), dialog.intentThreshold(), config.retrieval().topK(),
                dialog.suggestions(), dialog.suggestionCooldown(), Duration.ofHours(config.retrieval().freshnessHours()),
                dialog.unsureBelow());
    }

    private static KnowledgeBase knowledgeBase(AppConfig config, Jdbi jdbi, Clock clock, KnowledgeStore store,
                                               SourceListener listener, TermAnalysis analysis) {
        var index = KnowledgeIndex.open(config.dataDir().resolve("index"), analysis, store, embedder(config));
        var search = new LuceneKnowledgeSearch(index.lucene(), analysis,
                new Freshness(config.retrieval().decay(), config.retrieval().freshnessHours()), config.timezone());
        return new KnowledgeBase(new Ingestion(config.tesseract(), config.timezone(), store, index, clock, listener), store, index, search,
                new JdbiOriginalStore(jdbi, clock), config.dataDir().resolve("uploads"), clock, listener);
    }

    /**
     * The data directory holds the embedded database, the index and uploaded files: only the service's own account
     * may enter it (0700), and the files already at its top (the database) are 0600.
     */
    private static void createDataDir(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            if (!Files.getFileStore(dataDir).supportsFileAttributeView(PosixFileAttributeView.class)) {
                return;
            }
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
            try (var files = Files.list(dataDir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("не удалось создать каталог данных " + dataDir, e);
        }
    }

    private void chainAudit() {
        auditLog.chainPending();
    }

    public ApiServices services() {
        return services;
    }

    @Override
    public void serve(String host, int port, Runnable onStarted) {
        var stopped = new CountDownLatch(1);
        var warming = new AtomicReference<Thread>();
        try (var jobs = new BackgroundJobs("chat-background")) {
            UploadSpill.sweep(uploadSpill(config));
            services.knowledge().adoptLocalUploads();
            Javalin http = Api.create(services, Application::jetty);
            clusterLock.refresh();
            jobs.every(LEADERSHIP_PERIOD, "cluster lock", clusterLock::refresh);
            jobs.everyWhileLeading(WATCHDOG_PERIOD, "idle-session expiry", clusterLock::leading,
                    services.watchdog()::expireIdleSessions);
            jobs.everyWhileLeading(AUDIT_CHECK_PERIOD, "audit-chain check", clusterLock::leading,
                    services.watchdog()::checkAuditChain);
            jobs.everyWhileLeading(AUDIT_CHAIN_PERIOD, "audit chaining", clusterLock::leading, this::chainAudit);
            jobs.every(INDEX_CATCH_UP_PERIOD, "index catch-up", services.knowledge()::catchUp);
            // Every node snapshots its own meters (tagged with CHAT_INSTANCE_ID): they differ per node.
            if (config.telemetry().enabled()) {
                jobs.every(config.telemetry().interval(), "telemetry snapshot", services.telemetry()::persist);
            }
            Runnable shutdown = () -> {
                LOG.info("Stopping: finishing in-flight requests, flushing telemetry");
                Thread warmUp = warming.get();
                if (warmUp != null) {
                    warmUp.interrupt();
                }
                http.stop();
                jobs.close();
                if (config.telemetry().enabled()) {
                    services.telemetry().persist();
                }
                stopped.countDown();
            };
            StopSignals.onStop(shutdown);
            if (!config.warmup().isZero()) {
                services.info().readiness().warmingUp();
            }
            http.start(host, port);
            onStarted.run();
            if (!config.warmup().isZero()) {
                warming.set(Thread.ofPlatform().daemon().name("warm-up").start(() -> warmUp().run()));
            }
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The node's Jetty settings; the warm-up's server gets the same, so that it runs the same handlers. */
    private static void jetty(Server server) {
        server.setStopTimeout(STOP_TIMEOUT_MS);
        server.insertHandler(new GracefulHandler());
    }

    WarmUp warmUp() {
        return new WarmUp(() -> Rehearsal.open(config, clock, services.knowledge(), analysis, services.situation(),
                Application::jetty),
                services.knowledge(), services.info().readiness(), config.warmup());
    }

    /**
     * The training run of the JDK's AOT cache, and the warm-up of a node that serves elsewhere: the warm-up a node runs
     * at start (up to {@code CHAT_WARMUP_S}), blocking — the classes loaded and the profiles gathered are what the cache
     * keeps.
     */
    @Override
    public void train() {
        warmUp().run();
    }

    @Override public UserAccounts users() { return services.users(); }
    @Override public Tokens tokens() { return services.tokens(); }
    @Override public Sessions sessions() { return services.sessions(); }
    @Override public DialogTurn dialog() { return services.dialog(); }
    @Override public FeedbackDesk feedback() { return services.feedback(); }
    @Override public AuditTrail audit() { return services.audit(); }
    @Override public Watchdog watchdog() { return services.watchdog(); }
    @Override public TelemetryReport telemetry() { return services.telemetry(); }
    @Override public KnowledgeBase knowledge() { return services.knowledge(); }
    @Override public SituationModel situation() { return services.situation(); }
    @Override public ShiftDigest digest() { return services.digest(); }
    @Override public Path dataDir() { return config.dataDir(); }

    @Override
    public Path backup(Path dir) {
        return EmbeddedBackup.backup(database, dir);
    }

    public AppConfig config() {
        return config;
    }

    /**
     * Closes the index, the database and the meters watching the JVM, linking the audit records still waiting; safe to
     * call more than once.
     */
    @Override
    public void close() {
        try {
            chainAudit();
        } catch (RuntimeException e) {
            LOG.warn("Audit records left unlinked at stop (the next start links them): {}", e.toString());
        }
        clusterLock.close();
        services.knowledge().close();
        storeJobs.close();
        database.close();
        services.metrics().close();
    }
}
