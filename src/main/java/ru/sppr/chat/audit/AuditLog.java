package ru.sppr.chat.audit;

import java.util.List;

/**
 * Linking, reading and verifying the trail. Records are written inside the stores, in the transaction of each
 * change, and wait there unlinked until {@link #chainPending()} links them into the hash chain; reading and
 * verifying link the waiting records first, so a reader always sees every committed record.
 */
public interface AuditLog {
    /** Links the records written since the last call into the chain, oldest first; how many it linked. */
    int chainPending();

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
