package ru.sppr.chat.user;

import java.util.Optional;

/** Users and their API tokens. Every change is audited in the same transaction. */
public interface UserDirectory {
    /** Returns the existing user with this username, or registers a new one. */
    EnsuredUser ensure(NewUser user, Caller actor);

    Optional<User> find(long userId);

    Optional<User> findByUsername(String username);

    /** Stores the token's hash for the user; the plain token never reaches the database. */
    long addToken(long userId, String tokenHash, Caller actor);

    /** Revokes a token by its hash; false when no active token has this hash. */
    boolean revokeToken(String tokenHash, Caller actor);

    /** The owner of an active (not revoked) token with this hash. */
    Optional<User> findByTokenHash(String tokenHash);

    /** Result of {@link #ensure}: the user and whether it was created just now. */
    record EnsuredUser(User user, boolean created) {}
}
