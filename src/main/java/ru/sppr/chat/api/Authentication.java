package ru.sppr.chat.api;

import io.javalin.http.Context;
import java.util.Set;
import ru.sppr.chat.failure.RateLimitedException;
import ru.sppr.chat.failure.UnauthenticatedException;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Tokens;

/**
 * Resolves the bearer token of every request except the public routes and stores the caller on the context.
 * Each user gets a request budget per minute (429 with Retry-After beyond it); an address that keeps sending bad
 * tokens is refused for a while before its tokens are even looked at.
 */
final class Authentication {
    static final int BAD_TOKENS_PER_MINUTE = 20;
    private static final String CALLER = "chat.caller";
    private final Tokens tokens;
    private final Set<String> publicPaths;
    private final RateLimiter perUser;
    private final RateLimiter badTokens = new RateLimiter(BAD_TOKENS_PER_MINUTE, System::nanoTime);

    Authentication(Tokens tokens, Set<String> publicPaths, int requestsPerMinute) {
        this.tokens = tokens;
        this.publicPaths = publicPaths;
        this.perUser = new RateLimiter(requestsPerMinute, System::nanoTime);
    }

    void check(Context ctx) {
        if (publicPaths.contains(ctx.path())) {
            return;
        }
        String address = ctx.ip();
        if (badTokens.exhausted(address)) {
            throw new RateLimitedException("слишком много попыток с неверным токеном — подождите минуту", 60);
        }
        Caller caller;
        try {
            String header = ctx.header("Authorization");
            if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw new UnauthenticatedException("нужен токен: заголовок Authorization: Bearer <токен>");
            }
            caller = tokens.authenticate(header.substring(7).trim());
        } catch (UnauthenticatedException e) {
            badTokens.acquire(address);
            throw e;
        }
        long wait = perUser.acquire("user:" + caller.userId());
        if (wait > 0) {
            throw new RateLimitedException("слишком много запросов — повторите через " + wait + " с", wait);
        }
        ctx.attribute(CALLER, caller);
    }

    static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
            throw new UnauthenticatedException("нужен токен: заголовок Authorization: Bearer <токен>");
        }
        return caller;
    }
}
