package ru.sppr.chat.api;

import io.javalin.http.Context;
import java.util.Set;
import ru.sppr.chat.failure.UnauthenticatedException;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Tokens;

/** Resolves the bearer token of every request except the public routes, and stores the caller on the context. */
final class Authentication {
    private static final String CALLER = "chat.caller";
    private final Tokens tokens;
    private final Set<String> publicPaths;

    Authentication(Tokens tokens, Set<String> publicPaths) {
        this.tokens = tokens;
        this.publicPaths = publicPaths;
    }

    void check(Context ctx) {
        if (publicPaths.contains(ctx.path())) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new UnauthenticatedException("нужен токен: заголовок Authorization: Bearer <токен>");
        }
        ctx.attribute(CALLER, tokens.authenticate(header.substring(7).trim()));
    }

    static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
            throw new UnauthenticatedException("нужен токен: заголовок Authorization: Bearer <токен>");
        }
        return caller;
    }
}
