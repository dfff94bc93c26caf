package ru.sppr.chat.user;

/**
 * Counts failed authentications per key (a client address, a credential's hash) in one-minute windows, shared by
 * every node of the cluster.
 */
public interface LoginAttempts {
    /** Records one failure for {@code key} and returns how many it has in the current window, this one included. */
    int failed(String key);
}
