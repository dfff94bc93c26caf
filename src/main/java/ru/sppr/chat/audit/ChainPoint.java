package ru.sppr.chat.audit;

/** A verified place in the chain: a record's sequence number and hash. Verification can go on from here. */
public record ChainPoint(long seq, String hash) {
    /** Before the first record. */
    public static final ChainPoint START = new ChainPoint(0, AuditChain.GENESIS);
}
