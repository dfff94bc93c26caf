package ru.sppr.chat.audit;

/** Outcome of verifying the trail: how many records were checked and the first broken one, if any. */
public record ChainStatus(boolean intact, long checked, Long firstBrokenSeq, String problem) {
    public static ChainStatus ok(long checked) {
        return new ChainStatus(true, checked, null, null);
    }

    public static ChainStatus broken(long checked, long seq, String problem) {
        return new ChainStatus(false, checked, seq, problem);
    }
}
