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
    /** «when was the dam built»: the year something was built is asked, not a moment of the situation. */
    private static final String WHEN_BUILT = "when was \\w+(?: \\w+)? built";
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
            "low-water bridges?", "низководный мост",
            "(?<!low-water )bridges?|crossings?", "мост",
            "roads?|highways?", "дорога",
            "dams?|levees?", "дамба",
            "how long|length", "длина",
            "how high|height", "высота",
            "(?:what|which) year|" + WHEN_BUILT + "|built|constructed", "построена году",
            "^\\W*(?!" + WHEN_BUILT + ")when|(?:at )?what time", "когда",
            "blankets?", "одеял",
            "smok(?:ing|e)", "курение",
            "allowed|permitted|prohibited|banned|forbidden", "запрещены",
            "handed out|given out|distributed", "выдано",
            "passengers?", "пассажиров",
            "buses|bus", "автобус",
            "overpass|flyover", "мост",
            "on board|aboard", "на борту",
            "pilots?", "пилота",
            "employees?|staff", "сотрудника",
            "crew", "экипаж",
            "patients?", "пациент",
            "hospitals?", "больницу",
            "air ambulance", "санитарной авиации",
            "helicopters?", "вертолёт",
            "planes?|aircraft|airplanes?|airliners?", "самолёт",
            "trains?", "поезд",
            "ships?|vessels?|boats?", "судно",
            "tourists?", "туристов",
            "capsi[sz]ed|overturned", "перевернулся",
            "picked up|took (?:on board|aboard)", "подняло на борт",
            "crash(?:ed|es)?", "крушение",
            "reported|announced", "сообщила",
            "flown to|taken to|delivered to", "везли в",
            "(?:re)?open(?:ed)?", "открыт",
            "closed|shut", "закрыт",
            "now|currently|right now|at the moment|latest", "сейчас",
            "what happened|timeline|chronology", "хронология",
            "summary|sitrep|situation report|brief me", "сводка",
            "situation", "обстановка",
            "fires?", "пожар",
            "explosions?|blasts?", "взрыв",
            "flood ?plains?", "пойма",
            "floods?(?! ?plains?)|flooding", "паводок",
            "cause|why", "причина",
            "sources?|where (?:does|did) (?:this|it) come from", "источники",
            "glossary|definitions?|stands? for|what does \\w+ mean", "что такое",
            "vehicles?|equipment|machinery|fire engines?", "техники",
            "personnel|rescuers|responders", "личный состав",
            "trams?|tramcars?", "трамвай",
            "metro|subway|underground", "метро",
            "collid\\w*|collisions?|head-on", "столкновение",
            "leaflets?|memo|flyers?|brochures?", "памятка",
            "sirens?", "сирена",
            "warnings?|alerts?", "предупреждение",
            "residents?|locals|inhabitants", "жители",
            "poison\\w*", "отравление",
            "schools?", "школа",
            "kindergartens?", "детский сад",
            "storms?|hurricanes?|gales?", "шторм",
            "drivers?", "водитель",
            "cars?", "автомобиль",
            "boeing", "Боинг",
            "airbus", "Аэробус",
            "cessna", "Цессна",
            "superjet", "Суперджет");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    /** An English word: lower case after its first letter («How», «bridge», «low-water»); «DHL», «SSJ-100» are not. */
    private static final Pattern ENGLISH_WORD = Pattern.compile("(?<![\\p{L}\\d])[A-Za-z][a-z'’]*(?:-[a-z]+)*(?![\\p{L}\\d-])");

    private EnglishTerms() {
    }

    /** The question followed by the Russian of its English words, or as it is (a Russian question is left alone). */
    static String withRussian(String question) {
        List<String> glosses = glosses(question);
        return glosses.isEmpty() ? question : question + " (" + String.join(" ", glosses) + ")";
    }

    /**
     * What of a glossed English question is searched for and matched against Russian sentences: its Russian glosses and
     * names, and Latin tokens written as in Russian texts too (DHL, SSJ-100) — not the English words, which no Russian
     * sentence has and which would leave every answer covering too little of the question. A Russian question is as is.
     */
    static String searchable(String glossed, String typed) {
        if (CYRILLIC.matcher(typed).find() || !CYRILLIC.matcher(glossed).find()) {
            return glossed;
        }
        return ENGLISH_WORD.matcher(glossed).replaceAll(" ").replaceAll("\\s+", " ").strip();
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
