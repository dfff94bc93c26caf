package ru.sppr.chat.dialog;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of an English question about a situation in the Russian the situation model and the index read: «how many
 * people were evacuated» → «сколько эвакуировано», «shelters» → «в ПВР», «is the bridge open» → «мост открыт». The base
 * and its model know only Russian; without these an English question finds nothing, or a name made of an English word.
 */
final class EnglishTerms {
    private static final Map<Pattern, String> TERMS = terms(
            "how many|how much|number of", "сколько",
            "evacuat\\w*|relocated", "эвакуировано",
            "shelters?|temporary accommodation|evacuation (?:centre|center)s?", "в ПВР",
            "dead|died|deaths?|killed|fatalit\\w*", "погибшие",
            "injur\\w*|wounded|casualt\\w*|hurt", "пострадавшие",
            "hospitali[sz]\\w*", "госпитализированы",
            "refus\\w*|declined to leave", "отказались от эвакуации",
            "missing", "пропавшие без вести",
            "rescued|saved", "спасены",
            "flooded (?:houses|homes)|(?:houses|homes) (?:are |were )?flooded|flooded", "подтоплено домов",
            "power outages?|without (?:power|electricity)|no power|blackouts?|de-?energi[sz]ed", "без электроснабжения",
            "water levels?|levels?", "уровень воды",
            "gauges?", "гидропост",
            "bridges?|crossings?", "мост",
            "roads?|highways?", "дорога",
            "dams?|levees?", "дамба",
            "(?:re)?open(?:ed)?", "открыт",
            "closed|shut", "закрыт",
            "now|currently|right now|at the moment|latest", "сейчас",
            "what happened|timeline|chronology", "хронология",
            "summary|sitrep|situation report|brief me", "сводка",
            "situation", "обстановка",
            "fires?", "пожар",
            "explosions?|blasts?", "взрыв",
            "floods?|flooding", "паводок",
            "cause|why", "причина",
            "sources?|where (?:does|did) (?:this|it) come from", "источники");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    private EnglishTerms() {
    }

    /** The question followed by the Russian of its English words, or as it is (a Russian question is left alone). */
    static String withRussian(String question) {
        List<String> glosses = glosses(question);
        return glosses.isEmpty() ? question : question + " (" + String.join(" ", glosses) + ")";
    }

    static List<String> glosses(String question) {
        if (CYRILLIC.matcher(question).find()) {
            return List.of();
        }
        String lower = question.toLowerCase(Locale.ROOT);
        Set<String> found = new LinkedHashSet<>();
        TERMS.forEach((english, russian) -> {
            if (english.matcher(lower).find()) {
                found.add(russian);
            }
        });
        return List.copyOf(found);
    }

    private static Map<Pattern, String> terms(String... pairs) {
        var terms = new LinkedHashMap<Pattern, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            terms.put(Pattern.compile("(?<![a-z])(?:" + pairs[i] + ")(?![a-z])"), pairs[i + 1]);
        }
        return terms;
    }
}
