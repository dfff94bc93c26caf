package ru.sppr.chat.user;

import java.time.Instant;
import java.util.Objects;

/** A registered user. */
public record User(long id, String username, String displayName, Role role, Clearance clearance, Instant createdAt) {
    public User {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(clearance, "clearance");
    }

    public Caller asCaller() {
        return new Caller(id, username, role, clearance);
    }
}
