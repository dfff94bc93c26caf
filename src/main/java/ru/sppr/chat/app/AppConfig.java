package ru.sppr.chat.app;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import ru.sppr.chat.storage.DatabaseSettings;

/**
 * Everything configurable, read from the prototype's environment variables (plus {@code CHAT_DATABASE_*} and
 * {@code CHAT_HTTP_*}). An invalid value stops start-up with a message naming the variable.
 */
public record AppConfig(Path home, Path dataDir, DatabaseSettings database, int databasePool,
                        int retrievalTopK, double retrievalDecay, int freshnessHours,
                        double intentThreshold, int intentSuggestions, Duration intentCooldown, double unsureBelow,
                        Duration sessionIdle, int maxQuestions, Duration autosave,
                        boolean telemetryEnabled, Duration telemetryInterval, int telemetryWindow,
                        String instanceId, String profile, String httpHost, int httpPort, int requestsPerMinute,
                        Set<String> trustedProxies,
                        int askConcurrency, Duration askWait,
                        String tesseract, ZoneId timezone,
                        Llm llm, Embeddings embeddings, Duration warmup) {

    /**
     * Optional dense vectors for hybrid search: {@code CHAT_EMBEDDINGS} = none (default), onnx (with
     * {@code CHAT_EMBEDDINGS_MODEL_FILE} and {@code CHAT_EMBEDDINGS_TOKENIZER_FILE}) or openai (with
     * {@code CHAT_EMBEDDINGS_BASE_URL}, {@code CHAT_EMBEDDINGS_MODEL}, {@code CHAT_EMBEDDINGS_API_KEY}).
     */
    public record Embeddings(String kind, Path modelFile, Path tokenizerFile, String baseUrl, String model, String apiKey) {}

    /** The optional language model: enabled when {@code CHAT_LLM_BASE_URL} is set. */
    public record Llm(String baseUrl, String model, String apiKey, Duration timeout) {
        public boolean enabled() {
            return baseUrl != null;
        }
    }

    /**
     * {@code CHAT_TRUSTED_PROXIES}: IP addresses of reverse proxies, comma-separated. Only a request arriving from
     * one of them may name its client in {@code X-Forwarded-For}; anyone else could forge that header.
     */
    static Set<String> trustedProxies(String raw) {
        var proxies = new java.util.LinkedHashSet<String>();
        for (String part : raw.split(",")) {
            String address = part.strip();
            if (address.isEmpty()) {
                continue;
            }
            if (!IP_LITERAL.matcher(address).matches()) {
                throw new ConfigException("CHAT_TRUSTED_PROXIES: «" + address + "» — не IP-адрес (ожидается список адресов через запятую)");
            }
            try {
                proxies.add(java.net.InetAddress.getByName(address).getHostAddress());
            } catch (java.net.UnknownHostException e) {
                throw new ConfigException("CHAT_TRUSTED_PROXIES: «" + address + "» — не IP-адрес");
            }
        }
        return Set.copyOf(proxies);
    }

    private static final java.util.regex.Pattern IP_LITERAL = java.util.regex.Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:.]*");

    public static AppConfig load(Map<String, String> environment, Path baseDirOverride) {
        var env = new Env(environment);
        Path home = baseDirOverride != null ? baseDirOverride
                : Path.of(env.text("CHAT_SPPR_HOME", System.getProperty("user.dir")));
        home = home.toAbsolutePath().normalize();
        Path dataDir = home.resolve("chat-data");
        String url = env.text("CHAT_DATABASE_URL", null);
        if (url != null && !url.startsWith("jdbc:")) {
            throw new ConfigException("CHAT_DATABASE_URL=" + url + ": ожидается JDBC URL, например jdbc:postgresql://host:5432/chat");
        }
        var database = url == null ? DatabaseSettings.embedded(dataDir)
                : new DatabaseSettings(url, env.text("CHAT_DATABASE_USER", null), env.text("CHAT_DATABASE_PASSWORD", null));
        String logFormat = env.text("CHAT_LOG_FORMAT", "text");
        if (!logFormat.equals("text") && !logFormat.equals("json")) {
            throw new ConfigException("CHAT_LOG_FORMAT=" + logFormat + ": допустимы text и json");
        }
        String instanceId = env.text("CHAT_INSTANCE_ID", "chat-sppr-local");
        if (instanceId.length() > 64) {
            throw new ConfigException("CHAT_INSTANCE_ID: не длиннее 64 символов");
        }
        return new AppConfig(home, dataDir, database, env.integer("CHAT_DATABASE_POOL", 10, 1, 200),
                env.integer("CHAT_RETRIEVAL_TOPK", 5, 1, 100),
                env.real("CHAT_RETRIEVAL_DECAY", 0.92, Double.MIN_VALUE, 1.0),
                env.integer("CHAT_RETRIEVAL_FRESHNESS_H", 48, 1, 24 * 365 * 10),
                env.real("CHAT_INTENT_THRESHOLD", 0.55, 0.0, 1.0),
                env.integer("CHAT_INTENT_SUGGESTIONS", 3, 0, 10),
                Duration.ofSeconds(env.integer("CHAT_INTENT_COOLDOWN", 30, 0, 86_400)),
                env.real("CHAT_CONFIDENCE_UNSURE", 0.4, 0.0, 1.0),
                Duration.ofMinutes(env.integer("CHAT_SESSION_IDLE_MIN", 20, 1, 525_600)),
                env.integer("CHAT_SESSION_MAX_TURNS", 50, 1, 100_000),
                Duration.ofMinutes(env.integer("CHAT_SESSION_AUTOSAVE_MIN", 5, 1, 1440)),
                env.flag("CHAT_TELEMETRY", true),
                Duration.ofSeconds(env.integer("CHAT_TELEMETRY_INTERVAL", 30, 1, 86_400)),
                env.integer("CHAT_TELEMETRY_WINDOW", 1000, 1, 1_000_000),
                instanceId,
                env.text("CHAT_PROFILE", "default"),
                env.text("CHAT_HTTP_HOST", "0.0.0.0"),
                env.integer("CHAT_HTTP_PORT", 8451, 0, 65_535),
                env.integer("CHAT_RATE_LIMIT_PER_MIN", 30_000, 1, 10_000_000),
                trustedProxies(env.text("CHAT_TRUSTED_PROXIES", "")),
                env.integer("CHAT_ASK_CONCURRENCY", defaultAskConcurrency(database, Runtime.getRuntime().availableProcessors()),
                        1, 10_000),
                Duration.ofSeconds(env.integer("CHAT_ASK_WAIT_S", 10, 1, 600)),
                env.text("CHAT_OCR_TESSERACT", "tesseract"),
                timezone(env),
                new Llm(env.text("CHAT_LLM_BASE_URL", null), env.text("CHAT_LLM_MODEL", "qwen2.5:7b-instruct"),
                        env.text("CHAT_LLM_API_KEY", "none"),
                        Duration.ofSeconds(env.integer("CHAT_LLM_TIMEOUT_S", 20, 1, 600))),
                embeddings(env),
                Duration.ofSeconds(env.integer("CHAT_WARMUP_S", 60, 0, 3600)));
    }

    /**
     * Asks worked on at once unless {@code CHAT_ASK_CONCURRENCY} says otherwise: 2 per core on the embedded database,
     * where an ask is almost all CPU in this process; 4 per core on PostgreSQL, where an ask also waits for another
     * process (the session check, then the write and its commit) while holding its turn, and the cores would idle
     * behind the queue.
     */
    static int defaultAskConcurrency(DatabaseSettings database, int cores) {
        return (database.postgres() ? 4 : 2) * cores;
    }

    /** The situation centre's zone ({@code CHAT_TIMEZONE}): times without an offset are read in it, shown times are in it. */
    private static ZoneId timezone(Env env) {
        String name = env.text("CHAT_TIMEZONE", "Europe/Moscow");
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw new ConfigException("CHAT_TIMEZONE=" + name + ": ожидается часовой пояс, например Europe/Moscow или Asia/Yekaterinburg");
        }
    }

    private static Embeddings embeddings(Env env) {
        String kind = env.text("CHAT_EMBEDDINGS", "none");
        String model = env.text("CHAT_EMBEDDINGS_MODEL_FILE", null);
        String tokenizer = env.text("CHAT_EMBEDDINGS_TOKENIZER_FILE", null);
        String baseUrl = env.text("CHAT_EMBEDDINGS_BASE_URL", null);
        switch (kind) {
            case "none" -> { }
            case "onnx" -> {
                if (model == null || tokenizer == null) {
                    throw new ConfigException("CHAT_EMBEDDINGS=onnx: задайте CHAT_EMBEDDINGS_MODEL_FILE и CHAT_EMBEDDINGS_TOKENIZER_FILE");
                }
            }
            case "openai" -> {
                if (baseUrl == null) {
                    throw new ConfigException("CHAT_EMBEDDINGS=openai: задайте CHAT_EMBEDDINGS_BASE_URL");
                }
            }
            default -> throw new ConfigException("CHAT_EMBEDDINGS=" + kind + ": допустимы none, onnx, openai");
        }
        return new Embeddings(kind, model == null ? null : Path.of(model), tokenizer == null ? null : Path.of(tokenizer),
                baseUrl, env.text("CHAT_EMBEDDINGS_MODEL", "text-embedding-3-small"), env.text("CHAT_EMBEDDINGS_API_KEY", "none"));
    }
}
