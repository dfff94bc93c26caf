package ru.sppr.chat.api;

import io.javalin.http.Context;
import java.util.Set;
import ru.sppr.chat.failure.RateLimitedException;
import ru.sppr.chat.failure.UnauthenticatedException;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Tokens;

/**
 * Resolves the bearer token of every request except the public routes and stores the caller on the context.
 * Each user gets a request budget per minute (429 with Retry-After beyond it). Failed tokens are counted per
 * credential and per client address ({@link LoginFailures}); a guessing address gets 429 for its wrong tokens while
 * valid tokens from the same address keep working.
 */
final class Authentication {
    static final String CALLER = "chat.caller";
    private static final String NEED_TOKEN = "нужен токен: заголовок Authorization: Bearer <токен>";
    private final Tokens tokens;
    private final Set<String> publicPaths;
    private final RateLimiter perUser;
    private final LoginFailures failures;
    private final ClientAddress clientAddress;

    Authentication(Tokens tokens, Set<String> publicPaths, int requestsPerMinute, ClientAddress clientAddress,
                   LoginFailures failures) {
        this.tokens = tokens;
        this.publicPaths = publicPaths;
        this.perUser = new RateLimiter(requestsPerMinute, System::nanoTime);
        this.clientAddress = clientAddress;
        this.failures = failures;
    }

    void check(Context ctx) {
        if (publicPaths.contains(ctx.path())) {
            return;
        }
        String address = clientAddress.of(ctx);
        String header = ctx.header("Authorization");
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
        if (token == null) {
            throw refusal(address, null, new UnauthenticatedException(NEED_TOKEN));
        }
        Caller caller;
        try {
            caller = tokens.authenticate(token);
        } catch (UnauthenticatedException e) {
            throw refusal(address, token, e);
        }
        long wait = perUser.acquire("user:" + caller.userId());
        if (wait > 0) {
            throw new RateLimitedException("слишком много запросов — повторите через " + wait + " с", wait);
        }
        ctx.attribute(CALLER, caller);
    }

    private RuntimeException refusal(String address, String credential, UnauthenticatedException e) {
        return failures.failedTooOften(address, credential)
                ? new RateLimitedException("слишком много попыток с неверным токеном — подождите минуту", 60) : e;
    }

    static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
            throw new UnauthenticatedException(NEED_TOKEN);
        }
        return caller;
    }
}
