package ru.sppr.chat.app;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import ru.sppr.chat.storage.DatabaseSettings;

/**
 * Everything configurable, read from the prototype's environment variables (plus {@code CHAT_DATABASE_*},
 * {@code CHAT_HTTP_*} and the rest listed in the README), grouped by what they configure. An invalid value stops
 * start-up with a message naming the variable.
 */
public record AppConfig(Path home, Path dataDir, Store store, Retrieval retrieval, Dialog dialog, Sessions sessions,
                        Telemetry telemetry, Node node, Http http, String tesseract, ZoneId timezone,
                        Llm llm, Embeddings embeddings, Duration warmup) {

    /** {@code CHAT_DATABASE_URL}, {@code _USER}, {@code _PASSWORD} (embedded H2 under {@code chat-data} without a URL), {@code CHAT_DATABASE_POOL}. */
    public record Store(DatabaseSettings settings, int pool) {}

    /** {@code CHAT_RETRIEVAL_TOPK}, {@code CHAT_RETRIEVAL_DECAY}, {@code CHAT_RETRIEVAL_FRESHNESS_H}. */
    public record Retrieval(int topK, double decay, int freshnessHours) {}

    /** {@code CHAT_INTENT_THRESHOLD}, {@code CHAT_INTENT_SUGGESTIONS}, {@code CHAT_INTENT_COOLDOWN}, {@code CHAT_CONFIDENCE_UNSURE}. */
    public record Dialog(double intentThreshold, int suggestions, Duration suggestionCooldown, double unsureBelow) {}

    /**
     * {@code CHAT_SESSION_IDLE_MIN}, {@code CHAT_SESSION_MAX_TURNS}. ({@code CHAT_SESSION_AUTOSAVE_MIN} is still
     * checked but configures nothing: every turn is written to the database at once.)
     */
    public record Sessions(Duration idle, int maxQuestions) {}

    /** {@code CHAT_TELEMETRY}, {@code CHAT_TELEMETRY_INTERVAL}, {@code CHAT_TELEMETRY_WINDOW}. */
    public record Telemetry(boolean enabled, Duration interval, int window) {}

    /** {@code CHAT_INSTANCE_ID}, {@code CHAT_PROFILE}. */
    public record Node(String instanceId, String profile) {}

    /**
     * {@code CHAT_HTTP_HOST}, {@code CHAT_HTTP_PORT}, {@code CHAT_RATE_LIMIT_PER_MIN}, {@code CHAT_TRUSTED_PROXIES},
     * {@code CHAT_ASK_CONCURRENCY}, {@code CHAT_ASK_WAIT_S}.
     */
    public record Http(String host, int port, int requestsPerMinute, Set<String> trustedProxies,
                       int askConcurrency, Duration askWait) {}

    /**
     * Optional dense vectors for hybrid search, {@code CHAT_EMBEDDINGS}: none (default), onnx (with
     * {@code CHAT_EMBEDDINGS_MODEL_FILE} and {@code CHAT_EMBEDDINGS_TOKENIZER_FILE}) or openai (with
     * {@code CHAT_EMBEDDINGS_BASE_URL}, {@code CHAT_EMBEDDINGS_MODEL}, {@code CHAT_EMBEDDINGS_API_KEY}).
     */
    public sealed interface Embeddings {
        /** BM25 only. */
        record None() implements Embeddings {}

        /** A local ONNX model with its tokenizer. */
        record Onnx(Path modelFile, Path tokenizerFile) implements Embeddings {}

        /** An OpenAI-compatible {@code /v1/embeddings} endpoint. */
        record OpenAi(String baseUrl, String model, String apiKey) implements Embeddings {}
    }

    /** The optional language model: enabled when {@code CHAT_LLM_BASE_URL} is set. */
    public record Llm(String baseUrl, String model, String apiKey, Duration timeout) {
        public boolean enabled() {
            return baseUrl != null;
        }
    }

    /**
     * The warm-up after a start, at most (CHAT_WARMUP_S). It ends earlier once the JIT compilers are nearly idle; on two
     * cores that took 165–220 s of warm-up, and after a warm-up cut at 60 s the compilers took one of the two cores for the
     * whole first minute of real load (bench load --start at 300 asks/s: 202 answered per second against 255–265).
     */
    static final int DEFAULT_WARMUP_S = 240;
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:.]*");

    public static AppConfig load(Map<String, String> environment, Path baseDirOverride) {
        var env = new Env(environment);
        Path home = baseDirOverride != null ? baseDirOverride
                : Path.of(env.text("CHAT_SPPR_HOME", System.getProperty("user.dir")));
        home = home.toAbsolutePath().normalize();
        Path dataDir = home.resolve("chat-data");
        var store = store(env, dataDir);
        String logFormat = env.text("CHAT_LOG_FORMAT", "text");
        if (!logFormat.equals("text") && !logFormat.equals("json")) {
            throw new ConfigException("CHAT_LOG_FORMAT=" + logFormat + ": допустимы text и json");
        }
        var retrieval = new Retrieval(env.integer("CHAT_RETRIEVAL_TOPK", 5, 1, 100),
                env.real("CHAT_RETRIEVAL_DECAY", 0.92, Double.MIN_VALUE, 1.0),
                env.integer("CHAT_RETRIEVAL_FRESHNESS_H", 48, 1, 24 * 365 * 10));
        var dialog = new Dialog(env.real("CHAT_INTENT_THRESHOLD", 0.55, 0.0, 1.0),
                env.integer("CHAT_INTENT_SUGGESTIONS", 3, 0, 10),
                Duration.ofSeconds(env.integer("CHAT_INTENT_COOLDOWN", 30, 0, 86_400)),
                env.real("CHAT_CONFIDENCE_UNSURE", 0.4, 0.0, 1.0));
        var sessions = new Sessions(Duration.ofMinutes(env.integer("CHAT_SESSION_IDLE_MIN", 20, 1, 525_600)),
                env.integer("CHAT_SESSION_MAX_TURNS", 50, 1, 100_000));
        env.integer("CHAT_SESSION_AUTOSAVE_MIN", 5, 1, 1440);
        var telemetry = new Telemetry(env.flag("CHAT_TELEMETRY", true),
                Duration.ofSeconds(env.integer("CHAT_TELEMETRY_INTERVAL", 30, 1, 86_400)),
                env.integer("CHAT_TELEMETRY_WINDOW", 1000, 1, 1_000_000));
        var node = new Node(instanceId(env), env.text("CHAT_PROFILE", "default"));
        var http = new Http(env.text("CHAT_HTTP_HOST", "0.0.0.0"),
                env.integer("CHAT_HTTP_PORT", 8451, 0, 65_535),
                env.integer("CHAT_RATE_LIMIT_PER_MIN", 30_000, 1, 10_000_000),
                trustedProxies(env.text("CHAT_TRUSTED_PROXIES", "")),
                env.integer("CHAT_ASK_CONCURRENCY",
                        defaultAskConcurrency(store.settings(), Runtime.getRuntime().availableProcessors()), 1, 10_000),
                Duration.ofSeconds(env.integer("CHAT_ASK_WAIT_S", 10, 1, 600)));
        String tesseract = env.text("CHAT_OCR_TESSERACT", "tesseract");
        ZoneId timezone = timezone(env);
        var llm = new Llm(env.text("CHAT_LLM_BASE_URL", null), env.text("CHAT_LLM_MODEL", "qwen2.5:7b-instruct"),
                env.text("CHAT_LLM_API_KEY", "none"), Duration.ofSeconds(env.integer("CHAT_LLM_TIMEOUT_S", 20, 1, 600)));
        var embeddings = embeddings(env);
        var warmup = Duration.ofSeconds(env.integer("CHAT_WARMUP_S", DEFAULT_WARMUP_S, 0, 3600));
        return new AppConfig(home, dataDir, store, retrieval, dialog, sessions, telemetry, node, http, tesseract, timezone,
                llm, embeddings, warmup);
    }

    private static Store store(Env env, Path dataDir) {
        String url = env.text("CHAT_DATABASE_URL", null);
        if (url != null && !url.startsWith("jdbc:")) {
            throw new ConfigException("CHAT_DATABASE_URL=" + url + ": ожидается JDBC URL, например jdbc:postgresql://host:5432/chat");
        }
        var settings = url == null ? DatabaseSettings.embedded(dataDir)
                : new DatabaseSettings(url, env.text("CHAT_DATABASE_USER", null), env.text("CHAT_DATABASE_PASSWORD", null));
        return new Store(settings, env.integer("CHAT_DATABASE_POOL", 10, 1, 200));
    }

    private static String instanceId(Env env) {
        String instanceId = env.text("CHAT_INSTANCE_ID", "chat-sppr-local");
        if (instanceId.length() > 64) {
            throw new ConfigException("CHAT_INSTANCE_ID: не длиннее 64 символов");
        }
        return instanceId;
    }

    /**
     * {@code CHAT_TRUSTED_PROXIES}: IP addresses of reverse proxies, comma-separated. Only a request arriving from
     * one of them may name its client in {@code X-Forwarded-For}; anyone else could forge that header.
     */
    static Set<String> trustedProxies(String raw) {
        var proxies = new LinkedHashSet<String>();
        for (String part : raw.split(",")) {
            String address = part.strip();
            if (address.isEmpty()) {
                continue;
            }
            if (!IP_LITERAL.matcher(address).matches()) {
                throw new ConfigException("CHAT_TRUSTED_PROXIES: «" + address + "» — не IP-адрес (ожидается список адресов через запятую)");
            }
            try {
                proxies.add(InetAddress.getByName(address).getHostAddress());
            } catch (UnknownHostException e) {
                throw new ConfigException("CHAT_TRUSTED_PROXIES: «" + address + "» — не IP-адрес");
            }
        }
        return Set.copyOf(proxies);
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

    /** {@code CHAT_TIMEZONE} of an environment alone, for the command line's times (a wrong name fails as at start-up). */
    public static ZoneId zone(Map<String, String> environment) {
        return timezone(new Env(environment));
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

    /** The one place that reads {@code CHAT_EMBEDDINGS}: every other part switches over the {@link Embeddings} type. */
    private static Embeddings embeddings(Env env) {
        String kind = env.text("CHAT_EMBEDDINGS", "none");
        String model = env.text("CHAT_EMBEDDINGS_MODEL_FILE", null);
        String tokenizer = env.text("CHAT_EMBEDDINGS_TOKENIZER_FILE", null);
        String baseUrl = env.text("CHAT_EMBEDDINGS_BASE_URL", null);
        return switch (kind) {
            case "none" -> new Embeddings.None();
            case "onnx" -> {
                if (model == null || tokenizer == null) {
                    throw new ConfigException("CHAT_EMBEDDINGS=onnx: задайте CHAT_EMBEDDINGS_MODEL_FILE и CHAT_EMBEDDINGS_TOKENIZER_FILE");
                }
                yield new Embeddings.Onnx(Path.of(model), Path.of(tokenizer));
            }
            case "openai" -> {
                if (baseUrl == null) {
                    throw new ConfigException("CHAT_EMBEDDINGS=openai: задайте CHAT_EMBEDDINGS_BASE_URL");
                }
                yield new Embeddings.OpenAi(baseUrl, env.text("CHAT_EMBEDDINGS_MODEL", "text-embedding-3-small"),
                        env.text("CHAT_EMBEDDINGS_API_KEY", "none"));
            }
            default -> throw new ConfigException("CHAT_EMBEDDINGS=" + kind + ": допустимы none, onnx, openai");
        };
    }
}
