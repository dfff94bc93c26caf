package ru.sppr.chat.audit;

import java.util.List;

/** Reading and verifying the trail. Writing happens inside the stores, in the transaction of each change. */
public interface AuditLog {
    List<AuditRecord> find(AuditQuery query);

    /** Walks the whole chain and recomputes every hash. */
    default ChainStatus verify() {
        return verifyFrom(ChainPoint.START);
    }

    /**
     * Recomputes the hashes of the records after {@code from}, which an earlier check found intact; cheap when run
     * often, but blind to records before {@code from} changed since.
     */
    ChainStatus verifyFrom(ChainPoint from);
}
