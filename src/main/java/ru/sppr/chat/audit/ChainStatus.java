package ru.sppr.chat.audit;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Outcome of verifying the trail: how many records were checked, the first broken one if any, and the last record
 * found intact ({@code verifiedTo}, where the next check can go on from).
 */
public record ChainStatus(boolean intact, long checked, Long firstBrokenSeq, String problem,
                          @JsonIgnore ChainPoint verifiedTo) {
    public static ChainStatus ok(long checked, ChainPoint verifiedTo) {
        return new ChainStatus(true, checked, null, null, verifiedTo);
    }

    public static ChainStatus broken(long checked, long seq, String problem, ChainPoint verifiedTo) {
        return new ChainStatus(false, checked, seq, problem, verifiedTo);
    }
}
