package ru.sppr.chat.briefing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import ru.sppr.chat.answer.Causes;
import ru.sppr.chat.answer.Words;
import ru.sppr.chat.knowledge.analysis.Sentences;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.situation.SituationStore.ReportRow;
import ru.sppr.chat.user.Caller;

/**
 * What a news message adds to its headline in a timeline: the sentences of its body that tell something the timeline has
 * not told yet («Пожарные продолжают ликвидировать огонь – он уже охватил перекрытия между 1 и 2 этажами» under «Движение
 * транспорта на Маросейке ограничено»). Only for records (a message, a news item): a report document's body is its
 * figures, which the timeline names already.
 */
final class ReportDetails {
    /**
     * So many sentences of bodies a timeline tells in all, spread over its reports: a story of one or two messages is told
     * by what they say («погибли 3 человека» in the body of «Cessna упала в Татарстане»), one of a dozen stays readable.
     */
    private static final int TIMELINE_SENTENCES = 12;
    /** At most so many sentences of one body: the rest of a long message is background. */
    private static final int MOST_PER_REPORT = 4;
    /** A longer sentence is a paragraph of background, not a development… */
    private static final int SENTENCE_WORDS = 30;
    /** …and a shorter one an item of a list («2) Абдуллах М., 1984.») or a caption («Видео»). */
    private static final int LEAST_WORDS = 5;
    /** «1) …», «2. …», «— …»: an item of a list, not a sentence. */
    private static final Pattern ITEM = Pattern.compile("^(?:\\d+[).]|[-–—•*])\\s");
    /**
     * A title ending in an abbreviation or an initial («… хирургии им.», «… академика Б.») or in an ellipsis («…, в настоящее
     * время возгорание уже…»): cut by its feed.
     */
    private static final Pattern CUT_TITLE = Pattern.compile("(?:(?<!\\p{L})\\p{Lu}|(?<!\\p{L})(?:им|ул|г|д|пр|просп|пос|обл|ст))\\.$|(?:…|\\.\\.\\.)$");
    /**
     * A sentence telling how the story developed: an update («UPD: количество пострадавших выросло до 30 человек»), what
     * came of it for people or the fire («Водолазы обнаружили тело погибшего», «Пожар локализован»), or a count of people
     * («спасли 14 человек»). A timeline tells these of a body first, whatever their place in it: a long message often
     * opens with background and ends with the news.
     */
    private static final Pattern DEVELOPMENT = Pattern.compile("^(?:upd|обновлено|дополнено)(?!\\p{L})"
            + "|(?<!\\p{L})(?:погиб|пострадав|пострадал|госпитализ|ранен|раним|спасл|спасен|спасён|эвакуир|скончал|умер|тел[оа] "
            + "|задержа|арестова|локализ|ликвидир|потуш|возбуди|возбужд)"
            + "|\\d+\\s+(?:человек|детей|пассажир|машин|автомобил|дом|квартир|кв\\.|квадратн|га(?!\\p{L}))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** «Сведений о пострадавших не поступало», «Информация о пострадавших уточняется»: no development, whatever it names. */
    private static final Pattern NO_NEWS = Pattern.compile("(?<!\\p{L})(?:не\\s+поступал\\p{L}*|уточняется|уточняются|не\\s+сообщается)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A sentence tells something new when at least this many of its words have not been said… */
    private static final int NEW_WORDS = 3;
    /** …and they are at least this share of its words. */
    private static final double NEW_SHARE = 0.5;

    private final Documents documents;
    private final TermAnalysis analysis;

    ReportDetails(Documents documents, TermAnalysis analysis) {
        this.documents = documents;
        this.analysis = analysis;
    }

    /**
     * How many sentences of each body a timeline of so many reports tells: one of a dozen reports, four of one to three.
     * A sentence giving a cause («Предварительная причина ДТП — отказ тормозов.») is told besides: what the story comes
     * to, often said last.
     */
    static int perReport(int reports) {
        return Math.max(1, Math.min(MOST_PER_REPORT, TIMELINE_SENTENCES / Math.max(1, reports)));
    }

    /** What a message's body gives its line in a timeline: its headline, whole, and the sentences that tell more. */
    record Body(String headline, List<String> sentences) {}

    /**
     * The report's headline and at most {@code sentences} sentences of its body, in order, that tell something not in
     * {@code said} (the stems the timeline has told so far, to which theirs are added), and one giving a cause; the
     * title alone for a report that is not a record or that the caller may not read. The body is read once.
     */
    Body of(ReportRow report, Set<String> said, int sentences, Caller caller) {
        String title = report.title() == null ? "" : report.title().strip();
        Optional<List<String>> body = report.sourceType() != SourceType.RECORD ? Optional.empty()
                : documents.text(report.sourceId(), caller).map(Sentences::split);
        return body.map(split -> {
            String headline = headline(title, split);
            return new Body(headline, newIn(headline, split, said, sentences));
        }).orElse(new Body(title, List.of()));
    }

    /**
     * The headline, whole: a feed cuts a title at an abbreviation or an initial («Пожар возник в Российском научном центре
     * хирургии им.»), and the first sentence of the body, which begins with it, says it all («… им. академика Б. В.
     * Петровского на юго-западе Москвы, идет эвакуация.»).
     */
    private static String headline(String title, List<String> body) {
        if (title.isEmpty() || !CUT_TITLE.matcher(title).find()) {
            return title;
        }
        String cut = title.replaceFirst("(?:…|\\.\\.\\.|\\.)$", "");
        return body.stream().findFirst().map(String::strip).filter(first -> first.startsWith(cut) && first.length() > title.length())
                .orElse(title);
    }

    /**
     * The sentences of the body a timeline tells under its headline, in the body's order: those that tell how the story
     * developed ({@link #DEVELOPMENT}) are chosen first, then the others from the start, each only when it tells something
     * the timeline has not ({@code said}).
     */
    private List<String> newIn(String headline, List<String> body, Set<String> said, int sentences) {
        List<String> shaped = body.stream().map(String::strip).filter(s -> shaped(s, headline)).distinct().toList();
        List<String> considered = new ArrayList<>(shaped.stream().filter(ReportDetails::development).toList());
        shaped.stream().filter(s -> !considered.contains(s)).forEach(considered::add);
        Set<String> told = new HashSet<>();
        boolean causeTold = false;
        for (String s : considered) {
            boolean cause = !causeTold && Causes.named(s);
            if (told.size() >= sentences && !cause) {
                continue;
            }
            Set<String> stems = new HashSet<>(analysis.stems(s));
            long fresh = stems.stream().filter(stem -> !said.contains(stem)).count();
            if (fresh >= NEW_WORDS && fresh >= NEW_SHARE * stems.size()) {
                told.add(s);
                said.addAll(stems);
                causeTold |= cause;
            }
        }
        return shaped.stream().filter(told::contains).toList();
    }

    /** Whether a sentence tells how the story developed ({@link #DEVELOPMENT}), not that nothing is known of it yet. */
    private static boolean development(String sentence) {
        return DEVELOPMENT.matcher(sentence).find() && !NO_NEWS.matcher(sentence).find();
    }

    /** Whether a sentence of a body has the shape of a development: not a list item, a caption, a paragraph or the headline. */
    private static boolean shaped(String sentence, String headline) {
        int words = Words.count(sentence);
        return words >= LEAST_WORDS && words <= SENTENCE_WORDS && !ITEM.matcher(sentence).find()
                && !headline.contains(sentence) && (headline.isEmpty() || !sentence.contains(headline));
    }
}
