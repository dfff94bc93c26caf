package ru.sppr.chat.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.ConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sppr.chat.failure.AccessDeniedException;
import ru.sppr.chat.failure.ChatException;
import ru.sppr.chat.failure.ConflictException;
import ru.sppr.chat.failure.ErrorReference;
import ru.sppr.chat.failure.InvalidRequestException;
import ru.sppr.chat.failure.NotFoundException;
import ru.sppr.chat.failure.OverloadedException;
import ru.sppr.chat.failure.RateLimitedException;
import ru.sppr.chat.failure.RetryLaterException;
import ru.sppr.chat.failure.StorageException;
import ru.sppr.chat.failure.UnauthenticatedException;

/** The one place where failures become HTTP statuses, always inside the envelope. */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(ChatException.class, (e, ctx) -> {
            if (e instanceof RetryLaterException later) {
                ctx.header("Retry-After", Long.toString(later.retryAfterSeconds()));
            }
            if (ctx.isMultipartFormData() && (e instanceof UnauthenticatedException || e instanceof AccessDeniedException)) {
                UploadForm.drainRest(ctx);  // an upload refused unread: the client still sending gets the answer
            }
            respond(ctx, status(e), e.getMessage(), details(e));
        });
        routes.exception(UploadForm.PayloadTooLarge.class, (e, ctx) -> {
            UploadForm.drainRest(ctx);
            respond(ctx, 413, e.getMessage(), Map.of("field", "file"));
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 405) {
                allow(ctx, e.getDetails());
            }
            respond(ctx, e.getStatus(), httpMessage(e.getStatus()), Map.of());
        });
        routes.exception(JsonProcessingException.class, (e, ctx) -> respond(ctx, 400, "тело запроса — некорректный JSON", Map.of()));
        routes.exception(Exception.class, (e, ctx) -> {
            if (databaseAway(e)) {
                LOG.warn("Database unavailable on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                ctx.header("Retry-After", "5");
                respond(ctx, 503, "база данных временно недоступна — повторите запрос позже", Map.of());
                return;
            }
            String reference = ErrorReference.logged("Unhandled failure on " + ctx.method() + " " + ctx.path(), e);
            respond(ctx, 500, ErrorReference.message("внутренняя ошибка сервера", reference), Map.of("reference", reference));
        });
    }

    /**
     * Whether a failure means the database is away rather than a bug: no connection could be had, or a pooled one
     * broke mid-statement (SQLSTATE class 08 — connection exception, 57P — the server shutting down or starting).
     */
    static boolean databaseAway(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A 405 says which methods the address takes (RFC 9110, 15.5.6): Javalin finds them and puts them in the
     * exception's details («availableMethods», or «Available methods» for a browser), comma-separated.
     */
    private static void allow(Context ctx, Map<String, String> details) {
        String methods = details.getOrDefault("availableMethods", details.get("Available methods"));
        if (methods != null && !methods.isBlank()) {
            ctx.header("Allow", Arrays.stream(methods.split(",")).map(String::strip).filter(m -> !m.isEmpty())
                    .distinct().collect(Collectors.joining(", ")));
        }
    }

    static void respond(Context ctx, int status, String message, Map<String, ?> details) {
        if (status == 401) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
        ctx.status(status).json(Envelope.failure(message, details));
    }

    private static int status(ChatException e) {
        return switch (e) {
            case InvalidRequestException x -> 400;
            case UnauthenticatedException x -> 401;
            case AccessDeniedException x -> 403;
            case NotFoundException x -> 404;
            case ConflictException x -> 409;
            case RateLimitedException x -> 429;
            case StorageException x -> 503;
            case OverloadedException x -> 503;
            default -> 500;
        };
    }

    private static Map<String, ?> details(ChatException e) {
        return e instanceof InvalidRequestException invalid && invalid.field() != null
                ? Map.of("field", invalid.field()) : Map.of();
    }

    static String httpMessage(int status) {
        return switch (status) {
            case 400 -> "некорректный запрос";
            case 404 -> "нет такого адреса";
            case 405 -> "метод не поддерживается для этого адреса";
            case 413 -> "тело запроса слишком большое (предел " + Api.MAX_BODY_BYTES / 1024 + " КиБ)";
            case 415 -> "неподдерживаемый тип содержимого";
            default -> "ошибка HTTP " + status;
        };
    }
}
