package ru.sppr.chat.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** The hash chain: each record's hash is SHA-256 over its previous hash and its own canonical fields. */
public final class AuditChain {
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(String prevHash, long seq, String eventType, String actor, Long userId,
                              Long sessionId, Map<String, String> details, Instant createdAt) {
        var canonical = new StringBuilder()
                .append(prevHash).append('\n').append(seq).append('\n').append(eventType).append('\n')
                .append(actor).append('\n').append(userId).append('\n').append(sessionId).append('\n')
                .append(createdAt.toEpochMilli()).append('.').append(createdAt.getNano() % 1_000_000).append('\n');
        new TreeMap<>(details).forEach((k, v) -> canonical.append(k).append('=').append(v).append('\u0000'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static String hashOf(AuditRecord r) {
        return hash(r.prevHash(), r.seq(), r.eventType(), r.actor(), r.userId(), r.sessionId(), r.details(), r.createdAt());
    }
}
