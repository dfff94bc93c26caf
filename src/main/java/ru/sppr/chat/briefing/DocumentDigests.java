package ru.sppr.chat.briefing;

import static ru.sppr.chat.briefing.Modelled.modelled;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sppr.chat.answer.Answer;
import ru.sppr.chat.answer.ReplyTimes;
import ru.sppr.chat.knowledge.analysis.Sentences;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;
import ru.sppr.chat.knowledge.source.Fragment;
import ru.sppr.chat.knowledge.source.Source;
import ru.sppr.chat.knowledge.source.SourceDocument;
import ru.sppr.chat.knowledge.source.SourceQuery;
import ru.sppr.chat.knowledge.source.SourceSummary;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.user.Caller;

/**
 * «что решили на кчс 10 апреля», «рэс 12го чё докладывал», «протокол кчс 12го кратко»: what a body decided or reported
 * is the document it issued that day, not the sentences that share the most words with the question — its title names
 * the body, and its points are the answer: the decisions after «РЕШИЛА:» / «Решили», the numbered points and the
 * sentences with figures, in the document's order, within a summary's length.
 */
final class DocumentDigests {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentDigests.class);
    /** Kinds of documents, by the start their forms share («выписку», «выписка»), asked for briefly or told apart by. */
    private static final String KINDS = "протокол|решени|донесени|постановлени|распоряжени|предупреждени|штормов|бюллетен|выписк|памятк|записк";
    /**
     * «что решили», «чё докладывал», «что в протоколе», «донесение цукс кратко», «штормовое 12 от цгмс о чём, в двух
     * словах», «выписку из плана эвакуации кратко»: a question about what a document said.
     */
    private static final Pattern ASKED = Pattern.compile("(?<!\\p{L})(?:(?:что|чё|чо|what)(?!\\p{L}).{0,40}?(?<!\\p{L})(?:решил\\p{L}*|порешал\\p{L}*|"
            + "постановил\\p{L}*|доклад\\p{L}*|доложил\\p{L}*|донес\\p{L}*|донёс\\p{L}*|протокол\\p{L}*|решени\\p{L}*|"
            + "постановлени\\p{L}*|распоряжени\\p{L}*|decided|reported)|(?:" + KINDS + "|акт(?:а|у|е|ом)?(?!\\p{L}))\\p{L}*"
            + ".{0,40}?(?<!\\p{L})(?:кратк\\p{L}*|коротк\\p{L}*|вкратце|главное|в двух словах|о\\s+ч[её]м|briefly))(?!\\p{L})");
    /**
     * «что делать дальше?», «а какие сейчас задачи», «what now», «что теперь делать дальше по половодью»: the next steps,
     * asked with nothing else but what they are of — what the latest decision in the base tells to do (not «что делать,
     * если прорвёт дамбу», a scenario, nor «что делать при наводнении», the memo's advice). An English question comes
     * glossed: «what now? (сейчас)».
     */
    private static final Pattern NEXT_ASKED = Pattern.compile("^(?:(?:а|и|ну|так|ок|хорошо|ладно)[,\\s]+)*(?:"
            + "что\\s+(?:нам\\s+|мне\\s+)?(?:теперь\\s+|сейчас\\s+|щас\\s+|дальше\\s+)?(?:делать|предпринимать|по\\s+плану)"
            + "(?:\\s+(?:дальше|теперь|сейчас|щас|нам|будем))*|что\\s+дальше(?:\\s+делать)?|"
            + "какие\\s+(?:сейчас\\s+|щас\\s+|теперь\\s+|у\\s+нас\\s+|дальше\\s+)*(?:задачи|поручения|меры)(?:\\s+(?:сейчас|щас|на\\s+сегодня|дальше))*|"
            + "что\\s+поручено|what\\s+now|what\\s+next|what(?:'s|\\s+is)\\s+next|what\\s+(?:should|do)\\s+we\\s+do(?:\\s+(?:now|next))?)"
            + "(?:,?\\s+по\\s+\\p{L}+(?:\\s+\\p{L}+)?)?[\\s?!.…]*(?:\\([^)]*\\)[\\s?!.…]*)*$");
    /** The title words of the documents that tell what to do: a commission's decisions and protocols. */
    private static final List<String> DECISIONS = List.of("решени", "протокол");
    /** Words of such a question that are in no title: asking, brevity, question words (a document's kind — «протокол» — is). */
    private static final Pattern NOT_A_BODY = Pattern.compile("(?<!\\p{L})(?:что|чё|чо|там|было|был|были|была|тогда|вообще|кратк\\p{L}*|"
            + "коротк\\p{L}*|вкратце|главн\\p{L}*|двух|словах|решил\\p{L}*|порешал\\p{L}*|постановил\\p{L}*|доложил\\p{L}*|донес|донёс|сообщ\\p{L}*|"
            + "заседани\\p{L}*|what|did|decided|reported|briefly|the|on)(?!\\p{L})");
    /**
     * The kind of document a question names, by the start its forms share («выписку из плана» — «Выписка из Плана …»):
     * a document of that kind is the one asked, though another shares more of the question's words in its title («…в зоне
     * эвакуации с. Нижние Ключи»).
     */
    private static final Pattern KIND = Pattern.compile("(?<!\\p{L})(" + KINDS + "|справк|сводк|доклад)\\p{L}*");
    /** «на кчс №10», «решение номер 6»: the document asked by its number. */
    private static final Pattern NUMBER = Pattern.compile("(?:№|номер\\s|n\\s?)\\s*(\\d{1,4})(?!\\d)");
    /** Bodies whose documents are titled in full words, not by the abbreviation operators use. */
    private static final Map<String, String> TITLED_AS = Map.of("рэс", "электрических сетей", "еддс", "дежурно-диспетчерск",
            "цгмс", "гидрометеоролог", "дрсу", "дорожно-ремонт", "кчс", "чрезвычайных ситуаций");
    /** «комиссия РЕШИЛА:», «Решили», «ПОСТАНОВЛЯЕТ:»: the decisions follow. */
    private static final Pattern DECIDED = Pattern.compile("(?iu)(?<!\\p{L})(?:решил[аи]?|постановля\\p{L}*|постановил\\p{L}*)\\s*:?\\s*$");
    /** «2. Слушали»: what was heard, not decided. */
    private static final Pattern HEARD = Pattern.compile("(?iu)(?<!\\p{L})слушали(?!\\p{L})");
    private static final Pattern POINT = Pattern.compile("^\\s*(?:\\d+(?:\\.\\d+)*\\.?\\s|[-–—•]\\s)");
    private static final Pattern HEADER = Pattern.compile("(?iu)^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?:дата|адресат|присутствовал\\p{L}*|"
            + "председательствовал\\p{L}*|повестка|слушали|секретар\\p{L}*|председатель|ответственн\\p{L}*|исп\\.|тел\\.|приложени\\p{L}*|"
            + "передано|подпис\\p{L}*)(?!\\p{L})");
    /** «Ведущий гидролог Волкова Н.А.», «Начальник Северского ЦГМС Рябов О.Г.»: a signature, not a point. */
    private static final Pattern SIGNATURE = Pattern.compile("^(?:[\\p{L}-]+\\s+){0,4}\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\.\\s?\\p{Lu}\\.$");
    private static final Pattern FIGURE = Pattern.compile("\\d");
    private static final Pattern ACTION = Pattern.compile("(?iu)(?<!\\p{L})(?:провест|ввест|введ|развернут|организова|обеспечит|выдели|"
            + "отключ|обесточ|закрыт|начат|сохранит|эвакуац|отселен|причин|всего|итого|восстановлен|доставит|возвращ|подать|завершит)");
    private static final Pattern UPPER_CASE_LINE = Pattern.compile("^[\\p{Lu}\\d\\s.,:;«»\"()№—–-]+$");
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** A document's digest: at most this many words of its points. */
    private static final int WORDS = 140;
    /** A sentence longer than this is a preamble, not a point. */
    private static final int SENTENCE_WORDS = 40;
    /** Sources looked at per word of the question. */
    private static final int TITLES = 20;
    /**
     * A document of so many lines «Label: value», at least half its sentences, is a form: its digest is each field's
     * opening, of at most {@link #FIELD_WORDS} words.
     */
    private static final int FORM_FIELDS = 8;
    private static final int FIELD_WORDS = 16;
    /** Punctuation and an opened bracket a cut leaves at its end. */
    private static final Pattern TRAILING = Pattern.compile("[\\s,;:(—–-]+$");
    /** «Население в зоне ЧС: …», «Гидрологическая обстановка на 08:00 10.04: …»: a label and a colon, then the value. */
    private static final Pattern FIELD = Pattern.compile("\\p{Lu}(?:[^:.]|:\\d|\\.\\d){1,60}:\\s");

    private final Documents documents;
    private final TermAnalysis analysis;
    private final ReplyTimes times;
    private final ZoneId zone;

    DocumentDigests(Documents documents, TermAnalysis analysis, ReplyTimes times, ZoneId zone) {
        this.documents = documents;
        this.analysis = analysis;
        this.times = times;
        this.zone = zone;
    }

    /** The digest of the document of the body the question names, issued on the day asked (the latest, if none is). */
    Optional<Answer> digest(Frame frame, String question, Caller caller) {
        String lower = question.toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (NEXT_ASKED.matcher(lower.strip()).matches()) {
            return latestDecision(frame, caller).flatMap(d -> digest(documents.read(d.id(), caller), "Что делать дальше — последнее решение в базе: "));
        }
        if (!ASKED.matcher(lower).find()) {
            return Optional.empty();
        }
        Optional<Source> found = document(frame, lower, caller);
        var number = NUMBER.matcher(lower);
        if (number.find() && found.filter(d -> numbered(d.title(), number.group(1))).isEmpty()) {
            return Optional.of(new Answer.NoEvidence("Документа № " + number.group(1) + " в базе нет"
                    + found.map(d -> "; последний из найденных — «" + d.title() + "».").orElse(".")));
        }
        return found.flatMap(d -> digest(documents.read(d.id(), caller), ""));
    }

    /** The latest decision or protocol issued by the moment asked (on the day asked, when one is). */
    private Optional<Source> latestDecision(Frame frame, Caller caller) {
        Day day = day(frame);
        return DECISIONS.stream()
                .flatMap(word -> documents.list(new SourceQuery(caller.clearance(), SourceType.DOCUMENT, null, day.from(), day.to(), word, 1, 0)).stream())
                .map(SourceSummary::source).filter(s -> s.observedAt() != null).max(Comparator.comparing(Source::observedAt));
    }

    /** Whether a title gives this number: «… № 9» for «9», not «№ 19». */
    private static boolean numbered(String title, String number) {
        return Pattern.compile("№\\s*" + number + "(?!\\d)").matcher(title).find();
    }

    /** Of the sources of the day asked whose titles hold a word of the question, the one holding the most of them. */
    private Optional<Source> document(Frame frame, String lower, Caller caller) {
        String said = frame.moment().saidAs();
        String rest = NOT_A_BODY.matcher(said == null ? lower : lower.replace(said.toLowerCase(Locale.ROOT), " ")).replaceAll(" ");
        Day day = day(frame);
        Map<String, Integer> named = new LinkedHashMap<>();
        Map<String, SourceSummary> byId = new LinkedHashMap<>();
        List<String> probes = new ArrayList<>(analysis.stems(String.join(" ", WORD.matcher(rest).results().map(m -> m.group()).toList())));
        WORD.matcher(rest).results().map(m -> TITLED_AS.get(m.group())).filter(Objects::nonNull).forEach(probes::add);
        for (String stem : probes) {
            if (stem.length() < 3) {
                continue;
            }
            for (SourceSummary s : documents.list(new SourceQuery(caller.clearance(), SourceType.DOCUMENT, null, day.from(), day.to(), stem, TITLES, 0))) {
                named.merge(s.source().id(), 1, Integer::sum);
                byId.putIfAbsent(s.source().id(), s);
            }
        }
        LOG.debug("Documents titled with {} on {}: {}", probes, day, named);
        List<String> kinds = KIND.matcher(rest).results().map(m -> m.group(1)).toList();
        List<String> ofTheKind = named.keySet().stream()
                .filter(id -> kinds.stream().anyMatch(byId.get(id).source().title().toLowerCase(Locale.ROOT).replace('ё', 'е')::contains)).toList();
        if (!ofTheKind.isEmpty()) {
            named.keySet().retainAll(ofTheKind);
        }
        return named.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> byId.get(e.getKey()).source().observedAt(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(e -> byId.get(e.getKey()).source());
    }

    /** The day asked; up to the moment asked when none is (the latest document then). */
    private Day day(Frame frame) {
        return Day.asked(frame.moment(), zone).orElse(new Day(null, frame.askedAt()));
    }

    /** A sentence of a document, scored; {@code field} when it opens a line «Label: value» of a form («Население в зоне ЧС: …»). */
    private record Point(Fragment fragment, String sentence, int position, int score, int words, boolean decided, boolean field) {}

    /** «Решение КЧС … № 6 (10:00 10.04.2026), главное:» after the {@code lead}, and its points, one a line, each cited. */
    private Optional<Answer> digest(SourceDocument document, String lead) {
        List<Point> points = points(document);
        List<Point> fields = points.stream().filter(Point::field).toList();
        // a form («донесение по форме 2/ЧС»): each field tells one thing of it — the kind, the place, the people, the forces
        boolean form = fields.size() >= FORM_FIELDS && fields.size() * 2 >= points.size();
        List<Point> chosen = new ArrayList<>(form ? fields.stream().map(DocumentDigests::opening).toList() : weightiest(points));
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        chosen.sort(Comparator.comparingInt(Point::position));
        Source source = document.source();
        var book = new Book();
        var text = new StringBuilder(lead).append("«").append(source.title()).append("»").append(issued(source)).append(", главное:");
        for (Point p : chosen) {
            Fragment f = p.fragment();
            text.append("\n- ").append(p.sentence()).append(' ')
                    .append(book.mark(document, f));
        }
        return Optional.of(new Answer.Grounded(text.toString(), book.cited(), modelled(1, false)));
    }

    /** The points of most score, the earlier of equal ones, up to {@value #WORDS} words; none longer than a sentence may be. */
    private static List<Point> weightiest(List<Point> points) {
        List<Point> chosen = new ArrayList<>();
        int words = 0;
        for (Point p : points.stream().sorted(Comparator.comparingInt(Point::score).reversed().thenComparingInt(Point::position)).toList()) {
            if (words + p.words() <= WORDS && p.words() <= SENTENCE_WORDS) {
                chosen.add(p);
                words += p.words();
            }
        }
        return chosen;
    }

    /**
     * The field cut to its first {@value #FIELD_WORDS} words, at the last clause among them when it is past their middle,
     * before a bracket the cut leaves open.
     */
    private static Point opening(Point p) {
        if (p.words() <= FIELD_WORDS) {
            return p;
        }
        List<String> words = List.of(p.sentence().strip().split("\\s+"));
        String cut = String.join(" ", words.subList(0, Math.min(FIELD_WORDS, words.size())));
        int clause = Math.max(cut.lastIndexOf(", "), cut.lastIndexOf("; "));
        String shown = clause > cut.length() / 2 ? cut.substring(0, clause) : cut;
        if (shown.lastIndexOf('(') > shown.lastIndexOf(')')) {
            shown = shown.substring(0, shown.lastIndexOf('('));
        }
        return new Point(p.fragment(), TRAILING.matcher(shown).replaceFirst("") + "…", p.position(), p.score(), FIELD_WORDS, p.decided(), p.field());
    }

    /** « (13:00 10.04.2026 МСК)», « (12.04.2026)» for a date without a time; nothing when the title gives the day. */
    private String issued(Source source) {
        if (source.observedAt() == null) {
            return "";
        }
        ZonedDateTime at = source.observedAt().atZone(zone);
        String day = DAY.format(at);
        return source.title().contains(day) ? "" : at.toLocalTime().equals(LocalTime.MIDNIGHT) ? " (" + day + ")"
                : " (" + times.reply().at(source.observedAt()) + ")";
    }

    /** The document's sentences scored as points: decided, first of a numbered point, with a figure, with an action. */
    private static List<Point> points(SourceDocument document) {
        List<Point> points = allPoints(document);
        boolean decides = points.stream().anyMatch(Point::decided);
        return decides ? points.stream().filter(Point::decided).toList() : points;
    }

    private static List<Point> allPoints(SourceDocument document) {
        String title = document.source().title().toLowerCase(Locale.ROOT);
        List<Point> points = new ArrayList<>();
        boolean deciding = false;
        int position = 0;
        for (Fragment f : document.fragments()) {
            String heading = f.heading() == null ? "" : f.heading().strip();
            if (DECIDED.matcher(heading).find()) {
                deciding = true;
            } else if (HEARD.matcher(heading).find()) {
                deciding = false;
            }
            for (String line : f.text().split("\\R")) {
                String stripped = line.strip();
                if (stripped.isEmpty()) {
                    continue;
                }
                if (HEARD.matcher(stripped).find()) {
                    deciding = false;
                }
                if (DECIDED.matcher(stripped).find()) {
                    deciding = true;
                    continue;
                }
                if (UPPER_CASE_LINE.matcher(stripped).matches() || HEADER.matcher(stripped).find() || SIGNATURE.matcher(stripped).matches()) {
                    continue;
                }
                boolean point = deciding || POINT.matcher(stripped).lookingAt();
                List<String> sentences = Sentences.split(stripped);
                for (int i = 0; i < sentences.size(); i++) {
                    String sentence = sentences.get(i).strip();
                    int words = Sentences.words(sentence);
                    boolean field = i == 0 && !deciding && FIELD.matcher(sentence).lookingAt();
                    if (words < 3 || words > SENTENCE_WORDS && !field || HEADER.matcher(sentence).find()
                            || title.contains(sentence.toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    int score = (deciding ? 3 : 0) + (point && i == 0 ? 2 : 0) + (FIGURE.matcher(sentence).find() ? 2 : 0)
                            + (ACTION.matcher(sentence).find() ? 1 : 0);
                    points.add(new Point(f, sentence, position++, score, words, deciding, field));
                }
            }
        }
        return points;
    }
}
