package ru.sppr.chat.audit;

import java.util.List;
import java.util.Objects;
import ru.sppr.chat.user.Caller;

/** Admin-only access to the trail. */
public final class AuditTrail {
    private final AuditLog log;

    public AuditTrail(AuditLog log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    public List<AuditRecord> find(AuditQuery query, Caller caller) {
        caller.requireAdmin();
        return log.find(query);
    }
}
