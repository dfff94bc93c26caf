package ru.sppr.chat.dialog;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.sppr.chat.knowledge.search.KnowledgeSearch;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.user.Clearance;

/**
 * The documents a question names by their kind, and number when it gives one: «по памятке», «по плану эвакуации нижних
 * ключей», «по решению 9», «донесение 2/чс 10го в цукс», «в акте обследования моста». The answer is read from them first:
 * «пазики по скока мест» is answered by the plan's «автобусы ПАЗ … по 40 мест», not by the сводки that share more words
 * with the question. A kind many documents share («сводка»), or that names none, names nothing.
 */
final class DocumentsNamed {
    /** A document's kind in any case («памятке», «решению», «плана») and the number after it, if any («№ 9», «2/чс»). */
    private static final Pattern NAMED = Pattern.compile("(?iu)(?<!\\p{L})(памятк\\p{L}*|план(?:а|у|ом|е)?|решени\\p{L}*|донесени\\p{L}*"
            + "|протокол\\p{L}*|справк\\p{L}*|акт(?:а|у|ом|е)?|доклад(?:а|у|ом|е)?|бюллетен\\p{L}*|постановлени\\p{L}*"
            + "|выписк\\p{L}*|порядк\\p{L}*(?=\\s+работы)|предупреждени\\p{L}*)(?!\\p{L})"
            + "(?:(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:№\\s*)?(\\d+)(?![\\d.:]))?");
    /** More documents of a kind than this are not one document named («по решению КЧС» of five). */
    private static final int MAX_DOCUMENTS = 3;
    /** The kinds are those of documents, not of news items or tables. */
    private static final Set<SourceType> DOCUMENTS = Set.of(SourceType.DOCUMENT);

    private final KnowledgeSearch search;

    DocumentsNamed(KnowledgeSearch search) {
        this.search = Objects.requireNonNull(search, "search");
    }

    /** The sources the question names, at most {@value #MAX_DOCUMENTS}; empty when it names none or a kind too common. */
    Set<String> in(String question, Clearance clearance) {
        Matcher m = NAMED.matcher(question);
        while (m.find()) {
            Set<String> titled = m.group(2) == null ? Set.of() : titled(m.group(1) + " " + m.group(2), clearance);
            if (titled.isEmpty()) {
                titled = titled(m.group(1), clearance);
            }
            if (!titled.isEmpty() && titled.size() <= MAX_DOCUMENTS) {
                return titled;
            }
        }
        return Set.of();
    }

    /** The documents titled so, one more than {@value #MAX_DOCUMENTS} at most: enough to tell a kind too common. */
    private Set<String> titled(String words, Clearance clearance) {
        return search.sourcesTitled(words, DOCUMENTS, clearance, MAX_DOCUMENTS + 1);
    }
}
