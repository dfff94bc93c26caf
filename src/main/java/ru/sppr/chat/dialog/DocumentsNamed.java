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
 * ключей», «по решению 9», «донесение 2/чс 10го в цукс», «в акте обследования моста». The answer is read from them alone:
 * «пазики по скока мест» is answered by the plan's «автобусы ПАЗ … по 40 мест», not by the сводки that share more words
 * with the question. A kind is a document's when the question starts with it, says it after «по», «в», «из», «согласно»,
 * or numbers it — not «составили протокол», «в плане ущерба», «по решению суда», «план «Перехват»»; a kind many documents
 * share («по сводке»: more than {@value #MAX_DOCUMENTS}), a number no title has, or a kind no title has names nothing.
 */
final class DocumentsNamed {
    /**
     * A document's kind in any case («памятке», «решению», «плана»), said as a document's (group 1: the word before), and
     * the number after it, if any («№ 9», «2/чс»: group 3; not a day, «10го»).
     */
    private static final Pattern NAMED = Pattern.compile("(?iu)(?:(?<!\\p{L})(по|в|во|из|согласно)\\s+)?(?<!\\p{L})(памятк\\p{L}*|план(?:а|у|ом|е)?"
            + "|решени\\p{L}*|донесени\\p{L}*|протокол\\p{L}*|справк\\p{L}*|акт(?:а|у|ом|е)?|доклад(?:а|у|ом|е)?|бюллетен\\p{L}*"
            + "|постановлени\\p{L}*|выписк\\p{L}*|поряд(?:ок|к\\p{L}*)(?=\\s+работы)|предупреждени\\p{L}*)(?!\\p{L})"
            + "(?:(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:№\\s*)?(\\d+)(?![\\d.:\\p{L}-]))?");
    /** A kind said of no document: «в плане ущерба», «решение суда», «план «Перехват»». */
    private static final Pattern NOT_A_DOCUMENT = Pattern.compile("(?iu)^(?:в\\s+плане\\s+(?!эвакуац|действ|мероприят)|(?:(?:по|в|во|из|согласно)\\s+)?"
            + "(?:решени\\p{L}*\\s+(?:суда|судьи)|план\\p{L}*\\s+[«\"]?перехват|акт\\p{L}*\\s+(?:поджога|вандализма|террор|насили)))");
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
            boolean numbered = m.group(3) != null;
            if (m.group(1) == null && m.start() > 0 && !numbered || NOT_A_DOCUMENT.matcher(question.substring(m.start())).find()) {
                continue;
            }
            Set<String> titled = titled(numbered ? m.group(2) + " " + m.group(3) : m.group(2), clearance);
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
