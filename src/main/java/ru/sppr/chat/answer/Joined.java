package ru.sppr.chat.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Several answers given as one («чем СЭП отличается от ПВР»: the definition of each), one per line: the citation marks
 * of each renumbered into one list, a fragment cited by two parts keeping one number.
 */
public final class Joined {
    private static final Pattern MARK = Pattern.compile("\\[(\\d+)]");

    private Joined() {
    }

    public static Answer.Grounded of(List<Answer.Grounded> parts) {
        Map<String, Cited> byFragment = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (Answer.Grounded part : parts) {
            Map<Integer, Integer> renumbered = new LinkedHashMap<>();
            for (Cited c : part.citations()) {
                Cited kept = byFragment.computeIfAbsent(c.hit().fragmentId(), f -> new Cited(byFragment.size() + 1, c.hit()));
                renumbered.put(c.ordinal(), kept.ordinal());
            }
            lines.add(MARK.matcher(part.text()).replaceAll(m -> "[" + renumbered.getOrDefault(Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(1))) + "]"));
        }
        Evidence weakest = parts.stream().map(Answer.Grounded::evidence)
                .min(Comparator.comparingDouble(Evidence::sentenceCoverage)).orElse(Evidence.NONE);
        return new Answer.Grounded(String.join("\n", lines), new ArrayList<>(byFragment.values()), weakest);
    }
}
