package ru.sppr.chat.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import ru.sppr.chat.failure.NotFoundException;
import ru.sppr.chat.failure.UnauthenticatedException;

/** Issues, checks and revokes API tokens: 256 random bits shown once, stored as SHA-256. */
public final class Tokens {
    private static final String PREFIX = "sppr_";
    private final UserDirectory users;
    private final SecureRandom random = new SecureRandom();

    public Tokens(UserDirectory users) {
        this.users = Objects.requireNonNull(users, "users");
    }

    public IssuedToken issue(String username, Caller actor) {
        actor.requireAdmin();
        User user = users.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("пользователь «" + username + "» не найден"));
        return issue(user, actor);
    }

    public IssuedToken issue(User user, Caller actor) {
        actor.requireAdmin();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        users.addToken(user.id(), hash(token), actor);
        return new IssuedToken(token, user);
    }

    public boolean revoke(String token, Caller actor) {
        actor.requireAdmin();
        return users.revokeToken(hash(token), actor);
    }

    /** The caller a bearer token belongs to; throws when the token is missing, unknown or revoked. */
    public Caller authenticate(String token) {
        return find(token).map(User::asCaller)
                .orElseThrow(() -> new UnauthenticatedException("нужен действующий токен: заголовок Authorization: Bearer <токен>"));
    }

    public Optional<User> find(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return users.findByTokenHash(hash(token));
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A freshly issued token; the only moment its plain text exists. */
    public record IssuedToken(String token, User user) {}
}
