package ru.sppr.chat.user;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Remembers for a short while whom an active token belongs to, so that a client sending hundreds of requests a
 * second does not cost a database query each.
 * <p>
 * Only found tokens are remembered: a token issued a moment ago works at once, and a stream of wrong tokens cannot
 * fill the cache. Every change made through this directory (a token issued or revoked, a user registered) empties
 * it. A token revoked by another process — {@code chat-sppr revoke-token}, or another node — keeps working here for
 * at most {@link #RECHECK_AFTER}.
 */
public final class TokenCache implements UserDirectory {
    /** How long a found token is trusted without asking the database again. */
    public static final Duration RECHECK_AFTER = Duration.ofSeconds(2);
    private static final int MAX_TOKENS = 10_000;

    private final UserDirectory directory;
    private final Cache<String, User> owners;

    public TokenCache(UserDirectory directory) {
        this(directory, Ticker.systemTicker());
    }

    TokenCache(UserDirectory directory, Ticker ticker) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.owners = Caffeine.newBuilder().expireAfterWrite(RECHECK_AFTER).maximumSize(MAX_TOKENS).ticker(ticker).build();
    }

    @Override
    public Optional<User> findByTokenHash(String tokenHash) {
        User known = owners.getIfPresent(tokenHash);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<User> owner = directory.findByTokenHash(tokenHash);
        owner.ifPresent(user -> owners.put(tokenHash, user));
        return owner;
    }

    @Override
    public EnsuredUser ensure(NewUser user, Caller actor) {
        return thenForget(() -> directory.ensure(user, actor));
    }

    @Override
    public long addToken(long userId, String tokenHash, Caller actor) {
        return thenForget(() -> directory.addToken(userId, tokenHash, actor));
    }

    @Override
    public boolean revokeToken(String tokenHash, Caller actor) {
        return thenForget(() -> directory.revokeToken(tokenHash, actor));
    }

    @Override
    public Optional<User> find(long userId) {
        return directory.find(userId);
    }

    @Override
    public Optional<User> findByUsername(String username) {
        return directory.findByUsername(username);
    }

    /** Makes a change through the directory, then forgets every remembered token, whether or not the change succeeded. */
    private <T> T thenForget(Supplier<T> change) {
        try {
            return change.get();
        } finally {
            owners.invalidateAll();
        }
    }
}
