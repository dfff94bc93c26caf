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

    /** The mentions and observations of one fragment. */
    public record FragmentFindings(int ordinal, List<Mention> mentions, List<Observation> observations) {
        public FragmentFindings {
            mentions = List.copyOf(mentions);
            observations = List.copyOf(observations);
        }
    }
}
