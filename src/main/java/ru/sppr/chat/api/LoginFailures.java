package ru.sppr.chat.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import ru.sppr.chat.user.LoginAttempts;

/**
 * Failed authentications counted twice, in counters every node shares ({@link LoginAttempts}): per presented
 * credential (the same wrong token again and again) and per client address (an address guessing many tokens). Past
 * either limit a failure is answered 429 instead of 401. Only failures are counted: a valid token never touches the
 * counters and is never refused for them, so whoever shares an address with a guesser keeps working.
 */
final class LoginFailures {
    static final int PER_ADDRESS_PER_MINUTE = 20;
    static final int PER_CREDENTIAL_PER_MINUTE = 5;
    private final LoginAttempts attempts;

    LoginFailures(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    /** Records a failure; true when the address or the credential is now over its limit. */
    boolean failedTooOften(String address, String credential) {
        boolean byAddress = attempts.failed("a:" + address) > PER_ADDRESS_PER_MINUTE;
        boolean byCredential = credential != null && attempts.failed("c:" + key(credential)) > PER_CREDENTIAL_PER_MINUTE;
        return byAddress || byCredential;
    }

    /** Credentials are kept only as a short hash: the counter must not become a store of tokens. */
    private static String key(String credential) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(credential.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
