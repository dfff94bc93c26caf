package ru.sppr.chat.failure;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A short reference tying a failure the user is told about (in Russian, without internals) to the log entry that
 * holds its details: the exception, SQL, class names. The user quotes the reference; the operator greps the log.
 */
public final class ErrorReference {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReference.class);

    private ErrorReference() {
    }

    /** Logs {@code what} with its cause under a new reference and returns the reference. */
    public static String logged(String what, Throwable cause) {
        String id = "E-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        LOG.error("[{}] {}", id, what, cause);
        return id;
    }

    /** The sentence users read: {@code reason}, then the reference to quote. */
    public static String message(String reason, String id) {
        return reason + " (код ошибки " + id + ", подробности в журнале сервера)";
    }
}
