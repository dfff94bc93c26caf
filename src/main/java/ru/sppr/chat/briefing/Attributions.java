package ru.sppr.chat.briefing;

import static ru.sppr.chat.briefing.Modelled.NAMED_BY_NAME;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sppr.chat.answer.Answer;
import ru.sppr.chat.answer.Evidence;
import ru.sppr.chat.answer.ReplyTimes;
import ru.sppr.chat.answer.Words;
import ru.sppr.chat.knowledge.analysis.Sentences;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;
import ru.sppr.chat.knowledge.search.KnowledgeSearch;
import ru.sppr.chat.knowledge.search.SearchHit;
import ru.sppr.chat.knowledge.search.SearchRequest;
import ru.sppr.chat.knowledge.source.Fragment;
import ru.sppr.chat.knowledge.source.Publisher;
import ru.sppr.chat.knowledge.source.Source;
import ru.sppr.chat.knowledge.source.SourceDocument;
import ru.sppr.chat.knowledge.source.SourceQuery;
import ru.sppr.chat.knowledge.source.SourceSummary;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.user.Caller;

/**
 * «кто сообщил о падении опоры на ф.7», «откуда инфа что новую опору к 11 часам подвезли», «кто на кчс 16го докладывал
 * про готовность электросетей», «кто сказал что у суперджета стойки шасси пробили баки»: who said a thing is read where
 * it is said — the sentence that says it, with the attribution it carries («…, сообщили в СК РФ», «Заслушав информацию
 * начальника РЭС Мельника Д.Ю. о готовности электросетей»), else the sentence of the same message that names the source
 * («Согласно данным МАК, …»), else the one who signed the document («Начальник Заречного РЭС Д.Ю. Мельник») or the
 * channel that posted it. «план эвакуации кто согласовывал», «порядок работы переправы кто составлял» ask who made a
 * document: its lines «Согласовано: …», «Разработан …», «Утверждён …», else its signature.
 */
final class Attributions {
    private static final Logger LOG = LoggerFactory.getLogger(Attributions.class);
    private static final String VERB_SAID = "(?:сообщ\\p{L}*|сказал\\p{L}*|заявил\\p{L}*|заявлял\\p{L}*|говорил\\p{L}*|писал\\p{L}*|"
            + "написал\\p{L}*|пишет|пишут|передал\\p{L}*|рассказ\\p{L}*|назвал\\p{L}*|дал[аи]?|давал[аи]?|объявил\\p{L}*|"
            + "опубликовал\\p{L}*|проводил\\p{L}*|провел\\p{L}*|докладывал\\p{L}*|доложил\\p{L}*|выступал\\p{L}*|решил\\p{L}*|распорядил\\p{L}*|"
            + "said|reported|stated|announced|wrote|told|decided)";
    private static final String VERB_MADE = "(?:составлял\\p{L}*|составил\\p{L}*|разрабатывал\\p{L}*|разработал\\p{L}*|готовил\\p{L}*|"
            + "подготовил\\p{L}*|согласовывал\\p{L}*|согласовал\\p{L}*|утверждал\\p{L}*|утвердил\\p{L}*|подписал\\p{L}*|подписывал\\p{L}*|"
            + "drew\\s+up|drafted|approved|signed|prepared)";
    /** «кто (на кчс 16го) докладывал (про …)», «откуда информация что …», «по каким данным»: who said it is asked. */
    private static final Pattern SAID_ASKED = Pattern.compile("(?<!\\p{L})(?:(?:кто|who)(?:\\s+\\S+){0,5}?\\s+" + VERB_SAID
            + "|откуда\\s+(?:эта\\s+|такая\\s+)?(?:информаци\\p{L}*|данн\\p{L}*|сведени\\p{L}*|цифр\\p{L}*|известно)"
            + "|по\\s+каким\\s+данным|чьи\\s+(?:это\\s+)?данные|кем\\s+(?:это\\s+)?(?:сказано|сообщено|заявлено|передано))(?!\\p{L})");
    /** «кто составлял», «кем утверждён»: who made the document is asked. */
    private static final Pattern MADE_ASKED = Pattern.compile("(?<!\\p{L})(?:(?:кто|who)(?:\\s+\\S+){0,3}?\\s+" + VERB_MADE
            + "|кем\\s+(?:\\S+\\s+)?(?:составлен\\p{L}*|разработан\\p{L}*|подготовлен\\p{L}*|согласован\\p{L}*|утвержд[её]н\\p{L}*|подписан\\p{L}*))(?!\\p{L})");
    /** «кто из цгмс гидролог давал прогноз»: which one of a body is asked, as the sentences naming its people tell. */
    private static final Pattern AMONG = Pattern.compile("(?<!\\p{L})(?:кто|who)\\s+(?:из|of)(?!\\p{L})");
    /** «план», «порядок», «сводка», «протокол»: a document is named — who made it may be asked. */
    private static final Pattern DOCUMENT_NAMED = Pattern.compile("(?<!\\p{L})(?:план\\p{L}*|порядок|порядк\\p{L}*|сводк\\p{L}*|справк\\p{L}*|"
            + "решени\\p{L}*|протокол\\p{L}*|донесени\\p{L}*|акт(?:а|е|ом|ы)?|документ\\p{L}*|памятк\\p{L}*|приказ\\p{L}*|"
            + "постановлени\\p{L}*|распоряжени\\p{L}*|инструкци\\p{L}*|схем\\p{L}*|график\\p{L}*|отч[её]т\\p{L}*|доклад\\p{L}*|"
            + "объявлени\\p{L}*|прогноз\\p{L}*|бюллетен\\p{L}*|записк\\p{L}*|списо?к\\p{L}*|предупреждени\\p{L}*|"
            + "plan|report|document|memo)(?!\\p{L})");
    /** The words that ask, not what was said: they are left out of the claim looked for. */
    private static final Pattern ASKING = Pattern.compile("(?<!\\p{L})(?:кто|кем|who|откуда|по\\s+каким\\s+данным|чьи|это|эта|такая|"
            + "первым|первый|first|информаци\\p{L}*|данн\\p{L}*|сведени\\p{L}*|известно|инфа|что|о\\s+том|про|об?|that|about|"
            + "сказано|сообщено|заявлено|передано)(?!\\p{L})");
    /** A sentence naming who says what it says: «сообщили в СК РФ», «По данным министра», «Заслушав информацию начальника…». */
    private static final Pattern ATTRIBUTED = Pattern.compile("(?iu)(?<!\\p{L})(?:сообщ\\p{L}*|заяв\\p{L}*|по\\s+данным|по\\s+словам|"
            + "по\\s+информации|по\\s+сведениям|согласно|со\\s+ссылкой|рассказ\\p{L}*|пиш\\p{L}*|переда[лё]\\p{L}*|уточн\\p{L}*|"
            + "подтверд\\p{L}*|отмети\\p{L}*|по\\s+решению|по\\s+итогам|заслушав|доложил\\p{L}*|по\\s+оценке|по\\s+прогнозу|"
            + "провед[её]нн\\p{L}*|известно|according|reported|said|told)(?!\\p{L})");
    /** «Заслушав информацию», «По данным»: the words that open an attributed sentence. */
    private static final Pattern ATTRIBUTED_HEAD = Pattern.compile("(?iu)(?:заслушав|по\\s+данным|по\\s+словам|по\\s+информации|согласно)\\s+\\p{L}+");
    /** Where a long sentence is cut into clauses: a comma or semicolon before a word (not «3,75»). */
    private static final Pattern CLAUSE = Pattern.compile("[,;]\\s+(?=\\p{L})");
    /** «Д.Ю. Мельник», «Мельник Д.Ю.»: a person signing. */
    private static final Pattern SIGNED_NAME = Pattern.compile("(?:\\p{Lu}\\.\\s?\\p{Lu}\\.\\s?\\p{Lu}[\\p{Ll}-]+|\\p{Lu}[\\p{Ll}-]+\\s\\p{Lu}\\.\\s?\\p{Lu}\\.)");
    /** A document's lines telling who made it, by what was done. */
    private static final Pattern AGREED = Pattern.compile("(?iu)^\\W*согласован\\p{L}*");
    private static final Pattern APPROVED = Pattern.compile("(?iu)^\\W*(?:утвержд\\p{L}*|утвердил\\p{L}*)");
    private static final Pattern DRAWN = Pattern.compile("(?iu)^\\W*(?:разработан\\p{L}*|составлен\\p{L}*|составил\\p{L}*|"
            + "подготовлен\\p{L}*|подготовил\\p{L}*|исполнитель|донесение\\s+передал)");
    /** What a question asking who made a document asks, and the lines that tell it. */
    private static final Map<Pattern, Pattern> MADE = Map.of(
            Pattern.compile("согласов|approved"), AGREED,
            Pattern.compile("утвер"), APPROVED,
            Pattern.compile("состав|разраб|готов|drew|draft|prepar"), DRAWN);
    /** A signature is at most this long: a position and a name. */
    private static final int SIGNATURE_WORDS = 16;
    /** A longer sentence is cut to its clauses that say the claim («…начальника РЭС Мельника Д.Ю. о готовности электросетей…»). */
    private static final int SENTENCE_WORDS = 30;
    /** A shorter line is a heading («Гидрологический прогноз (р. Сосна)»), which says nothing of who said what. */
    private static final int SENTENCE_LEAST = 4;
    /** Fragments read for the claim. */
    private static final int HITS = 40;
    /** A claim of fewer words the base has is no claim to look for. */
    private static final int LEAST_WORDS = 2;
    /** The sentence must say at least this share of the claim's weight… */
    private static final double SAYS = 0.6;
    /** What the title or heading says of the claim counts this much of what the sentence says. */
    private static final double TITLE = 0.5;
    /** …and others are listed when they say nearly as much as the best. */
    private static final double NEARLY = 0.75;
    private static final int SOURCES = 3;
    /** Documents looked through for the lines telling who made one. */
    private static final int DOCUMENTS = 5;
    /** How far from the claim's sentence, in sentences, a message's attribution is looked for. */
    private static final int NEAR = 3;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** Most of the claim first, then the one with its own attribution. */
    private static final Comparator<Said> BY_SAYING = Comparator.comparingDouble(Said::score).reversed()
            .thenComparing(Said::attributed, Comparator.reverseOrder()).thenComparing(Comparator.comparingDouble(Said::share).reversed());

    private final KnowledgeSearch words;
    private final Documents documents;
    private final TermAnalysis analysis;
    private final ReplyTimes times;
    private final ZoneId zone;

    Attributions(KnowledgeSearch words, Documents documents, TermAnalysis analysis, ReplyTimes times, ZoneId zone) {
        this.words = words;
        this.documents = documents;
        this.analysis = analysis;
        this.times = times;
        this.zone = zone;
    }

    /** Who said what the question quotes, or who made the document it names; empty when no sentence of the base says it. */
    Optional<Answer> attribution(Frame frame, String question, Caller caller) {
        String lower = FrameReader.lowered(question);
        Matcher said = SAID_ASKED.matcher(lower);
        Matcher made = MADE_ASKED.matcher(lower);
        boolean saidAsked = said.find();
        boolean madeAsked = made.find();
        if (!saidAsked && !madeAsked || AMONG.matcher(lower).find()) {
            return Optional.empty();
        }
        // «кто готовил резервный пвр» asks who did it, as the sentence saying it tells; «кто составлял план» who made a document
        Matcher document = DOCUMENT_NAMED.matcher(lower);
        boolean documentMade = madeAsked && document.find();
        Matcher asking = documentMade || !saidAsked ? made : said;
        String rest = frame.withoutMoment(lower.substring(0, asking.start()) + " " + lower.substring(asking.end()));
        String claim = ASKING.matcher(rest).replaceAll(" ")
                .replaceAll("[?!.,;:]", " ").replaceAll("\\s+", " ").strip();
        // a word no fragment has («ф7», «виновата») is said by no sentence: the claim is what the base can say; a document is
        // also named by its title («сводка 110»)
        List<String> asked = analysis.stems(claim).stream().distinct().toList();
        List<String> stems = documentMade ? asked : asked.stream().filter(w -> words.contains(w, caller.clearance())).toList();
        if (stems.size() < (documentMade ? 1 : LEAST_WORDS)) {
            return Optional.empty();
        }
        Map<String, Double> weights = words.weights(asked, caller.clearance());
        Found found = sayings(frame, question, claim, stems, weights, caller);
        if (documentMade) {
            return madeBy(found, frame, analysis.stems(document.group()), asked, weights, made.group(), caller);
        }
        List<Said> saying = found.sentences().stream().filter(s -> s.score() >= SAYS).toList();
        return saying.isEmpty() ? Optional.empty() : Optional.of(saidBy(nearBest(saying), stems, saidAsked, caller));
    }

    /** A sentence of a fragment that says the claim, and how much of it. */
    private record Said(SearchHit hit, String sentence, int position, List<String> sentences, double share, double withTitle) {
        /** The claim's share said by the sentence, and half of what its title, heading or the sentence before says besides. */
        double score() {
            return share + TITLE * (withTitle - share);
        }

        boolean attributed() {
            return ATTRIBUTED.matcher(sentence).find();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f/%.2f «%s»", share, withTitle, sentence.length() > 80 ? sentence.substring(0, 80) : sentence);
        }
    }

    /**
     * The sentence of each source found that says most of the claim, best first: of the day asked when a moment is said,
     * else of any time before the question. A word of the claim is said by a compound ending in it («электропроводка» says
     * «проводка»), and a place or object named otherwise than in the base by its name there ({@link Names}).
     */
    private Found sayings(Frame frame, String question, String claim, List<String> stems, Map<String, Double> weights, Caller caller) {
        Optional<Day> day = Day.asked(frame.moment(), zone);
        Instant by = day.map(Day::to).filter(to -> to.isBefore(frame.askedAt())).orElse(frame.askedAt());
        String probe = (claim + " " + frame.namesInBaseWords(question, analysis::stems)).strip();
        var request = new SearchRequest(probe, HITS, caller.clearance(), frame.askedAt(), by, null, null, Set.of(), Set.of());
        Names names = names(frame);
        Map<String, Said> best = new LinkedHashMap<>();
        Map<String, SearchHit> firstHits = new LinkedHashMap<>();
        Map<String, Double> titles = new LinkedHashMap<>();
        for (SearchHit hit : words.search(request)) {
            if (day.isPresent() && !day.get().holds(hit.observedAt())) {
                continue;
            }
            Set<String> titled = new HashSet<>(analysis.stems((hit.title() == null ? "" : hit.title()) + " "
                    + (hit.heading() == null ? "" : hit.heading())));
            Set<String> fragment = new HashSet<>(analysis.stems(hit.text()));
            fragment.addAll(titled);
            firstHits.putIfAbsent(hit.sourceId(), hit);
            titles.merge(hit.sourceId(), share(stems, weights, w -> names.says(titled, w)), Math::max);
            if (!names.placed(fragment)) {
                continue;
            }
            List<String> sentences = hit.text().lines().flatMap(line -> Sentences.split(line).stream()).filter(l -> !l.isBlank()).toList();
            for (int i = 0; i < sentences.size(); i++) {
                if (Words.count(sentences.get(i)) < SENTENCE_LEAST) {
                    continue;
                }
                Set<String> in = new HashSet<>(analysis.stems(sentences.get(i)));
                // what the sentence before says is its context, as the title is («Село Нижние Ключи …. По данным … 418 человек»)
                Set<String> context = new HashSet<>(titled);
                context.addAll(i == 0 ? List.of() : analysis.stems(sentences.get(i - 1)));
                double share = share(stems, weights, w -> names.says(in, w));
                double withTitle = share(stems, weights, w -> names.says(in, w) || context.contains(w));
                Said s = new Said(hit, sentences.get(i).strip(), i, sentences, share, withTitle);
                best.merge(hit.sourceId(), s, (a, b) -> BY_SAYING.compare(b, a) < 0 ? b : a);
            }
        }
        List<Said> saying = best.values().stream().sorted(BY_SAYING).toList();
        LOG.debug("Sentences saying «{}»: {}", claim, saying.subList(0, Math.min(saying.size(), 6)));
        List<Named> named = firstHits.values().stream().map(h -> new Named(h, titles.get(h.sourceId())))
                .sorted(Comparator.comparingDouble(Named::inTitle).reversed()).toList();
        return new Found(saying, named, names);
    }

    /** The sentence of each source that says most of the claim; the sources found, most of the claim in their title first. */
    private record Found(List<Said> sentences, List<Named> documents, Names names) {
        /** How well the search matched the claim: its best fragment's score. */
        double topScore() {
            return documents.stream().mapToDouble(n -> n.hit().score()).max().orElse(0);
        }
    }

    /** A source found: its best fragment and the share of the claim its title or a heading says. */
    private record Named(SearchHit hit, double inTitle) {}

    /** The share of the claim's weight that the words {@code said} say. */
    private static double share(List<String> stems, Map<String, Double> weights, Predicate<String> said) {
        double total = stems.stream().mapToDouble(w -> weights.getOrDefault(w, 1.0)).sum();
        return stems.stream().filter(said).mapToDouble(w -> weights.getOrDefault(w, 1.0)).sum() / total;
    }

    /**
     * The question's words that name a place or object otherwise than the base does («ключевской» of «ключевской мост»),
     * each with the words of the name the base has for it («мост у с. Ключи»): a sentence saying every word of that name
     * says the word. A word names a thing when it begins as a word of its name does («ключевск» — «ключ»).
     */
    private record Names(Map<String, Set<String>> otherwise, List<Set<String>> places) {
        /** Whether a fragment speaks of every place the question names («в заречье» is not answered by a hospital in Чита). */
        boolean placed(Set<String> fragment) {
            return places.stream().allMatch(fragment::containsAll);
        }

        boolean says(Set<String> sentence, String stem) {
            return sentence.contains(stem) || stem.length() >= 5 && sentence.stream().anyMatch(w -> w.length() > stem.length() && w.endsWith(stem))
                    || otherwise.containsKey(stem) && sentence.containsAll(otherwise.get(stem));
        }
    }

    private Names names(Frame frame) {
        Map<String, Set<String>> otherwise = new LinkedHashMap<>();
        List<Set<String>> places = new ArrayList<>();
        List<String> named = analysis.stems(String.join(" ", frame.namedAs()));
        for (var entity : frame.entities()) {
            Set<String> name = analysis.stems(entity.name()).stream().filter(w -> w.length() >= 3).collect(Collectors.toSet());
            named.stream().filter(w -> !name.contains(w) && name.stream().anyMatch(n -> w.startsWith(n.substring(0, Math.min(4, n.length())))))
                    .forEach(w -> otherwise.putIfAbsent(w, name));
            if (NAMED_BY_NAME.contains(entity.kind()) && !name.isEmpty()) {
                places.add(name);
            }
        }
        return new Names(otherwise, places);
    }

    /** Of the sentences saying the claim, those saying nearly as much as the best, the ones naming who says it first. */
    private static List<Said> nearBest(List<Said> saying) {
        double top = saying.getFirst().score();
        return saying.stream().filter(s -> s.score() >= NEARLY * top)
                .sorted(Comparator.comparing((Said s) -> !s.attributed()).thenComparing(BY_SAYING)).limit(SOURCES).toList();
    }

    /**
     * «Об этом сообщали:» («По источникам:» when who did it is asked) and, per source in the order they said it, who, where
     * and when, and the sentence.
     */
    private Answer saidBy(List<Said> found, List<String> stems, boolean said, Caller caller) {
        var book = new Book();
        var text = new StringBuilder(!said ? "По источникам:" : found.size() == 1 ? "Об этом сообщил источник:" : "Об этом сообщали:");
        List<Said> inTime = found.stream().sorted(Comparator.comparing((Said s) -> s.hit().observedAt(),
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        for (Said s : inTime) {
            SearchHit hit = s.hit();
            String mark = book.mark(hit);
            Optional<String> who = who(s, caller);
            // a message whose headline is its sentence is named by its channel alone
            boolean titled = hit.title() == null || hit.title().isBlank()
                    || who.isPresent() && s.sentence().startsWith(hit.title().replace("…", "").strip());
            text.append("\n- ").append(who.orElse("")).append(titled ? "" : who.map(w -> " — ").orElse("") + "«" + hit.title() + "»")
                    .append(when(hit.observedAt())).append(": ")
                    .append(clauses(s, stems)).append(' ').append(mark);
            if (!ATTRIBUTED.matcher(s.sentence()).find()) {
                near(s).ifPresent(n -> text.append(' ').append(n).append(' ').append(mark));
            }
        }
        Said first = found.getFirst();
        return new Answer.Grounded(text.toString(), book.cited(),
                new Evidence(first.share(), first.withTitle(), first.hit().score(), 0, found.size(), false));
    }

    /**
     * «Порядок работы …» (10.04.2026): «Разработан начальником 27 ПСЧ И.Д. Лаптевым …» — of the first document saying the
     * claim that has the lines asked for (who agreed, approved or drew it up); else the signature of the first. Documents
     * titled with the kind named («план», «сводка») come first — of the day asked, the latest first — then the sources found.
     */
    private Optional<Answer> madeBy(Found found, Frame frame, List<String> kind, List<String> stems, Map<String, Double> weights,
                                    String asked, Caller caller) {
        Optional<Pattern> lines = MADE.entrySet().stream().filter(e -> e.getKey().matcher(asked).find()).map(Map.Entry::getValue).findFirst();
        Optional<Day> day = Day.asked(frame.moment(), zone);
        List<String> candidates = new ArrayList<>();
        for (String stem : kind) {
            documents.list(new SourceQuery(caller.clearance(), SourceType.DOCUMENT, null, day.map(Day::from).orElse(null),
                            day.map(Day::to).orElse(frame.askedAt()), stem, SourceQuery.MAX_LIMIT, 0)).stream()
                    .map(SourceSummary::source)
                    .sorted(Comparator.comparingDouble((Source src) -> share(stems, weights, w -> found.names().says(Set.copyOf(analysis.stems(src.title())), w)))
                            .thenComparing(Source::observedAt, Comparator.nullsFirst(Comparator.naturalOrder())).reversed())
                    .map(Source::id).forEach(candidates::add);
        }
        found.documents().stream().map(n -> n.hit().sourceId()).filter(id -> !candidates.contains(id)).forEach(candidates::add);
        LOG.debug("Documents of kind {} found: {}", kind, candidates.subList(0, Math.min(candidates.size(), DOCUMENTS)));
        List<Read> named = new ArrayList<>();
        for (String id : candidates.subList(0, Math.min(candidates.size(), DOCUMENTS))) {
            Optional<SourceDocument> document = documents.find(id, caller);
            if (document.isEmpty()) {
                continue;
            }
            SourceDocument d = document.get();
            Set<String> whole = new HashSet<>(analysis.stems(d.source().title()));
            d.fragments().forEach(f -> whole.addAll(analysis.stems(f.text())));
            double says = share(stems, weights, w -> found.names().says(whole, w));
            if (!found.names().placed(whole) || says < SAYS) {
                continue;
            }
            named.add(new Read(d, says));
            var book = new Book();
            List<String> told = new ArrayList<>();
            d.fragments().forEach(f -> f.text().lines().map(l -> l.replace("*", "").strip())
                    .filter(l -> lines.isPresent() && lines.get().matcher(l).find()).forEach(l -> told.add(l + " " + book.mark(d, f))));
            if (!told.isEmpty()) {
                return Optional.of(made(d, String.join(" ", told), book, says, found.topScore()));
            }
        }
        if (named.isEmpty()) {
            return Optional.empty();
        }
        SourceDocument first = named.getFirst().document();
        var book = new Book();
        return Optional.of(signature(first)
                .<Answer>map(signed -> made(first, "подписал: " + signed.text() + " " + book.mark(first, signed.fragment()), book,
                        named.getFirst().says(), found.topScore()))
                .orElseGet(() -> new Answer.NoEvidence("Кто составил и подписал «" + first.source().title() + "», в документе не указано.")));
    }

    /** A document read whole, and the share of the claim it says. */
    private record Read(SourceDocument document, double says) {}

    private Answer made(SourceDocument document, String told, Book book, double says, double searched) {
        return new Answer.Grounded("«" + document.source().title() + "»" + when(document.source().observedAt()) + ": " + told, book.cited(),
                new Evidence(says, says, searched, 0, 1, false));
    }

    /**
     * Who the source is: the channel of a message; the one who signed a document, unless its sentence names who says it
     * («Заслушав информацию начальника ЕДДС …» is not said by the commission's chair who signed the decision).
     */
    private Optional<String> who(Said s, Caller caller) {
        SearchHit hit = s.hit();
        return switch (hit.type()) {
            case RECORD -> Optional.ofNullable(hit.location()).filter(l -> !l.isBlank()).map(Publisher::of);
            case EVENTS -> Optional.empty();
            case DOCUMENT, TABLE, IMAGE -> s.attributed() ? Optional.empty() : documents.find(hit.sourceId(), caller).flatMap(Attributions::signature).map(Signature::text);
        };
    }

    private record Signature(String text, Fragment fragment) {}

    /**
     * The lines that end a document with a position and a name («Начальник Заречного РЭС Д.Ю. Мельник»), in order; not
     * «Согласовано: …», which names who agreed to it, not who wrote it.
     */
    private static Optional<Signature> signature(SourceDocument document) {
        if (document.fragments().isEmpty()) {
            return Optional.empty();
        }
        Fragment last = document.fragments().getLast();
        List<String> lines = last.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> signed = new ArrayList<>();
        for (int i = lines.size() - 1; i >= 0 && signed.size() < 2; i--) {
            String line = lines.get(i);
            if (Words.count(line) > SIGNATURE_WORDS || !SIGNED_NAME.matcher(line).find() || AGREED.matcher(line).find()) {
                break;
            }
            signed.addFirst(line.replaceAll(";$", ""));
        }
        return signed.isEmpty() ? Optional.empty() : Optional.of(new Signature(String.join("; ", signed), last));
    }

    /**
     * The sentence, or of a long one the clauses that say the claim or who says it, with «…» where others were left out,
     * after the words that attribute them («Заслушав информацию … начальника Заречного РЭС Мельника Д.Ю. о готовности электросетей …»).
     */
    private String clauses(Said s, List<String> stems) {
        if (Words.count(s.sentence()) <= SENTENCE_WORDS) {
            return s.sentence();
        }
        String[] parts = CLAUSE.split(s.sentence());
        var text = new StringBuilder();
        boolean skipped = false;
        for (int i = 0; i < parts.length; i++) {
            Set<String> in = new HashSet<>(analysis.stems(parts[i]));
            Matcher head = ATTRIBUTED_HEAD.matcher(parts[i]);
            boolean opens = i == 0 && head.lookingAt();
            if (stems.stream().noneMatch(in::contains) && (opens || !ATTRIBUTED.matcher(parts[i]).find())) {
                text.append(opens ? head.group() + " " : "");
                skipped = true;
                continue;
            }
            text.append(skipped ? "… " : text.isEmpty() ? "" : ", ").append(parts[i]);
            skipped = false;
        }
        return text.isEmpty() ? s.sentence() : text.append(skipped ? " …" : "").toString();
    }

    /** The sentence of the same fragment, near the claim's, that names who says it («Согласно данным МАК, …»). */
    private static Optional<String> near(Said s) {
        for (int d = 1; d <= NEAR; d++) {
            for (int i : new int[] {s.position() - d, s.position() + d}) {
                if (i >= 0 && i < s.sentences().size() && ATTRIBUTED.matcher(s.sentences().get(i)).find()) {
                    return Optional.of(s.sentences().get(i).strip());
                }
            }
        }
        return Optional.empty();
    }

    /** « (03:40 12.04.2026 МСК)»; « (14.03.2025)» for a date without a time. */
    private String when(Instant observed) {
        if (observed == null) {
            return "";
        }
        ZonedDateTime at = observed.atZone(zone);
        return " (" + (at.toLocalTime().equals(LocalTime.MIDNIGHT) ? DAY.format(at) : times.reply().at(observed)) + ")";
    }
}
