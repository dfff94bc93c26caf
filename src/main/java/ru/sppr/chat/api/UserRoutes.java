package ru.sppr.chat.api;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;
import static ru.sppr.chat.api.Authentication.caller;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import ru.sppr.chat.api.ApiRoute.Access;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.NewUser;
import ru.sppr.chat.user.Role;
import ru.sppr.chat.user.Tokens;
import ru.sppr.chat.user.User;
import ru.sppr.chat.user.UserAccounts;
import ru.sppr.chat.user.UserDirectory.EnsuredUser;

/** Users and tokens. */
final class UserRoutes {
    private final UserAccounts users;
    private final Tokens tokens;
    private final ObjectMapper mapper;

    UserRoutes(UserAccounts users, Tokens tokens, ObjectMapper mapper) {
        this.users = users;
        this.tokens = tokens;
        this.mapper = mapper;
    }

    List<ApiRoute> routes() {
        return List.of(
                new ApiRoute(POST, "/chat/users", "users", "Найти или создать пользователя (только администратор)", Access.ADMIN, this::ensure),
                new ApiRoute(GET, "/chat/users/me", "users", "Кто я: имя, роль, допуск", Access.USER, this::me),
                new ApiRoute(POST, "/chat/users/{id}/tokens", "users", "Выпустить токен пользователю (только администратор)", Access.ADMIN, this::issueToken),
                new ApiRoute(POST, "/chat/tokens/revoke", "users", "Отозвать токен (только администратор)", Access.ADMIN, this::revokeToken));
    }

    private void ensure(Context ctx) {
        var body = RequestBody.of(ctx, mapper);
        String role = body.optionalText("role");
        String clearance = body.optionalText("clearance");
        var request = new NewUser(body.requiredText("username"), body.optionalText("display_name"),
                role == null ? null : Role.parse("role", role),
                clearance == null ? null : Clearance.parse("clearance", clearance));
        EnsuredUser ensured = users.ensure(request, caller(ctx));
        ctx.status(ensured.created() ? 201 : 200)
                .json(Envelope.success(Views.EnsuredUserView.of(ensured.user(), ensured.created())));
    }

    private void me(Context ctx) {
        Caller caller = caller(ctx);
        ctx.json(Envelope.success(Views.UserView.of(users.get(caller.userId(), caller))));
    }

    private void issueToken(Context ctx) {
        Caller caller = caller(ctx);
        caller.requireAdmin();
        User user = users.get(QueryParams.pathId(ctx, "id"), caller);
        Tokens.IssuedToken issued = tokens.issue(user, caller);
        ctx.status(201).json(Envelope.success(new Views.TokenView(issued.token(), user.id(), user.username())));
    }

    private void revokeToken(Context ctx) {
        String token = RequestBody.of(ctx, mapper).requiredText("token");
        ctx.json(Envelope.success(Map.of("revoked", tokens.revoke(token, caller(ctx)))));
    }
}
