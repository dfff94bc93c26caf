package ru.sppr.chat.audit;

import java.util.List;

/** Reading and verifying the trail. Writing happens inside the stores, in the transaction of each change. */
public interface AuditLog {
    List<AuditRecord> find(AuditQuery query);

    /** Walks the whole chain and recomputes every hash. */
    ChainStatus verify();
}
