package ru.sppr.chat.dialog;

import java.util.Map;
import java.util.regex.Pattern;
import ru.sppr.chat.intent.Intent;

/**
 * The topic of a question without the words that only say what kind of answer is wanted ("какие документы есть
 * по …", "подготовь сводку по …", "хронология …"): those words would otherwise be searched for as content.
 */
final class Topics {
    private static final String EDGE = "(?<![\\p{L}\\p{N}])";
    private static final String END = "(?![\\p{L}\\p{N}])";
    private static final Map<Intent, Pattern> FRAMING = Map.of(
            Intent.REQUEST_SOURCES, words("какие|какой|каки[ех]|есть|имеются|документ\\p{L}*|источник\\p{L}*|материал\\p{L}*|"
                    + "ссылк\\p{L}*|покажи|дай|приведи|по|о|об|sources?|documents?|which|what|are|there|on|about|show|me|"
                    + "кто|откуда|первым|первый|информаци\\p{L}*|сведения|известно|взяли|взято|что|том|who|that"),
            Intent.REPORT, words("подготов\\p{L}*|сделай|составь|сформируй|сводк\\p{L}*|отч[её]т\\p{L}*|кратко|теме|по|о|"
                    + "summary|summari[sz]e|report|prepare|make|brief|topic|the|of|on|about"),
            Intent.TIMELINE, words("хронолог\\p{L}*|последовательност\\p{L}*|ход|событий|теме|timeline|sequence|of|events|topic|the|on|по|о"),
            Intent.EXPLAIN_TERMS, words("что|такое|это|означает|значит|расшифру\\p{L}*|определени\\p{L}*|определя\\p{L}*|как|за|кто|такие|такой|такая|чем|"
                    + "занима\\p{L}*|термин|считается|считают|глосс?ари\\p{L}*|по|ну|например|вообще|what|does|mean|means|stand|for|is|in|the|like"),
            Intent.STATUS_CHECK, words("сейчас|текущ\\p{L}*|now|current|currently"));

    /** «в двух словах», «вкратце»: how long the answer should be, whatever is asked — not words to search for. */
    private static final Pattern BRIEFLY = Pattern.compile(EDGE + "(?:в\\s+двух\\s+словах|в\\s+двух\\s+слов|вкратце|кратко|коротко|"
            + "в\\s+общих\\s+чертах|in\\s+short|in\\s+brief|briefly)" + END, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * «данные расходятся?», «источники сходятся?», «по разным данным», «пишут по-разному»: whether the sources agree, which an answer says
     * when they do not — not words to search for.
     */
    private static final Pattern AGREEMENT = Pattern.compile(EDGE + "(?:(?:данные|цифры|сведения|источники)\\s+(?:расходятся|сходятся|"
            + "совпадают|разнятся|разные)|(?:расходятся|сходятся|совпадают)\\s+(?:ли\\s+)?(?:данные|цифры|сведения|источники)|"
            + "по\\s+разным\\s+(?:данным|источникам|сведениям)|(?:пишут|пишет|говорят|сообщают)\\s+по-?\\s?разному|"
            + "по-?\\s?разному\\s+(?:пишут|пишет|говорят|сообщают))" + END, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * «вроде», «кажется», «говорят», «типа»: how the asker holds what they ask, not what they ask — searched for, such
     * a word weighs as much as the thing asked and no sentence of the base says it.
     */
    private static final Pattern HEDGES = Pattern.compile(EDGE + "(?:вроде(?:\\s+бы)?|кажется|говорят|якобы|типа|короче|походу|"
            + "наверное|слышал\\p{L}*)" + END, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words glossaries are titled with: searched along with a term to explain, so that its definition is found. */
    private static final String GLOSSARY = "глоссарий термины сокращения определения glossary terms";

    private Topics() {
    }

    /**
     * What to search for: the topic; for a term to explain also the words glossaries are titled with — reports that
     * mention a term often ("в ПВР — 151 человек") outrank the one line of a long glossary that defines it.
     */
    static String searchText(Intent intent, String topic) {
        return intent == Intent.EXPLAIN_TERMS ? topic + " " + GLOSSARY : topic;
    }

    static String of(Intent intent, String question) {
        String topic = strip(HEDGES, strip(AGREEMENT, strip(BRIEFLY, question)));
        Pattern framing = FRAMING.get(intent);
        return framing == null ? topic : strip(framing, topic);
    }

    private static String strip(Pattern framing, String question) {
        String topic = framing.matcher(question).replaceAll(" ").replaceAll("\\s+", " ").strip();
        return topic.replaceAll("^[\\p{Punct}\\s]+$", "").isEmpty() ? question : topic;
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile(EDGE + "(?:" + alternatives + ")" + END, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
