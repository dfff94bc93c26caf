package ru.sppr.chat.situation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Events by their trigger words; a trigger after «угроза», «прогноз», «риск» or «возможно» is a risk, not an event.
 * Triggers are tried only where a word starts with their first letters (an index of two-letter prefixes): scanning
 * seventeen patterns over every position of every fragment was the slowest part of extraction.
 */
final class EventRules {
    private static final Pattern RISK = Pattern.compile(
            "(угроз|прогноз|риск|возможн|вероятн|опасност|предупрежд|не допустить|профилактик|учени|тренировк)[\\p{L}]*\\s+(?:\\p{L}+\\s+){0,2}$");

    /** One alternative of a type's triggers, anchored where it is tried. */
    private record Trigger(EventType type, Pattern pattern) {}

    private final Map<String, List<Trigger>> byPrefix = new HashMap<>();

    EventRules() {
        for (EventType type : EventType.values()) {
            for (String branch : branches(type.triggers().pattern())) {
                String body = branch.startsWith("\\b") ? branch.substring(2) : branch;
                String prefix = literalPrefix(body);
                if (prefix.length() < 2) {
                    throw new IllegalStateException("trigger without a literal start: " + branch);
                }
                byPrefix.computeIfAbsent(prefix.substring(0, 2), k -> new ArrayList<>())
                        .add(new Trigger(type, Pattern.compile(body, Pattern.UNICODE_CHARACTER_CLASS)));
            }
        }
    }

    List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        String lower = Keys.lower(text);
        int n = lower.length();
        for (int i = 0; i + 1 < n; i++) {
            if (!Character.isLetter(lower.charAt(i)) || i > 0 && Character.isLetterOrDigit(lower.charAt(i - 1))) {
                continue;
            }
            List<Trigger> triggers = byPrefix.get(lower.substring(i, i + 2));
            if (triggers == null) {
                continue;
            }
            for (Trigger trigger : triggers) {
                Matcher m = trigger.pattern().matcher(lower).region(i, n).useTransparentBounds(true).useAnchoringBounds(false);
                if (!m.lookingAt() || RISK.matcher(lower.substring(Math.max(0, i - 40), i)).find()) {
                    continue;
                }
                int end = m.end();
                while (end < n && Character.isLetter(lower.charAt(end))) {
                    end++;
                }
                EventType type = trigger.type();
                found.add(new Mention(i, end, text.substring(i, end), MentionKind.EVENT, type.code(), "event:" + type.code(), type.label()));
                break;
            }
        }
        return found;
    }

    /** Top-level alternatives of a pattern. */
    static List<String> branches(String pattern) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(pattern.substring(start, i));
                start = i + 1;
            }
        }
        out.add(pattern.substring(start));
        return out;
    }

    private static String literalPrefix(String branch) {
        int i = 0;
        while (i < branch.length() && (Character.isLetter(branch.charAt(i)) || branch.charAt(i) == ' ')) {
            i++;
        }
        String prefix = branch.substring(0, i);
        if (i < branch.length() && "?*{".indexOf(branch.charAt(i)) >= 0 && !prefix.isEmpty()) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        return prefix;
    }
}
