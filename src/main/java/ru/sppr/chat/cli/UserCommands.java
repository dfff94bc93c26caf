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
        @Option(names = "--username", required = true) String username;
        @Option(names = "--display-name") String displayName;
        @Option(names = "--role", defaultValue = "operator", description = "admin, analyst, operator, guest") String role;
        @Option(names = "--clearance", defaultValue = "internal", description = "public, internal, confidential, secret") String clearance;

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
        @Option(names = "--username", required = true) String username;

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
        @Option(names = "--token", required = true) String token;

        RevokeToken(ChatBackend.Factory factory) {
            super(factory);
        }

        @Override
        Object run(ChatBackend backend) {
            return Map.of("revoked", backend.tokens().revoke(token, Caller.LOCAL_ADMIN));
        }
    }
}
