package ru.sppr.chat.knowledge.ingest;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import ru.sppr.chat.failure.InvalidRequestException;

/** Tags are short words: letters, digits, '-' and '_', at most 40 characters, lower case. */
public final class Tags {
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}_-]{1,40}");

    private Tags() {
    }

    public static List<String> validated(Collection<String> tags) {
        return tags.stream().map(t -> t.strip().toLowerCase()).filter(t -> !t.isEmpty()).distinct().peek(t -> {
            if (!TAG.matcher(t).matches()) {
                throw new InvalidRequestException("tags", "метка «" + t + "»: только буквы, цифры, - и _, до 40 символов");
            }
        }).toList();
    }
}
