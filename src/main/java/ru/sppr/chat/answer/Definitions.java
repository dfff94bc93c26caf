package ru.sppr.chat.answer;

import java.util.regex.Pattern;
import ru.sppr.chat.knowledge.SearchHit;

/** Recognises definitions: "ТЕРМИН — объяснение" sentences, preferably from a glossary-like source. */
final class Definitions {
    private static final Pattern DEFINITION = Pattern.compile("^[\\p{L}\\p{N} .,()«»\"-]{1,60}\\s[—–-]\\s\\S");
    private static final Pattern GLOSSARY = Pattern.compile("(?iu)глоссари|словар|термин|сокращени|glossary|terms");

    private Definitions() {
    }

    static boolean looksLikeDefinition(String sentence, SearchHit hit) {
        boolean shape = DEFINITION.matcher(sentence).find() || sentence.contains(" означает ") || sentence.contains(" — это ");
        boolean glossary = GLOSSARY.matcher(hit.title()).find();
        return shape && (glossary || sentence.length() < 400);
    }
}
