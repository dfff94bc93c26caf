package ru.sppr.chat.feedback;

import java.util.Collection;
import java.util.Map;

/**
 * How feedback on answers reflects on the sources they cited: each negative rating of an answer counts against
 * its sources, each positive one for them. The ranking factor is bounded to [{@value #FLOOR}, 1] and recovers
 * when ratings turn positive or are replaced.
 */
public interface SourceReputation {
    double FLOOR = 0.7;
    double STEP = 0.1;

    /** Net negative ratings (negative minus positive) per source; sources without ratings are absent. */
    Map<String, Integer> netNegative(Collection<String> sourceIds);

    static double factor(int netNegative) {
        return Math.max(FLOOR, Math.min(1.0, 1.0 - STEP * netNegative));
    }
}
