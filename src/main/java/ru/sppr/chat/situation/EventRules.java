package ru.sppr.chat.situation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Events by their trigger words; a trigger after «угроза», «прогноз», «риск» or «возможно» is a risk, not an event. */
final class EventRules {
    private static final Pattern RISK = Pattern.compile(
            "(угроз|прогноз|риск|возможн|вероятн|опасност|предупрежд|не допустить|профилактик|учени|тренировк)[\\p{L}]*\\s+(?:\\p{L}+\\s+){0,2}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        for (EventType type : EventType.values()) {
            Matcher m = type.triggers().matcher(text);
            while (m.find()) {
                String before = text.substring(Math.max(0, m.start() - 40), m.start());
                if (RISK.matcher(before).find()) {
                    continue;
                }
                int end = m.end();
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                found.add(new Mention(m.start(), end, text.substring(m.start(), end), MentionKind.EVENT, type.code(),
                        "event:" + type.code(), type.label()));
            }
        }
        return found;
    }
}
