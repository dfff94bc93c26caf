package ru.sppr.chat.user;

import ru.sppr.chat.failure.AccessDeniedException;

/**
 * Who performs an operation. Requests carry the token's user; the local CLI acts as {@link #LOCAL_ADMIN}
 * (whoever can read the data directory already holds everything in it).
 */
public record Caller(long userId, String name, Role role, Clearance clearance) {
    public static final Caller LOCAL_ADMIN = new Caller(0, "cli", Role.ADMIN, Clearance.SECRET);

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** True when the caller may see objects owned by {@code ownerId}. */
    public boolean maySeeOwnedBy(long ownerId) {
        return isAdmin() || userId == ownerId;
    }

    public void requireAdmin() {
        if (!isAdmin()) {
            throw new AccessDeniedException("операция доступна только администратору");
        }
    }

    /** The user id to record in the audit trail, or null for the local administrator. */
    public Long auditUserId() {
        return userId == 0 ? null : userId;
    }
}
