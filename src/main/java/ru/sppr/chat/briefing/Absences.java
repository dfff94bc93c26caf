package ru.sppr.chat.briefing;

import static ru.sppr.chat.briefing.Modelled.COUNT_ASKED;
import static ru.sppr.chat.briefing.Modelled.DISCRETE;
import static ru.sppr.chat.briefing.Modelled.NAMED_BY_NAME;
import static ru.sppr.chat.briefing.Modelled.PLACES;
import static ru.sppr.chat.briefing.Modelled.said;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ru.sppr.chat.answer.Answer;
import ru.sppr.chat.answer.Cited;
import ru.sppr.chat.answer.ReplyTimes;
import ru.sppr.chat.knowledge.search.KnowledgeSearch;
import ru.sppr.chat.knowledge.search.SearchRequest;
import ru.sppr.chat.situation.Attribute;
import ru.sppr.chat.situation.EventType;
import ru.sppr.chat.situation.Mention;
import ru.sppr.chat.situation.MentionKind;
import ru.sppr.chat.situation.SituationModel;
import ru.sppr.chat.situation.SituationStore.EntityRow;
import ru.sppr.chat.situation.SituationViews.IncidentSummary;
import ru.sppr.chat.user.Caller;

/**
 * The "not in the base" checks: before the model answers, a place, object or incident asked about that the base lacks
 * ({@link #notInBase}); after an answer is found, what it misses of the question — a place, a quantity or cause, the day
 * asked, a figure, the object named, or an event at a place its lead never names — each said as a plain sentence.
 */
final class Absences {
    /** How many fragments are read to tell whether the sources write of an object the model does not know. */
    private static final int WRITTEN_OF_HITS = 10;
    /** How many others of a kind a refusal names, and of how many most mentioned entities they are chosen. */
    private static final int NEARBY = 3;
    private static final int NEARBY_POOL = 300;
    /** Where one claim of an answer ends: its citation mark, or a line's end. */
    private static final Pattern CLAIM_END = Pattern.compile("\\[\\d+]|\\n+");
    private static final Pattern CITATION = Pattern.compile("\\[(\\d+)]");
    /** The shortest stem of a word of a person's name that the question is taken to name him by. */
    private static final int MIN_NAME_STEM = 4;
    /** A town's name is written when the question has a word with its first so many letters. */
    private static final int OWN_NAME = 6;
    private static final Pattern TYPE_WORDS = Pattern.compile("улиц\\p{L}*|проспект\\p{L}*|переул\\p{L}*|шоссе|бульвар\\p{L}*|набережн\\p{L}*|"
            + "площад\\p{L}*|проезд\\p{L}*|тупик\\p{L}*|рек\\p{L}*|район\\p{L}*|област\\p{L}*|кра[йя]|сел\\p{L}*|город\\p{L}*|деревн\\p{L}*|"
            + "пос[её]л\\p{L}*|станиц\\p{L}*|республик\\p{L}*|округ\\p{L}*");
    private static final Set<MentionKind> TOWN_OR_REGION = EnumSet.of(MentionKind.SETTLEMENT, MentionKind.REGION);
    /** The start of a lead claim looked up in its fragment, and the characters around it read with it. */
    private static final int LEAD_PROBE = 40;
    private static final int LEAD_CONTEXT = 300;
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.forLanguageTag("ru"));
    /** «за сутки», «с начала смены»: a period up to now, not a day asked about. */
    private static final Pattern SHIFT_WORDS = Pattern.compile("сутк|смен");
    /** A year anywhere in a text: «в 1994-м», «1994». */
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    /** A year a question names: «1994 года», «в 2024 г.». */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?:-?(?:го|м|й))?\\s*(?:год\\p{L}*|г\\.)");
    /** A claim of a sentence answer and the mark of its source: «… 30 жителей вывезены. [2]». */
    /** A place's alias is a word of so many letters («екб», «питере»). */
    private static final int ALIAS_LEAST = 3;
    private static final int ALIAS_MOST = 6;
    private static final Pattern CLAIM = Pattern.compile("([^\\[\\]]+?)\\s*\\[(\\d+)\\]");
    /**
     * Kinds of events a question asks of at a place that must have an incident of that kind there: the discrete ones and
     * a storm («погибшие от урагана в махачкале» are not the dead of a blast there).
     */
    private static final Set<EventType> AT_A_PLACE = Stream.concat(DISCRETE.stream(), Stream.of(EventType.STORM))
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(EventType.class)));
    /**
     * Kinds of events that, asked at a named place, must be answered from a report naming it: the incidents of their own,
     * and an outage — «авария на тэц в хабаровске» is not answered by an accident at a ТЭЦ in Москва. Of an outage only the
     * place is checked: its reports name it in many ways («восстановлено электроснабжение», «нет света»).
     */
    private static final Set<EventType> AT_A_PLACE_ASKED = Stream.concat(DISCRETE.stream(),
            Stream.of(EventType.POWER_OUTAGE, EventType.UTILITY_OUTAGE)).collect(Collectors.toUnmodifiableSet());
    /** Kinds of objects an event is asked at, each with the words reports name it by. */
    private static final List<Pattern> OBJECT_KINDS = Stream.of("склад\\p{L}*|ангар\\p{L}*", "азс|заправк\\p{L}*|автозаправ\\p{L}*",
                    "тц|трц|торгов\\p{L}*", "завод\\p{L}*|предприяти\\p{L}*|цех\\p{L}*", "шахт\\p{L}*|рудник\\p{L}*",
                    "школ\\p{L}*", "больниц\\p{L}*|госпитал(?!из)\\p{L}*", "рынк\\p{L}*|рынок|торгов\\p{L}*\\s+ряд\\p{L}*|ярмарк\\p{L}*",
                    "общежити\\p{L}*|общаг\\p{L}*",
                    "вертол[её]т\\p{L}*|вертушк\\p{L}*", "самол[её]т\\p{L}*|лайнер\\p{L}*|легкомоторн\\p{L}*",
                    "метро|метрополитен\\p{L}*|подземк\\p{L}*", "кафе|ресторан\\p{L}*|бар[аеу]?|столов\\p{L}*",
                    "гостиниц\\p{L}*|отел[ьяюе]\\p{L}*|хостел\\p{L}*", "вокзал\\p{L}*", "аэропорт\\p{L}*",
                    "тэц|тэс|котельн\\p{L}*", "нпз|нефтезавод\\p{L}*|нефтеперераб\\p{L}*")
            .map(words -> Pattern.compile("(?<!\\p{L})(?:" + words + ")(?!\\p{L})")).toList();

    /**
     * «в больнице лежат», «госпитализированы в больницу», «а в больницу скока увезли»: where the injured are, not where
     * the event was.
     */
    private static final Pattern IN_HOSPITAL = Pattern.compile("(?:(?:лежат|лежит|наход\\p{L}*|оста\\p{L}*|госпитализ\\p{L}*|доставл\\p{L}*|"
            + "попал\\p{L}*|увез\\p{L}*|отвез\\p{L}*|положил\\p{L}*)\\s+(?:\\p{L}+\\s+)?в\\s+больниц\\p{L}*|в\\s+больниц\\p{L}*\\s+(?:\\p{L}+\\s+)?"
            + "(?:лежат|лежит|наход\\p{L}*|оста\\p{L}*|увез\\p{L}*|отвез\\p{L}*|доставл\\p{L}*|доставил\\p{L}*|положил\\p{L}*|попал\\p{L}*|госпитализ\\p{L}*))");

    private final SituationModel model;
    private final KnowledgeSearch words;
    private final ReplyTimes times;
    private final DateTimeFormatter day;
    private final Incidents incidents;

    Absences(SituationModel model, KnowledgeSearch words, ReplyTimes times, DateTimeFormatter day, Incidents incidents) {
        this.model = model;
        this.words = words;
        this.times = times;
        this.day = day;
        this.incidents = incidents;
    }

    /**
     * «как зовут директора», «кто начальник ОМВД», «кто председатель комиссии»: a person's name is asked for (not «как
     * звали ураган»).
     */
    private static final Pattern PERSON_ASKED = Pattern.compile("(?<!\\p{L})(?:как\\s+(?:зовут|звали)\\s+(?:директор|начальник|глав[уы]|руководител|председател|командир|водител|пилот|капитан|"
            + "мэр|губернатор|старост|погибш|пострадавш|мужчин|мужик|парн|девушк|бабул|бабушк|дедушк|женщин|девочк|мальчик|реб[её]нк|"
            + "пьян|виновник|лихач|блогер|стрелк|подозреваем|задержанн|сотрудник|врач|его|е[её])\\p{L}*|как\\s+фамилия|фамили\\p{L}*|фио|"
            + "кто\\s+(?:такой\\s+|там\\s+|у\\s+них\\s+)?(?:директор|начальник|глав[аы]|руководител|председател|командир|главврач|"
            + "главн\\p{L}+\\s+врач|водител|пилот|капитан|мэр|губернатор|староста|замести|who\\s+is\\s+the\\s+(?:head|director|chief)))",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /**
     * Words of a question for a name that name nothing: «а», «там», «сейчас», «что» of «…что в краснодаре машины спалил»,
     * «кто» of «донесение в цукс кто там принял, фамилия».
     */
    private static final Pattern ASIDE = Pattern.compile("там|сейчас|щас|теперь|был|была|было|это|что|кто|который|которая|[a-z]+");
    /** A person's name: «Фомину А.В.», «А. В. Фомин», «Соколова Марина Андреевна». */
    private static final Pattern PERSON_GIVEN = Pattern.compile("\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\.\\s?\\p{Lu}\\.|\\p{Lu}\\.\\s?\\p{Lu}\\.\\s?\\p{Lu}\\p{Ll}+|"
            + "\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+(?:ович|евич|ич|овна|евна|ична|инична)(?!\\p{L})|"
            + "\\p{Lu}\\p{Ll}+(?:ов|ев|ин|ын|ский|цкий)(?:а|у|ым|ой)?\\s+\\p{Lu}\\p{Ll}+(?!\\p{L})|\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+(?:ов|ев|ин|ын)(?:а|у|ым|ой)?(?!\\p{L})");

    /** A word's opening, as its forms share it: «школе» and «школа» by «школ», «заречье» and «Заречье» by «зареч». */
    private static String opening(String word) {
        return word.substring(0, Math.min(5, word.length() - 1));
    }

    /**
     * A person's name asked for («как зовут директора агрофирмы ключевская») that no claim of the answer gives beside the
     * other words asked: the director of the sports centre is not the farm's.
     */
    static Optional<String> personMissing(String question, String answer) {
        var asked = PERSON_ASKED.matcher(question);
        if (!asked.find()) {
            return Optional.empty();
        }
        List<String> others = WORD.matcher(PERSON_ASKED.matcher(question).replaceAll(" ")).results()
                .map(w -> w.group().toLowerCase(Locale.ROOT).replace('ё', 'е')).filter(w -> w.length() > 2 && !ASIDE.matcher(w).matches())
                .map(Absences::opening).toList();
        var claims = CLAIM.matcher(answer);
        while (claims.find()) {
            String claim = claims.group(1);
            String lower = claim.toLowerCase(Locale.ROOT).replace('ё', 'е');
            if (PERSON_GIVEN.matcher(claim).find() && others.stream().allMatch(lower::contains)) {
                return Optional.empty();
            }
        }
        return Optional.of("В базе нет сведений о том, что спрошено (имя).");
    }

    /**
     * «в половодье 1994 года»: a year the question names, which the answer must name too — in its first claim when that
     * names another year (Nash's death in 2015 is no answer, though his prize of 1994 follows it).
     */
    static Optional<String> yearMissing(String question, String said) {
        int mark = said.indexOf('[');
        String lead = mark < 0 ? said : said.substring(0, mark);
        var year = YEAR.matcher(question);
        while (year.find()) {
            String asked = year.group(1);
            if (!said.contains(asked) || !lead.contains(asked) && ANY_YEAR.matcher(lead).find()) {
                return Optional.of("За " + asked + " год сведений по вопросу в базе нет.");
            }
        }
        return Optional.empty();
    }

    /**
     * A quantity the model does not track, or a cause asked about an incident, a tracked object, a place named («причина
     * крушения ми-2 под кировом») or something that happened on a day («из-за чего 3 декабря автобус в машины влетел»),
     * that the answer lacks.
     */
    static Optional<String> unmodelledMissing(Frame frame, String question, String said) {
        Optional<String> measure = FrameReader.measure(question);
        boolean incident = frame.event().isPresent() || frame.moment().stated()
                || frame.entities().stream().anyMatch(e -> FrameReader.tracked(e) || Modelled.NAMED_BY_NAME.contains(e.kind()));
        boolean cause = measure.filter(FrameReader.CAUSE::equals).isPresent();
        if (measure.isEmpty() || !incident && cause || FrameReader.speaksOf(cause ? claimsOfTheThingAsked(said, frame) : said, measure.get())) {
            return Optional.empty();
        }
        return Optional.of(nothingOn(frame, measure.get()));
    }

    /**
     * The claims of an answer that may give the cause asked: those of the report it leads with, and of reports with a
     * claim naming a place or thing the question is about — not a sentence of another report packed after them
     * («…причиной пожара на складах стала диверсия», of another fire).
     */
    private static String claimsOfTheThingAsked(String said, Frame frame) {
        Map<String, StringBuilder> bySource = new LinkedHashMap<>();
        Matcher end = CITATION.matcher(said);
        int from = 0;
        while (end.find()) {
            bySource.computeIfAbsent(end.group(1), n -> new StringBuilder()).append(said, from, end.start()).append('\n');
            from = end.end();
        }
        String claims = bySource.entrySet().stream()
                .filter(e -> e.getKey().equals("1") || frame.entities().stream().anyMatch(thing -> names(e.getValue().toString(), thing)))
                .map(e -> e.getValue().toString()).collect(Collectors.joining());
        return claims.isEmpty() ? said : claims;
    }

    /**
     * A quantity the model does not track, asked of a tracked object named by its kind («температура воды на гп
     * ольховка»; «у ключей» names the village, not the gauge), answered by claims about the quantity none of which names
     * that object: «По «ГП Ольховка» в базе нет сведений о том, что спрошено (температур…); есть по «ГП Ключи».» — the
     * others of its kind those claims name, if any — not «Температура воды на ГП Ключи — +4,2 °C» as if it were
     * Ольховка's.
     */
    Optional<String> measuredOfAnother(Frame frame, String question, String said, Caller caller) {
        Optional<String> measure = FrameReader.measure(question).filter(m -> !m.equals(FrameReader.CAUSE));
        String lower = question.toLowerCase(Locale.ROOT);
        Optional<EntityRow> object = frame.entities().stream().filter(e -> FrameReader.tracked(e) && namedByKind(e, lower)).findFirst();
        if (measure.isEmpty() || object.isEmpty()) {
            return Optional.empty();
        }
        String measuring = Arrays.stream(CLAIM_END.split(said)).filter(sentence -> FrameReader.speaksOf(sentence, measure.get()))
                .collect(Collectors.joining("\n"));
        if (measuring.isEmpty() || names(measuring, object.get())) {
            return Optional.empty();
        }
        List<String> instead = model.entities("", NEARBY_POOL, caller).stream()
                .filter(e -> FrameReader.tracked(e) && e.subtype().equalsIgnoreCase(object.get().subtype()) && !e.key().equals(object.get().key()))
                .filter(e -> !FrameReader.tail(e.key()).isEmpty() && names(measuring, e)).limit(NEARBY).map(EntityRow::name).toList();
        String asked = FrameReader.WHOLE_WORDS.contains(measure.get()) ? measure.get() : measure.get() + "…";
        return Optional.of("По «" + object.get().name() + "» в базе нет сведений о том, что спрошено (" + asked + ")"
                + (instead.isEmpty() ? "." : "; есть по " + String.join(", ", instead.stream().map(n -> "«" + n + "»").toList()) + "."));
    }

    /** Whether the question names the object by the word its name starts with: «гп» of «ГП Ольховка», «мост» of «мост у Ключи». */
    private static boolean namedByKind(EntityRow object, String lowerCaseQuestion) {
        String kind = object.name().split(" ")[0].toLowerCase(Locale.ROOT);
        return Pattern.compile("(?<!\\p{L})" + Pattern.quote(kind) + "(?!\\p{L})").matcher(lowerCaseQuestion).find();
    }

    /** «а причина?» after «что случилось в подольске», found nowhere: what was asked, and of what. */
    static Optional<String> measureMissing(Frame frame, String question) {
        return frame.entities().isEmpty() ? Optional.empty() : FrameReader.measure(question).map(measure -> nothingOn(frame, measure));
    }

    private static String nothingOn(Frame frame, String measure) {
        return "В базе нет сведений о том, что спрошено (" + (FrameReader.WHOLE_WORDS.contains(measure) ? measure : measure + "…") + ")"
                + about(frame) + ".";
    }

    /**
     * A place the model has no entity of («в дербенте») that neither the answer nor a fragment it cites names ({@code read}:
     * the answer and {@link #cited}): a report may name a place in passing, or in a form the model did not take for one.
     */
    static Optional<String> placeMissing(Frame frame, String read) {
        return frame.unknown().stream()
                .filter(place -> !read.contains(FrameReader.stem(place.name().toLowerCase(Locale.ROOT).replace('ё', 'е'))))
                .findFirst().map(Absences::noneAbout);
    }

    /**
     * A person the question names by a word of his name («гаджиеву меру пресечения какую избрали») whom neither the answer
     * nor a fragment it cites names: sentences about another man's measure of restraint are no answer about him. Not a
     * person the base only found alike («голов» is no «Головин»).
     */
    static Optional<String> personNotSpokenOf(Frame frame, String question, String read) {
        if (frame.subjectInherited()) {
            return Optional.empty();
        }
        String asked = question.toLowerCase(Locale.ROOT).replace('ё', 'е');
        for (EntityRow person : frame.entities().stream().filter(e -> e.kind() == MentionKind.PERSON).toList()) {
            Optional<Pattern> named = Stream.of(person.name().toLowerCase(Locale.ROOT).replace('ё', 'е').split("\\s+"))
                    .map(FrameReader::stem).filter(stem -> stem.length() >= MIN_NAME_STEM)
                    .map(stem -> Pattern.compile("(?<!\\p{L})" + Pattern.quote(stem)))
                    .filter(stem -> stem.matcher(asked).find()).findFirst();
            if (named.isPresent() && !named.get().matcher(read).find()) {
                return Optional.of("В базе нет сведений о том, что спрошено, по «" + person.name() + "».");
            }
        }
        return Optional.empty();
    }

    static String noneAbout(Mention place) {
        return "В базе нет сведений о «" + place.name() + "».";
    }

    /**
     * A figure asked about a place, object or incident (погибшие, площадь), or a figure counted of anything
     * («сколько госпитализировали после зефира»), that the answer does not name.
     */
    static Optional<String> figureMissing(Frame frame, String question, String said) {
        boolean situational = frame.event().isPresent() || COUNT_ASKED.matcher(question.toLowerCase(Locale.ROOT)).find()
                || frame.entities().stream().anyMatch(e -> e.kind().place() || e.kind() == MentionKind.OBJECT);
        List<Attribute> figures = frame.attributes().stream().filter(a -> a != Attribute.STATE).toList();
        if (!situational || figures.isEmpty() || Attribute.namedIn(said).stream().anyMatch(figures::contains)) {
            return Optional.empty();
        }
        return Optional.of("В базе нет сведений о том, что спрошено (" + figures.getFirst().label() + ")" + about(frame) + ".");
    }

    /**
     * A figure or another thing asked of a place («сколько домов затопило в киалиме», «из-за чего загорелся склад на
     * рябиновой») that the answer gives only in claims whose fragments never name that place — houses flooded in Латвия
     * are not Киалим's, a cause of fire at depots in Калиновка is not the cause at Рябиновая. Only a place the question
     * spells by its name counts (not «Жили» matched in «жильцов»); a report of an incident at that place counts as naming
     * it («причиной пожара в жилом доме в Подмосковье» of the fire in Егорьевск).
     */
    Optional<String> answeredElsewhere(Frame frame, String question, Answer.Grounded answer, Caller caller) {
        List<Attribute> figures = frame.attributes().stream().filter(a -> a != Attribute.STATE).toList();
        Optional<String> measure = frame.unmodelled();
        String asked = question.toLowerCase(Locale.ROOT).replace('ё', 'е');
        List<EntityRow> named = frame.entities().stream().filter(e -> NAMED_BY_NAME.contains(e.kind())).toList();
        List<EntityRow> spelt = named.stream().filter(e -> FrameReader.namesPlace(asked, e.name())).toList();
        List<EntityRow> places = !spelt.isEmpty() || named.size() != 1 || !namedByAlias(frame, asked) ? spelt : named;
        if (figures.isEmpty() && measure.isEmpty() || places.isEmpty() || frame.subjectInherited()) {
            return Optional.empty();
        }
        Predicate<String> answers = figures.isEmpty() ? claim -> FrameReader.speaksOf(claim, measure.get())
                : claim -> Attribute.namedIn(claim).stream().anyMatch(figures::contains);
        Map<Integer, Cited> byMark = answer.citations().stream().collect(Collectors.toMap(Cited::ordinal, c -> c, (a, b) -> a));
        var claims = CLAIM.matcher(answer.text());
        boolean given = false;
        Set<String> reportsThere = null;
        while (claims.find()) {
            if (!answers.test(claims.group(1))) {
                continue;
            }
            given = true;
            Cited source = byMark.get(Integer.parseInt(claims.group(2)));
            String read = (claims.group(1) + "\n" + (source == null ? "" : source.hit().title() + "\n" + source.hit().text()))
                    .toLowerCase(Locale.ROOT).replace('ё', 'е');
            if (places.stream().anyMatch(p -> FrameReader.namesPlace(read, p.name()))) {
                return Optional.empty();
            }
            reportsThere = reportsThere == null ? incidents.reportSourcesNamed(frame, caller) : reportsThere;
            if (source != null && reportsThere.contains(source.hit().sourceId())) {
                return Optional.empty();
            }
        }
        if (!given) {
            return Optional.empty();
        }
        return Optional.of(figures.isEmpty() ? nothingOn(frame, measure.get())
                : "В базе нет сведений о том, что спрошено (" + figures.getFirst().label() + ")" + about(frame) + ".");
    }

    /**
     * Whether the question names its one place by a short alias, a word of its own («в екб», «в спб», «в питере»): it
     * is that place as surely as its name spelt out.
     */
    private static boolean namedByAlias(Frame frame, String asked) {
        return frame.namedAs().stream().map(n -> n.toLowerCase(Locale.ROOT).replace('ё', 'е'))
                .anyMatch(n -> n.length() >= ALIAS_LEAST && n.length() <= ALIAS_MOST && n.chars().allMatch(Character::isLetter)
                        && Pattern.compile("(?<!\\p{L})" + Pattern.quote(n) + "(?!\\p{L})").matcher(asked).find());
    }

    /**
     * An event asked with nothing the base names («сколько погибло в половодье 1994 года») that neither the answer nor a
     * source it cites speaks of ({@code read}: the answer and {@link #cited}): the answer is about something else (a prize
     * of 1994).
     */
    static Optional<String> eventMissing(Frame frame, String read) {
        return frame.event().filter(e -> frame.entities().isEmpty() && !e.namedIn(read))
                .map(e -> "В базе нет сведений о происшествии: " + e.label() + switch (frame.moment()) {
                    case Moment.AsOf a -> " (" + a.said() + ")";
                    case Moment.Within w -> " (" + w.said() + ")";
                    case Moment.Latest l -> "";
                } + ".");
    }

    /**
     * The fragments an answer cites and their titles, in lower case: a sentence quoted from a report about the dam is
     * about the dam.
     */
    static String cited(Answer.Grounded answer) {
        return answer.citations().stream().map(c -> (c.hit().title() + "\n" + c.hit().text()).toLowerCase(Locale.ROOT).replace('ё', 'е'))
                .collect(Collectors.joining("\n"));
    }

    /**
     * «пожар на складе в казани»: an event such as a fire asked at a place (or only in a region), or a follow-up about a
     * place («а причина?» after «что случилось в подольске»), answered with a lead claim whose source never names that
     * place — a fire or a cause elsewhere. Not in the base, with what the base has at that place. A town asked of one
     * thing ({@code oneThing}: not a timeline or a summary, whose first line may well be of a place nearby) and another
     * town named instead («в ольховке лодочную переправу открывали?» answered with the crossing at Ключи) is not about it,
     * even when the report is of an incident spanning both; a region named is not another town (Флорида of Джэксонвилл).
     */
    Optional<String> placeMissing(Frame frame, String question, boolean oneThing, String leadAsWritten, Optional<String> leadSource,
                                  Caller caller) {
        Optional<EventType> event = frame.event().filter(AT_A_PLACE_ASKED::contains);
        List<EntityRow> places = placesAsked(frame);
        String lead = FrameReader.lowered(leadAsWritten);
        boolean namesAsked = places.stream().anyMatch(p -> FrameReader.namesPlace(lead, p.name()));
        boolean townOfOneThing = oneThing && townAsked(frame);
        Optional<Mention> elsewhere = namesAsked ? Optional.empty()
                : onlyAPlaceAsked(frame) ? anotherPlace(leadAsWritten, places, frame, TOWN_OR_REGION)
                : townOfOneThing ? anotherPlace(leadAsWritten, places, frame, Set.of(MentionKind.SETTLEMENT))
                : Optional.empty();
        boolean anotherTownAnswered = townOfOneThing && elsewhere.isPresent();
        if (!anotherTownAnswered && (event.isEmpty() && !frame.subjectInherited() && elsewhere.isEmpty() || places.isEmpty()
                    || (namesAsked || leadSource.filter(id -> incidents.reportSourcesNamed(frame, caller).contains(id)).isPresent())
                        && kindNamed(question, lead, event) && eventNamed(lead, event.filter(DISCRETE::contains), frame))) {
            return Optional.empty();
        }
        EntityRow place = places.getFirst();
        if (event.isEmpty()) {
            return Optional.of(FrameReader.measure(question).map(m -> nothingOn(frame, m))
                    .orElse("В базе нет сведений, отвечающих на вопрос," + elsewhere.map(m -> " по «" + place.name() + "»; есть по «"
                            + m.name() + "»").orElse(about(frame)) + "."));
        }
        List<IncidentSummary> there = model.incidents(null, null, FrameReader.tail(place.key()), PLACES, caller).stream()
                .filter(i -> place.kind() != MentionKind.REGION || i.places().contains(place.name())).toList();
        // «сейчас» asks the latest, no moment an incident there must fall in («щас в анкаре теракт — скока погибших»)
        Optional<IncidentSummary> asked = !(frame.moment() instanceof Moment.Latest) ? Optional.empty()
                : there.stream().filter(i -> i.type() != null && Incidents.sameEvent(event.get(), i.type()))
                        .min(Comparator.comparing(i -> i.type() != event.get()));
        return Optional.of(asked.map(i -> unanswered(i, question)).orElseGet(() -> noIncident(event.get(), place, frame.moment(), there)));
    }

    /**
     * «благовещенск завалило снегом — коротко чё там»: a question naming a town and nothing else the model knows — no
     * object, no figure, no event it models — asks what happened there, so an answer from a report on another place
     * («Энергоколлапс из-за сильного снегопада в Тверской области») is not about it.
     */
    private static boolean onlyAPlaceAsked(Frame frame) {
        return frame.event().isEmpty() && frame.attributes().isEmpty() && frame.unmodelled().isEmpty() && !frame.entities().isEmpty()
                && frame.entities().stream().allMatch(e -> e.kind() == MentionKind.SETTLEMENT && namedByName(e, frame.namedAs()));
    }

    /** «в ольховке лодочную переправу открывали?»: a question naming a town by its own name and no event the model knows. */
    private static boolean townAsked(Frame frame) {
        return frame.event().isEmpty() && frame.entities().stream().anyMatch(e -> e.kind() == MentionKind.SETTLEMENT && namedByName(e, frame.namedAs()));
    }

    /**
     * Whether the question wrote the town's own name («благовещенск», «в подольске»), not a word it reads as one («более
     * новая теория» is no town Новый).
     */
    private static boolean namedByName(EntityRow town, List<String> namedAs) {
        String name = town.name().toLowerCase(Locale.ROOT).replace('ё', 'е');
        return name.length() >= OWN_NAME && namedAs.stream().map(w -> w.toLowerCase(Locale.ROOT).replace('ё', 'е'))
                .anyMatch(w -> w.length() >= OWN_NAME && w.regionMatches(0, name, 0, OWN_NAME));
    }

    /** A place of those kinds other than those asked that a lead claim, with its report's title and text around it, names. */
    private Optional<Mention> anotherPlace(String lead, List<EntityRow> asked, Frame frame, Set<MentionKind> kinds) {
        return model.mentionsOfQuestion(lead, frame.askedAt().atZone(model.zone())).stream()
                .filter(m -> kinds.contains(m.kind())
                        && asked.stream().noneMatch(p -> p.key().equals(m.key()) || FrameReader.namesPlace(m.text().toLowerCase(Locale.ROOT), p.name())))
                .findFirst();
    }

    /**
     * The places a question names by their own names; else the region it names («крым без света остался»), which a report
     * of an incident there names too, by its name or as a place of the incident — a blackout in Раменское is not it.
     */
    private static List<EntityRow> placesAsked(Frame frame) {
        List<EntityRow> named = frame.entities().stream().filter(e -> NAMED_BY_NAME.contains(e.kind())).toList();
        return named.isEmpty() ? frame.entities().stream().filter(e -> e.kind() == MentionKind.REGION).toList() : named;
    }

    /** «пожар на складе в казани, причина?» when the base has the fire there but not its cause. */
    private String unanswered(IncidentSummary incident, String question) {
        return "По происшествию «" + incident.title() + "»" + (incident.lastReportAt() == null ? "" : " (" + day.format(incident.lastReportAt()) + ")")
                + " в базе нет сведений о том, что спрошено" + FrameReader.measure(question).map(m -> " (" + m + ")").orElse("") + ".";
    }

    /**
     * Whether the lead of an answer to an event asked («трамвай столкнулся в екатеринбурге») speaks of that kind of
     * event: a fire there is not a collision.
     */
    private boolean eventNamed(String lead, Optional<EventType> event, Frame frame) {
        return event.isEmpty() || model.mentionsOfQuestion(lead, frame.askedAt().atZone(model.zone())).stream()
                .filter(m -> m.kind() == MentionKind.EVENT)
                .anyMatch(m -> Incidents.sameEvent(event.get(), EventType.parse(m.subtype())));
    }

    /**
     * Whether the lead of an answer to an event at a kind of object («пожар на складе», «взрыв на заправке») speaks of
     * that kind: a fire at the airport of the town asked about is not the fire at a warehouse there.
     */
    private static boolean kindNamed(String question, String lead, Optional<EventType> event) {
        if (event.isEmpty()) {
            return true;
        }
        return kindsAsked(question).stream().allMatch(kind -> kind.matcher(lead).find());
    }

    /**
     * The kinds of objects a question asks an event at («пожар на складе»): not the hospital the injured lie in («скока
     * ещё в больнице лежат»).
     */
    private static List<Pattern> kindsAsked(String question) {
        String asked = IN_HOSPITAL.matcher(question.toLowerCase(Locale.ROOT).replace('ё', 'е')).replaceAll(" ");
        return OBJECT_KINDS.stream().filter(kind -> kind.matcher(asked).find()).toList();
    }

    /**
     * A street asked in a town («пожар на улице пушкина в казани», «что на улице садовой в заречье») answered by a claim
     * whose report does not name both, the town by its name or another («в Питере»): the street of another town, or
     * another street of the town. The street need not be the town's entity in the model — street names repeat from town
     * to town.
     */
    Optional<String> townMissing(Frame frame, Answer.Grounded answer) {
        Optional<EntityRow> town = frame.entities().stream().filter(e -> e.kind() == MentionKind.SETTLEMENT).findFirst();
        Optional<EntityRow> within = frame.entities().stream().filter(e -> e.kind() == MentionKind.STREET).findFirst();
        if (town.isEmpty() || within.isEmpty()) {
            return Optional.empty();
        }
        String report = answer.citations().stream().min(Comparator.comparingInt(Cited::ordinal))
                .map(c -> c.hit().title() + "\n" + c.hit().text()).orElse("");
        String lower = report.toLowerCase(Locale.ROOT).replace('ё', 'е');
        boolean streetNamed = distinctiveStem(within.get().name()).filter(lower::contains).isPresent();
        boolean townNamed = FrameReader.namesPlace(lower, town.get().name())
                || model.mentionsOfQuestion(report, frame.askedAt().atZone(model.zone())).stream().anyMatch(m -> m.key().equals(town.get().key()));
        if (streetNamed && townNamed) {
            return Optional.empty();
        }
        return Optional.of("В базе нет сведений о «" + within.get().name() + "» (" + town.get().name() + ").");
    }

    /** The source of an answer's first claim. */
    static Optional<String> leadSource(Answer.Grounded answer) {
        return answer.citations().stream().min(Comparator.comparingInt(Cited::ordinal)).map(c -> c.hit().sourceId());
    }

    /**
     * The first claim of an answer with the title of the fragment it cites and the text around it there (a digest of
     * several news items names other places further off), in the letters its sources write it with: «с. Ключи» is a
     * village to be read, «с. ключи» no name.
     */
    static String leadAsWritten(Answer.Grounded answer) {
        String text = answer.text();
        int mark = text.indexOf('[');
        String claim = (mark < 0 ? text : text.substring(0, mark)).strip();
        String probe = FrameReader.lowered(claim.substring(0, Math.min(claim.length(), LEAD_PROBE)));
        String source = answer.citations().stream().min(Comparator.comparingInt(Cited::ordinal)).map(c -> {
            String fragment = c.hit().text();
            int at = FrameReader.lowered(fragment).indexOf(probe);
            String around = at < 0 ? fragment : fragment.substring(Math.max(0, at - LEAD_CONTEXT), Math.min(fragment.length(),
                    at + claim.length() + LEAD_CONTEXT));
            return c.hit().title() + "\n" + around;
        }).orElse("");
        return claim + "\n" + source;
    }

    /** «Нет в базе» an event at a place, with what the base has there — incidents of the kind asked first. */
    private String noIncident(EventType event, EntityRow place, Moment moment, List<IncidentSummary> there) {
        String what = event.label() + " (" + place.name() + (moment.stated() ? ", " + said(moment, times.reply()) : "") + ")";
        String others = there.stream().sorted(Comparator.comparing(i -> i.type() == null || !Incidents.sameEvent(event, i.type())))
                .limit(3).map(i -> i.title() + (i.lastReportAt() == null ? "" : ", " + day.format(i.lastReportAt())))
                .collect(Collectors.joining("; "));
        return "В базе нет сведений о происшествии: " + what + "." + (others.isEmpty() ? "" : " Есть: " + others + ".");
    }

    /** The object the question names by its kind («мост у ключей», «пвр 1») when the answer speaks of none of them. */
    static Optional<String> objectMissing(Frame frame, String question, String said) {
        String asked = question.toLowerCase(Locale.ROOT);
        List<EntityRow> objects = frame.entities().stream().filter(e -> e.kind() == MentionKind.OBJECT)
                .filter(e -> !FrameReader.tail(e.key()).isEmpty())
                .filter(e -> !FrameReader.tail(e.key()).chars().allMatch(Character::isDigit) || FrameReader.numberIn(asked, FrameReader.tail(e.key())))
                .filter(e -> asked.contains(e.subtype().toLowerCase(Locale.ROOT).substring(0, Math.min(4, e.subtype().length())))
                        || e.subtype().equals("гидропост") && asked.contains("гп")).toList();
        if (objects.isEmpty() || objects.stream().anyMatch(e -> names(said, e))) {
            return Optional.empty();
        }
        return Optional.of("По объекту «" + objects.getFirst().name() + "» в базе нет сведений, отвечающих на вопрос.");
    }

    private static String about(Frame frame) {
        return frame.entities().isEmpty() ? "" : " по «" + frame.entities().getFirst().name() + "»";
    }

    /** The one day a question asks about («на 20 апреля», «утром 12 апреля»), if it names one. */
    Optional<LocalDate> dayAsked(Moment moment) {
        return switch (moment) {
            case Moment.AsOf a -> dated(a.said()) ? Optional.of(a.at().atZone(model.zone()).toLocalDate()) : Optional.empty();
            case Moment.Within w -> Duration.between(w.from(), w.to()).toHours() <= 24 && dated(w.said())
                    ? Optional.of(w.from().atZone(model.zone()).toLocalDate()) : Optional.empty();
            case Moment.Latest l -> Optional.empty();
        };
    }

    /** A moment said with a date («20 апреля», «12.04», «25-го»), not «сегодня» or «с начала смены». */
    private static boolean dated(String said) {
        return said != null && said.chars().anyMatch(Character::isDigit) && !SHIFT_WORDS.matcher(said).find();
    }

    /**
     * Whether a sentence answer is about the day asked: it cites a fragment observed that day or the day before, or says
     * the day («20 апреля», «20.04»).
     */
    boolean speaksOfDay(Answer.Grounded answer, LocalDate asked) {
        boolean dated = answer.citations().stream().map(c -> c.hit().observedAt()).filter(Objects::nonNull)
                .map(t -> t.atZone(model.zone()).toLocalDate())
                .anyMatch(d -> !d.isBefore(asked.minusDays(1)) && !d.isAfter(asked));
        String text = answer.text().toLowerCase(Locale.ROOT);
        return dated || text.contains(DAY_MONTH.format(asked)) || text.contains(String.format("%02d.%02d", asked.getDayOfMonth(), asked.getMonthValue()))
                || text.contains(asked.getDayOfMonth() + "." + String.format("%02d", asked.getMonthValue()));
    }

    /** Whether a text names the object: by the stem of its name, or a numbered one by its kind and number («ПВР № 1», «школы 878»). */
    private static boolean names(String text, EntityRow object) {
        String tail = FrameReader.tail(object.key());
        if (!tail.chars().allMatch(Character::isDigit)) {
            return text.contains(FrameReader.stem(tail));
        }
        String kindStem = FrameReader.stem(object.subtype().toLowerCase(Locale.ROOT));
        return Pattern.compile("(?<!\\p{L})" + Pattern.quote(kindStem) + "\\p{L}{0,3}\\s*(?:№\\s*)?-?\\s*"
                + tail + "(?!\\d)").matcher(text).find();
    }

    Optional<Answer> notInBase(Frame frame, String question, Caller caller) {
        Optional<Mention> absentObject = frame.missing().stream().filter(m -> m.kind() == MentionKind.OBJECT)
                .filter(m -> frame.entities().stream().noneMatch(e -> e.kind() == MentionKind.OBJECT && e.subtype().equalsIgnoreCase(m.subtype())))
                .findFirst();
        if (!frame.missing().isEmpty() && frame.entities().isEmpty() || absentObject.isPresent() && !writtenOf(absentObject.get(), frame, caller)) {
            Mention asked = absentObject.orElse(frame.missing().getFirst());
            List<String> nearby = nearby(asked, question, frame, caller);
            return Optional.of(new Answer.NoEvidence("В базе нет сведений о «" + asked.name() + "»."
                    + (nearby.isEmpty() ? "" : " Есть сведения о: " + String.join(", ", nearby) + ".")));
        }
        if (frame.event().isPresent() && AT_A_PLACE.contains(frame.event().get())) {
            Optional<EntityRow> place = frame.entities().stream().filter(e -> e.kind().place()).findFirst();
            if (place.isPresent()) {
                List<IncidentSummary> there = model.incidents(null, null, FrameReader.tail(place.get().key()), 50, caller);
                List<Pattern> kinds = kindsAsked(question);
                List<IncidentSummary> matching = incidents.ofEvent(frame.event().get(), FrameReader.tail(place.get().key()), 50, caller).stream()
                        .filter(i -> i.firstReportAt() == null || Incidents.near(i, frame.moment()))
                        .filter(i -> kinds.isEmpty() || headlinesName(i, kinds, caller))
                        .toList();
                if (matching.isEmpty() && !there.isEmpty()) {
                    return Optional.of(new Answer.NoEvidence(noIncident(frame.event().get(), place.get(), frame.moment(), there)));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether an incident's title or its reports' titles name every kind of object asked («пожар на складе»). */
    private boolean headlinesName(IncidentSummary incident, List<Pattern> kinds, Caller caller) {
        String titles = incidents.headlines(incident.id(), incident.title(), caller).toLowerCase(Locale.ROOT).replace('ё', 'е');
        return kinds.stream().allMatch(kind -> kind.matcher(titles).find());
    }

    /**
     * Whether the sources write of an object the model has no entity for, its kind word near its place: «мост у
     * Джанкоя» is no entity, but a report says «на дороге Джанкой — Маслово мост над ж/д рухнул». Only for an object
     * named by its place («мост у …»): a gauge or a substation named otherwise is trusted to the model.
     */
    private boolean writtenOf(Mention object, Frame frame, Caller caller) {
        int at = object.name().lastIndexOf(" у ");
        if (object.subtype() == null || at < 0) {
            return false;
        }
        String placeName = object.name().substring(at + 3);
        String kind = FrameReader.stem(object.subtype().toLowerCase(Locale.ROOT));
        String place = FrameReader.stem(placeName.toLowerCase(Locale.ROOT).replace('ё', 'е'));
        Pattern near = Pattern.compile("(?<!\\p{L})(?:" + Pattern.quote(kind) + "[^.!?\\n]{0,40}?(?<!\\p{L})" + Pattern.quote(place)
                + "|" + Pattern.quote(place) + "[^.!?\\n]{0,40}?(?<!\\p{L})" + Pattern.quote(kind) + ")");
        return words.search(SearchRequest.simple(object.subtype() + " " + placeName, WRITTEN_OF_HITS, caller.clearance(),
                        frame.askedAt())).stream()
                .anyMatch(hit -> near.matcher(hit.text().toLowerCase(Locale.ROOT).replace('ё', 'е')).find());
    }

    /**
     * What the base has instead of a place or object it lacks: others of its kind — for an object the most mentioned
     * ones («есть по ГП Ключи»), for a place those written in the fragments the rest of the question finds (the streets of
     * the accidents asked about, not every street of another town).
     */
    private List<String> nearby(Mention asked, String question, Frame frame, Caller caller) {
        List<EntityRow> sameKind = model.entities("", NEARBY_POOL, caller).stream().filter(e -> sameKind(asked, e)).toList();
        if (asked.kind() == MentionKind.OBJECT) {
            return sameKind.stream().limit(NEARBY).map(EntityRow::name).toList();
        }
        String rest = Pattern.compile(Pattern.quote(asked.text()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(question)
                .replaceAll(" ").strip();
        if (rest.isBlank()) {
            return List.of();
        }
        String found = words.search(SearchRequest.simple(rest, WRITTEN_OF_HITS, caller.clearance(), frame.askedAt())).stream()
                .map(hit -> hit.text().toLowerCase(Locale.ROOT).replace('ё', 'е')).collect(Collectors.joining("\n"));
        return sameKind.stream().filter(e -> distinctiveStem(e.name()).filter(found::contains).isPresent())
                .limit(NEARBY).map(EntityRow::name).toList();
    }

    /** The stem of a name's own word, not its type word: «мичурин» of «Мичуринский проспект», «берегов» of «улица Береговая». */
    private static Optional<String> distinctiveStem(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[\\s-]+"))
                .filter(w -> w.length() > 2 && !TYPE_WORDS.matcher(w).matches()).findFirst().map(FrameReader::stem);
    }

    private static boolean sameKind(Mention asked, EntityRow e) {
        if (asked.kind() == MentionKind.OBJECT) {
            return e.kind() == MentionKind.OBJECT && e.subtype().equalsIgnoreCase(asked.subtype() == null ? "" : asked.subtype());
        }
        return e.kind() == asked.kind();
    }
}
