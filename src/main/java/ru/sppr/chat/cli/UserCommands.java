package ru.sppr.chat.cli;

import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ru.sppr.chat.api.Views;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.NewUser;
import ru.sppr.chat.user.Role;
import ru.sppr.chat.user.Tokens;
import ru.sppr.chat.user.UserDirectory.EnsuredUser;

/** ensure-user, issue-token, revoke-token. */
final class UserCommands {
    private UserCommands() {
    }

    @Command(name = "ensure-user", description = "Найти или создать пользователя")
    static final class EnsureUser extends BackendCommand {
        @Option(names = "--username", required = true, description = "Имя входа") String username;
        @Option(names = "--display-name", description = "Имя для показа") String displayName;
        @Option(names = "--role", defaultValue = "operator", description = "Роль: admin, analyst, operator, guest (по умолчанию ${DEFAULT-VALUE})") String role;
        @Option(names = "--clearance", defaultValue = "internal", description = "Допуск: public, internal, confidential, secret (по умолчанию ${DEFAULT-VALUE})") String clearance;

        EnsureUser(ChatBackend.Factory factory) {
            super(factory);
        }

        @Override
        Object run(ChatBackend backend) {
            var request = new NewUser(username, displayName, Role.parse("--role", role), Clearance.parse("--clearance", clearance));
            EnsuredUser ensured = backend.users().ensure(request, Caller.LOCAL_ADMIN);
            return Views.EnsuredUserView.of(ensured.user(), ensured.created());
        }
    }

    @Command(name = "issue-token", description = "Выпустить API-токен (показывается один раз)")
    static final class IssueToken extends BackendCommand {
        @Option(names = "--username", required = true, description = "Имя входа") String username;

        IssueToken(ChatBackend.Factory factory) {
            super(factory);
        }

        @Override
        Object run(ChatBackend backend) {
            Tokens.IssuedToken issued = backend.tokens().issue(username, Caller.LOCAL_ADMIN);
            return new Views.TokenView(issued.token(), issued.user().id(), issued.user().username());
        }
    }

    @Command(name = "revoke-token", description = "Отозвать API-токен")
    static final class RevokeToken extends BackendCommand {
        @Option(names = "--token", required = true, description = "Отзываемый токен") String token;

        RevokeToken(ChatBackend.Factory factory) {
            super(factory);
        }

        @Override
        Object run(ChatBackend backend) {
            return Map.of("revoked", backend.tokens().revoke(token, Caller.LOCAL_ADMIN));
        }
    }
}
