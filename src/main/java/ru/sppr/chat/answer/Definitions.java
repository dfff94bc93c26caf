package ru.sppr.chat.answer;

import java.util.List;
import java.util.regex.Pattern;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;
import ru.sppr.chat.knowledge.search.SearchHit;

/** Recognises definitions: "ТЕРМИН — объяснение" sentences, preferably from a glossary-like source. */
final class Definitions {
    /** "ТЕРМИН — объяснение": the explanation starts with a word ("ПВР № 1 — 92 человека" states a figure). */
    private static final Pattern DEFINITION = Pattern.compile("^[\\p{L}\\p{N} .,()«»\"-]{1,60}\\s[—–-]\\s\\p{L}");
    /** Definitions listed in one sentence are parted by semicolons. */
    private static final Pattern LISTED = Pattern.compile(";\\s+");
    private static final Pattern GLOSSARY = Pattern.compile("(?iu)глоссари|словар|термин|сокращени|glossary|terms");

    private Definitions() {
    }

    /**
     * How much a sentence reads like the definition of the asked term: it opens with the term and explains it; a little
     * less when it lists the term's definition after another's («РСЧС (ТП РСЧС) — …; ТП — её территориальная подсистема»
     * is not the entry of ТП).
     */
    static double bonus(TermAnalysis analysis, String sentence, SearchHit hit, List<String> termStems) {
        boolean glossary = GLOSSARY.matcher(hit.title()).find();
        double definition = definesAlone(analysis, sentence, termStems) ? 0.6 : defines(analysis, sentence, termStems) ? 0.5 : 0;
        return definition + (glossary ? 0.3 : 0);
    }

    /**
     * Whether the sentence is the definition of a word asked: it, or one of the definitions it lists after semicolons («ТП —
     * трансформаторная подстанция…; ПС — подстанция 35/10 кВ и выше; …»), opens with the word and explains it («АСДНР —
     * аварийно-спасательные … работы: …» for «асднр это что включает, дамбы укреплять тоже туда относится», which shares few
     * other words with it).
     */
    static boolean defines(TermAnalysis analysis, String sentence, List<String> termStems) {
        return LISTED.splitAsStream(sentence).anyMatch(part -> definesAlone(analysis, part.strip(), termStems));
    }

    private static boolean definesAlone(TermAnalysis analysis, String sentence, List<String> termStems) {
        List<String> opening = analysis.stems(sentence.substring(0, Math.min(sentence.length(), 40)));
        boolean opensWithTerm = !opening.isEmpty() && termStems.contains(opening.getFirst());
        return opensWithTerm && (DEFINITION.matcher(sentence).find() || sentence.contains(" означает ") || sentence.contains(" — это "));
    }
}
