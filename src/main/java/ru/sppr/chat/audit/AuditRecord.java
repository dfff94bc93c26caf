package ru.sppr.chat.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** One entry of the trail; {@code hash} covers the entry and the previous entry's hash. */
public record AuditRecord(long seq, String eventType, String actor, Long userId, Long sessionId,
                          Map<String, String> details, Instant createdAt, String prevHash, String hash) {
    public AuditRecord {
        details = Collections.unmodifiableMap(new TreeMap<>(details));
    }
}
