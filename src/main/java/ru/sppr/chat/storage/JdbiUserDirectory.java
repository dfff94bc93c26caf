package ru.sppr.chat.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import ru.sppr.chat.audit.AuditEventType;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.NewUser;
import ru.sppr.chat.user.Role;
import ru.sppr.chat.user.User;
import ru.sppr.chat.user.UserDirectory;

/** Users and tokens in {@code chat_users} and {@code chat_tokens}. */
public final class JdbiUserDirectory implements UserDirectory {
    private static final String COLUMNS = "u.id, u.username, u.display_name, u.role, u.clearance, u.created_at";
    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiUserDirectory(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public EnsuredUser ensure(NewUser user, Caller actor) {
        try {
            return jdbi.inTransaction(h -> findByUsername(h, user.username())
                    .map(existing -> new EnsuredUser(existing, false))
                    .orElseGet(() -> new EnsuredUser(insert(h, user, actor), true)));
        } catch (UnableToExecuteStatementException raced) {
            return findByUsername(user.username()).map(u -> new EnsuredUser(u, false)).orElseThrow(() -> raced);
        }
    }

    private User insert(Handle h, NewUser user, Caller actor) {
        Instant now = Times.stored(clock.instant());
        long id = h.createUpdate("""
                INSERT INTO chat_users (username, display_name, role, clearance, created_at)
                VALUES (:username, :displayName, :role, :clearance, :createdAt)""")
                .bind("username", user.username()).bind("displayName", user.displayName())
                .bind("role", user.role().code()).bind("clearance", user.clearance().code())
                .bind("createdAt", Times.bind(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        AuditAppender.append(h, AuditEventType.USER_CREATED, actor, null, Map.of(
                "user_id", Long.toString(id), "username", user.username(),
                "role", user.role().code(), "clearance", user.clearance().code()), now);
        return new User(id, user.username(), user.displayName(), user.role(), user.clearance(), now);
    }

    @Override
    public Optional<User> find(long userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM chat_users u WHERE u.id = :id")
                .bind("id", userId).map(JdbiUserDirectory::map).findOne());
    }

    @Override
    public Optional<User> findByUsername(String username) {
        return jdbi.withHandle(h -> findByUsername(h, username));
    }

    private static Optional<User> findByUsername(Handle h, String username) {
        return h.createQuery("SELECT " + COLUMNS + " FROM chat_users u WHERE u.username = :username")
                .bind("username", username).map(JdbiUserDirectory::map).findOne();
    }

    @Override
    public long addToken(long userId, String tokenHash, Caller actor) {
        return jdbi.inTransaction(h -> {
            Instant now = clock.instant();
            long id = h.createUpdate("INSERT INTO chat_tokens (user_id, token_hash, created_at) VALUES (:userId, :hash, :at)")
                    .bind("userId", userId).bind("hash", tokenHash).bind("at", Times.bind(now))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            AuditAppender.append(h, AuditEventType.TOKEN_ISSUED, actor, null,
                    Map.of("user_id", Long.toString(userId), "token_id", Long.toString(id)), now);
            return id;
        });
    }

    @Override
    public boolean revokeToken(String tokenHash, Caller actor) {
        return jdbi.inTransaction(h -> {
            Instant now = clock.instant();
            Optional<long[]> token = h.createQuery(
                    "SELECT id, user_id FROM chat_tokens WHERE token_hash = :hash AND revoked_at IS NULL")
                    .bind("hash", tokenHash).map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).findOne();
            token.ifPresent(t -> {
                h.createUpdate("UPDATE chat_tokens SET revoked_at = :at WHERE id = :id")
                        .bind("at", Times.bind(now)).bind("id", t[0]).execute();
                AuditAppender.append(h, AuditEventType.TOKEN_REVOKED, actor, null,
                        Map.of("user_id", Long.toString(t[1]), "token_id", Long.toString(t[0])), now);
            });
            return token.isPresent();
        });
    }

    @Override
    public Optional<User> findByTokenHash(String tokenHash) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM chat_tokens t JOIN chat_users u ON u.id = t.user_id"
                        + " WHERE t.token_hash = :hash AND t.revoked_at IS NULL")
                .bind("hash", tokenHash).map(JdbiUserDirectory::map).findOne());
    }

    private static User map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new User(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.parse("role", rs.getString("role")), Clearance.parse("clearance", rs.getString("clearance")),
                Times.read(rs, "created_at"));
    }
}
