package ru.sppr.chat.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.LongSupplier;

/**
 * Failed authentications counted twice: per presented credential (the same wrong token again and again is refused
 * without being looked up) and per client address (an address guessing many tokens is refused further guesses for a
 * while). A valid token is never refused for failures: whoever shares the address with a guesser keeps working.
 */
final class LoginFailures {
    static final int PER_ADDRESS_PER_MINUTE = 20;
    static final int PER_CREDENTIAL_PER_MINUTE = 5;
    private final RateLimiter byAddress;
    private final RateLimiter byCredential;

    LoginFailures(LongSupplier nanoTime) {
        this.byAddress = new RateLimiter(PER_ADDRESS_PER_MINUTE, nanoTime);
        this.byCredential = new RateLimiter(PER_CREDENTIAL_PER_MINUTE, nanoTime);
    }

    /** Whether this exact credential has failed too often lately (it is not even looked up then). */
    boolean credentialBlocked(String credential) {
        return byCredential.exhausted(key(credential));
    }

    /** Whether this address has sent too many failing credentials lately. */
    boolean addressBlocked(String address) {
        return byAddress.exhausted(address);
    }

    void failed(String address, String credential) {
        byAddress.acquire(address);
        byCredential.acquire(key(credential));
    }

    /** Credentials are kept only as a short hash: the counter must not become a store of tokens. */
    private static String key(String credential) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.valueOf(credential).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
