package ru.sppr.chat.answer;

import java.util.List;
import java.util.regex.Pattern;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;
import ru.sppr.chat.knowledge.search.SearchHit;

/** Recognises definitions: "ТЕРМИН — объяснение" sentences, preferably from a glossary-like source. */
final class Definitions {
    /** "ТЕРМИН — объяснение": the explanation starts with a word ("ПВР № 1 — 92 человека" states a figure). */
    private static final Pattern DEFINITION = Pattern.compile("^[\\p{L}\\p{N} .,()«»\"-]{1,60}\\s[—–-]\\s\\p{L}");
    private static final Pattern GLOSSARY = Pattern.compile("(?iu)глоссари|словар|термин|сокращени|glossary|terms");

    private Definitions() {
    }

    /** How much a sentence reads like the definition of the asked term: it opens with the term and explains it. */
    static double bonus(TermAnalysis analysis, String sentence, SearchHit hit, List<String> termStems) {
        boolean glossary = GLOSSARY.matcher(hit.title()).find();
        return (defines(analysis, sentence, termStems) ? 0.6 : 0) + (glossary ? 0.3 : 0);
    }

    /**
     * Whether the sentence is the definition of a word asked: it opens with it and explains it («АСДНР — аварийно-спасательные
     * … работы: …» for «асднр это что включает, дамбы укреплять тоже туда относится», which shares few other words with it).
     */
    static boolean defines(TermAnalysis analysis, String sentence, List<String> termStems) {
        List<String> opening = analysis.stems(sentence.substring(0, Math.min(sentence.length(), 40)));
        boolean opensWithTerm = !opening.isEmpty() && termStems.contains(opening.getFirst());
        return opensWithTerm && (DEFINITION.matcher(sentence).find() || sentence.contains(" означает ") || sentence.contains(" — это "));
    }
}
