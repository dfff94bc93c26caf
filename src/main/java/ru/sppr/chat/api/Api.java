package ru.sppr.chat.api;

import static io.javalin.http.HandlerType.GET;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Server;
import ru.sppr.chat.api.ApiRoute.Access;

/**
 * Builds the HTTP application: routes from the feature route classes, authentication, error mapping, and the
 * operator console (static files from {@code /web} on the classpath, served at {@code /}).
 */
public final class Api {
    public static final int MAX_BODY_BYTES = 64 * 1024;
    private static final int DRAIN_LIMIT_BYTES = 1024 * 1024;

    private Api() {
    }

    public static Javalin create(ApiServices services) {
        return create(services, server -> { });
    }

    /** As {@link #create(ApiServices)}, letting the caller adjust the Jetty server (stop timeout, handlers). */
    public static Javalin create(ApiServices services, Consumer<Server> jetty) {
        return create(services, jetty, true);
    }

    /**
     * As {@link #create(ApiServices, Consumer)} without the access log: the node's start-up warm-up talks to such a
     * server.
     */
    public static Javalin createUnlogged(ApiServices services, Consumer<Server> jetty) {
        return create(services, jetty, false);
    }

    private static Javalin create(ApiServices services, Consumer<Server> jetty, boolean accessLog) {
        ObjectMapper mapper = mapper();
        List<ApiRoute> routes = routes(services, mapper);
        Set<String> publicPaths = routes.stream().filter(r -> r.access() == Access.PUBLIC).map(ApiRoute::path)
                .collect(Collectors.toSet());
        var authentication = new Authentication(services.tokens(), publicPaths, services.info().requestsPerMinute(),
                new ClientAddress(services.info().trustedProxies()), new LoginFailures(services.loginAttempts()));
        var timing = new RequestTiming(services.metrics(), routes, accessLog);
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.http.prefer405over404 = true;
            config.jetty.multipartConfig.maxFileSize(UploadForm.MAX_FILE_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(UploadForm.MAX_REQUEST_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(UploadForm.MAX_IN_MEMORY_BYTES, SizeUnit.BYTES);
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServer(server -> server.setErrorHandler(new EnvelopeErrorHandler()));
            config.jetty.modifyServer(SlowHeaderGuard::install);
            config.jetty.modifyServer(jetty);
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                files.mimeTypes.add("text/html; charset=utf-8", "html");
                files.mimeTypes.add("text/css; charset=utf-8", "css");
                files.mimeTypes.add("text/javascript; charset=utf-8", "js");
            });
            config.routes.before(timing::start);
            config.routes.before("/chat/*", authentication::check);
            config.routes.before("/metrics", authentication::check);
            config.routes.before(Api::rejectOversizedBody);
            routes.forEach(r -> config.routes.addHttpHandler(r.method(), r.path(), r.handler()));
            config.routes.after(timing::finish);
            ErrorMapping.register(config.routes);
            config.routes.error(404, ctx -> {
                if (ctx.endpoint() == null || ctx.result() == null) {
                    ErrorMapping.respond(ctx, 404, ErrorMapping.httpMessage(404), Map.of());
                }
            });
        });
    }

    /**
     * JSON bodies are small; only multipart uploads may be larger (their own limits apply). A moderately oversized
     * body is read and dropped first, so the client finishes sending and reliably receives the 413.
     */
    private static void rejectOversizedBody(Context ctx) throws IOException {
        if (ctx.contentLength() > MAX_BODY_BYTES && !ctx.isMultipartFormData()) {
            if (ctx.contentLength() <= DRAIN_LIMIT_BYTES) {
                ctx.req().getInputStream().skipNBytes(ctx.contentLength());
            }
            ErrorMapping.respond(ctx, 413, ErrorMapping.httpMessage(413), Map.of());
            ctx.skipRemainingHandlers();
        }
    }

    static List<ApiRoute> routes(ApiServices s, ObjectMapper mapper) {
        var routes = new ArrayList<ApiRoute>();
        routes.add(new ApiRoute(GET, "/chat/health", "service",
                "Проверка доступности (без токена): база данных, отставание индекса, ведущий узел; 503, если узел не может работать",
                Access.PUBLIC, new Health(s.info(), s.knowledge(), s.situation())::check));
        routes.add(new ApiRoute(GET, "/chat/ready", "service",
                "Готовность принимать запросы (без токена): 200, когда узел разогрелся после запуска и база данных доступна; иначе 503 с причиной",
                Access.PUBLIC, new Ready(s.info())::check));
        routes.addAll(new UserRoutes(s.users(), s.tokens(), mapper).routes());
        routes.addAll(new SessionRoutes(s.sessions(), s.dialog(), s.admission(), mapper).routes());
        routes.addAll(new FeedbackRoutes(s.feedback(), mapper).routes());
        routes.addAll(new KnowledgeRoutes(s.knowledge(), s.info().uploadSpill(), s.situation()).routes());
        routes.addAll(new SituationRoutes(s.situation(), s.digest()).routes());
        routes.addAll(new AdminRoutes(s.audit(), s.telemetry(), s.watchdog(), s.metrics(), s.situation().zone()).routes());
        routes.add(new ApiRoute(GET, "/chat/docs", "service", "Swagger UI", Access.PUBLIC, SwaggerPage::serve));
        routes.add(new ApiRoute(GET, "/chat/openapi.json", "service", "Этот документ OpenAPI", Access.PUBLIC,
                ctx -> ctx.json(OpenApiDocument.of(routes))));
        return List.copyOf(routes);
    }

    /**
     * The JSON of the REST API, also printed by the CLI: snake_case names, ISO-8601 times, nothing after the
     * document.
     */
    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
