package ru.sppr.chat.situation;

import java.time.Instant;
import java.util.List;

/**
 * What one source says, as extracted: what its title names (for grouping only), per fragment its mentions and
 * observations, and the report's own time.
 */
public record ReportAnalysis(String sourceId, Instant reportedAt, List<Mention> titleMentions, List<FragmentFindings> fragments) {
    public ReportAnalysis {
        titleMentions = List.copyOf(titleMentions);
        fragments = List.copyOf(fragments);
    }

    /**
     * The mentions and observations of one fragment; {@code loggedAt} is the fragment's own time when it is a row of a
     * table or an event log (null for prose).
     */
    public record FragmentFindings(int ordinal, List<Mention> mentions, List<Observation> observations, Instant loggedAt) {
        public FragmentFindings {
            mentions = List.copyOf(mentions);
            observations = List.copyOf(observations);
        }

        /**
         * When what the fragment says was known: a gauge row or a log entry at its own time, though the table holding
         * it was loaded later; prose when its report came.
         */
        public Instant knownAt(Instant reportedAt) {
            return loggedAt != null && (reportedAt == null || loggedAt.isBefore(reportedAt)) ? loggedAt : reportedAt;
        }
    }
}
