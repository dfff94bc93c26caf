package ru.sppr.chat.briefing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sppr.chat.answer.Answer;
import ru.sppr.chat.answer.Cited;
import ru.sppr.chat.answer.Evidence;
import ru.sppr.chat.answer.ReplyTimes;
import ru.sppr.chat.intent.Intent;
import ru.sppr.chat.knowledge.analysis.Sentences;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;
import ru.sppr.chat.knowledge.search.KnowledgeSearch;
import ru.sppr.chat.knowledge.search.SearchHit;
import ru.sppr.chat.knowledge.search.SearchRequest;
import ru.sppr.chat.knowledge.source.EventLine;
import ru.sppr.chat.situation.Attribute;
import ru.sppr.chat.situation.DangerMarks;
import ru.sppr.chat.situation.Digest;
import ru.sppr.chat.situation.EventType;
import ru.sppr.chat.situation.Mention;
import ru.sppr.chat.situation.MentionKind;
import ru.sppr.chat.situation.ShiftDigest;
import ru.sppr.chat.situation.Plural;
import ru.sppr.chat.situation.SituationModel;
import ru.sppr.chat.situation.SituationStore.EntityRow;
import ru.sppr.chat.situation.SituationStore.ObservationRow;
import ru.sppr.chat.situation.SituationStore.ReportRow;
import ru.sppr.chat.situation.SituationViews.Disagreement;
import ru.sppr.chat.situation.SituationViews.Figure;
import ru.sppr.chat.situation.SituationViews.FigureHistory;
import ru.sppr.chat.situation.SituationViews.IncidentSummary;
import ru.sppr.chat.user.Caller;

/**
 * Answers from the situation model when the question is about something it models: a figure or state of an entity as
 * of the moment asked (with the value before it and the sources that disagree), a timeline of an object or incident, a
 * summary of an incident — or, when the place, object or moment asked about is not in the base, says so and what the
 * base has instead. Empty when the model has nothing to say; the sentence composer answers then.
 */
public final class Briefing {
    private static final Logger LOG = LoggerFactory.getLogger(Briefing.class);
    /** Observations this close to each other speak of the same moment. */
    private static final Duration SAME_MOMENT = Duration.ofHours(1);
    /** A moment asked about this long after the last observation is after the data ends. */
    private static final Duration AFTER_DATA = Duration.ofHours(24);
    /** An incident this far from the moment asked about is another incident. */
    private static final Duration INCIDENT_SLACK = Duration.ofDays(2);
    /** Units a count can be given in, as a question names them and observations keep them. */
    private static final Map<String, Pattern> COUNTED_UNITS = Stream.of("дом", "участк", "квартир", "двор", "абонент")
            .collect(Collectors.toMap(u -> u, u -> Pattern.compile("(?<!\\p{L})" + u), (a, b) -> a, LinkedHashMap::new));
    private static final int TIMELINE_LINES = 12;
    /** How many fragments are read to tell whether the sources write of an object the model does not know. */
    private static final int WRITTEN_OF_HITS = 10;
    /** How many of the figures a report gave its line in a timeline names. */
    private static final int REPORT_FIGURES = 3;
    /** The share of an incident's values of an attribute one entity must hold to be what a question naming none means. */
    private static final double DOMINANT = 0.7;
    /** «сколько всего эвакуировано»: the figure of the whole district or region, where the incident has one. */
    private static final Pattern TOTAL = Pattern.compile("(?<!\\p{L})(?:всего|итого|в\\s+целом|общ(?:ее|ая|ий)\\s+(?:числ|количеств))");
    private static final Pattern AREA = Pattern.compile("(?:district|region):");
    /** The start of a lead claim looked up in its fragment, and the characters around it read with it. */
    private static final int LEAD_PROBE = 40;
    private static final int LEAD_CONTEXT = 300;
    /** At most so many incidents in an answer listing a place's incidents. */
    private static final int PLACE_INCIDENTS = 5;
    /** At most so many places in an answer by place. */
    private static final int PLACES = 3;
    private static final int SUMMARY_LINES = 9;
    /** A summary with fewer lines of figures and states than this tells of the reports too; at most {@link #LEADS} of them. */
    private static final int FEW_FIGURES = 6;
    private static final int LEADS = 5;
    /** Incidents ranked by the words a question shares with their reports; fragments searched for the incidents of its words. */
    private static final int RANKED_INCIDENTS = 5;
    private static final int FOUND_BY_WORDS = 8;
    /** Of the fragments found, those scoring at least this share of the best one speak of the incident asked. */
    private static final double FOUND_SCORE = 0.6;
    /** A report's title that is a headline sentence (a news item), not a document's or a table's name. */
    private static final Pattern HEADLINE = Pattern.compile("[.!?…»\"]$");
    /** Sentences a summary of a place or object quotes from the sources, of so many fragments found. */
    private static final int WRITTEN_ABOUT = 4;
    private static final int WRITTEN_ABOUT_HITS = 12;
    /** A sentence that starts with its own time («17:30 14.04.2026 МСК — электроснабжение…», an event log's line). */
    private static final Pattern DATED = Pattern.compile("\\d{1,2}:\\d{2}\\s+\\d{1,2}\\.\\d{1,2}");
    /** «сколько человек госпитализировали», «скольких спасли»: a count is asked. */
    private static final Pattern COUNT_ASKED = Pattern.compile("(?<!\\p{L})(?:сколько|скольких|how many)(?!\\p{L})");
    private static final int SUMMARY_STATES = 4;
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.forLanguageTag("ru"));
    /** «за сутки», «с начала смены»: a period up to now, not a day asked about. */
    private static final Pattern SHIFT_WORDS = Pattern.compile("сутк|смен");
    /** A source sentence this short is quoted in full next to its mark. */
    private static final int QUOTE = 260;
    /** Words of the moment asked: the answer states the moment as a date and time, not in these words. */
    private static final Pattern WHEN_WORDS = Pattern.compile("(?<!\\p{L})(\\d+(?:[:.]\\d+)*(?:-?(?:го|е|ое))?|утр\\p{L}*|вечер\\p{L}*|"
            + "ноч\\p{L}*|дн[её]м|сейчас|сегодня|вчера|январ\\p{L}*|феврал\\p{L}*|март\\p{L}*|апрел\\p{L}*|ма[яй]|июн\\p{L}*|июл\\p{L}*|"
            + "август\\p{L}*|сентябр\\p{L}*|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*)(?!\\p{L})");
    /** Words of a follow-up that ask, not name: «с какого времени», «давно», «есть ли», «там». */
    private static final Pattern FOLLOW_UP_FILLER = Pattern.compile("(?<!\\p{L})(?:как\\p{L}*|когда|сколько|скока|скок|где|кто|что|врем\\p{L}*|"
            + "давно|есть|ли|там|тогда|был\\p{L}*|будет|уже|еще|ещё|теперь|сейчас|щас|now|what|when|how|there)(?!\\p{L})");
    /** A figure a question names («откуда цифра 691»): the sources of that value are asked for. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d:.,])\\d+(?:,\\d+)?(?![\\d:.])");
    /** Counted in people: of «эвакуировано 41 человек» and «эвакуированы 17 домов», the first answers «сколько эвакуировано». */
    private static final String PEOPLE = "человек";
    /** A sentence not cut at an abbreviation («через с.»): it starts with no lower-case letter and ends with a stop after a word. */
    private static final Pattern NEXT_SENTENCE = Pattern.compile("(?<!\\s\\p{Ll}\\.|\\s\\p{Ll}\\p{Ll}\\.)(?<=[.!?])\\s+(?=[«\"(]?[А-ЯЁA-Z])");
    private static final Pattern WHOLE_SENTENCE = Pattern.compile("(?s)\\P{Ll}.*(?<!\\s\\p{Ll}|\\s\\p{Ll}\\p{Ll})[.!?]");
    /** Kinds of events that are incidents of their own; a question naming one at a known place must find one there. */
    private static final Set<EventType> DISCRETE = EnumSet.of(EventType.FIRE, EventType.EXPLOSION, EventType.COLLAPSE,
            EventType.ROAD_ACCIDENT, EventType.AIR_CRASH, EventType.RAIL_ACCIDENT, EventType.WATER_ACCIDENT,
            EventType.POISONING, EventType.GAS_LEAK, EventType.EARTHQUAKE, EventType.LANDSLIDE);
    /**
     * Kinds of events a question asks of at a place that must have an incident of that kind there: the discrete ones and
     * a storm («погибшие от урагана в махачкале» are not the dead of a blast there).
     */
    private static final Set<EventType> AT_A_PLACE = Stream.concat(DISCRETE.stream(), Stream.of(EventType.STORM))
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(EventType.class)));
    /** Places a report names by their own name, not by a region's adjective («подмосковный» for «Московская область»). */
    private static final Set<MentionKind> NAMED_BY_NAME = EnumSet.of(MentionKind.SETTLEMENT, MentionKind.DISTRICT, MentionKind.STREET,
            MentionKind.PLACE);
    /** Kinds of objects an event is asked at, each with the words reports name it by. */
    private static final List<Pattern> OBJECT_KINDS = Stream.of("склад\\p{L}*|ангар\\p{L}*", "азс|заправк\\p{L}*|автозаправ\\p{L}*",
                    "тц|трц|торгов\\p{L}*", "завод\\p{L}*|предприяти\\p{L}*|цех\\p{L}*", "шахт\\p{L}*|рудник\\p{L}*",
                    "школ\\p{L}*", "больниц\\p{L}*|госпитал\\p{L}*", "рынк\\p{L}*|рынок", "общежити\\p{L}*|общаг\\p{L}*")
            .map(words -> Pattern.compile("(?<!\\p{L})(?:" + words + ")(?!\\p{L})")).toList();
    /** Intents whose answer is about what the question names (not about the answer before it, or a term). */
    private static final Set<Intent> ABOUT_A_PLACE = EnumSet.of(Intent.GENERAL_QUERY, Intent.STATUS_CHECK, Intent.TIMELINE, Intent.REPORT);
    /** Types one incident is often reported as (a gas explosion, then a fire and a collapse). */
    private static final Set<EventType> BLAST = EnumSet.of(EventType.FIRE, EventType.EXPLOSION, EventType.COLLAPSE, EventType.GAS_LEAK);

    /** «что изменилось за смену», «что нового с 08:00», «сдача смены»: the shift handover is asked for. */
    private static final Pattern HANDOVER = Pattern.compile("(?<!\\p{L})(что\\s+(?:нового|изменилось|поменялось)|какие\\s+изменения|"
            + "(?:сдач\\p{L}*|передач\\p{L}*|при[её]м\\p{L}*)\\s+смены|what(?:'s| has| is)?\\s+(?:changed|new))(?!\\p{L})");
    /** Lines of each kind a handover answer shows; the rest are counted, and the «Смена» view has them all. */
    private static final int HANDOVER_LINES = 6;

    private final SituationModel model;
    private final ShiftDigest digest;
    private final FrameReader frames;
    private final ReplyTimes times;
    private final DateTimeFormatter day;
    private final TermAnalysis analysis;
    private final KnowledgeSearch words;

    public Briefing(SituationModel model, KnowledgeSearch words, ShiftDigest digest, TermAnalysis analysis) {
        this.model = Objects.requireNonNull(model, "model");
        this.digest = Objects.requireNonNull(digest, "digest");
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.words = Objects.requireNonNull(words, "words");
        this.frames = new FrameReader(model, words, analysis);
        this.times = new ReplyTimes("HH:mm dd.MM.yyyy", model.zone());
        this.day = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(model.zone());
    }

    /**
     * What a question is about, in its dialogue: {@code earlier} are the questions asked before it in the session, oldest
     * first; {@code followUp} whether it points back at them.
     */
    public Frame read(String question, List<String> earlier, boolean followUp, Instant askedAt, Caller caller) {
        return read(question, () -> earlier, followUp, askedAt, caller);
    }

    /** As {@link #read(String, List, boolean, Instant, Caller)}; the earlier questions are only made when needed. */
    public Frame read(String question, Supplier<List<String>> earlier, boolean followUp, Instant askedAt, Caller caller) {
        var at = askedAt.atZone(model.zone());
        Frame own = frames.read(question, at, caller);
        if (own.namesSomething() && !followUp) {
            return own;
        }
        for (String before : earlier.get().reversed()) {
            Frame then = frames.read(before, at, caller);
            if (then.namesSomething()) {
                Instant focus = then.moment().until();
                Frame anchored = then.moment().stated() && focus != null
                        ? own.at(frames.moment(question, at, focus.atZone(model.zone()))) : own;
                return Focus.carry(anchored, then, followUp);
            }
        }
        return own;
    }

    /**
     * The answer itself when it is about what was asked; else a plain "not in the base" saying what is missing: a place
     * the base lacks, a quantity or a cause the answer does not give, a day it does not speak of, a figure it does not
     * name, another object than the one named.
     */
    public Answer keepAbout(Frame frame, String question, Intent intent, Answer answer, Caller caller) {
        if (answer instanceof Answer.NoEvidence && !frame.unknown().isEmpty()) {
            return new Answer.NoEvidence(noneAbout(frame.unknown().getFirst()));
        }
        if (answer instanceof Answer.NoEvidence) {
            return placeMissing(frame, question, "", caller).or(() -> measureMissing(frame, question))
                    .<Answer>map(Answer.NoEvidence::new).orElse(answer);
        }
        if (!(answer instanceof Answer.Grounded grounded)) {
            return answer;
        }
        String said = grounded.text().toLowerCase(Locale.ROOT).replace('ё', 'е');
        Optional<String> missing = unmodelledMissing(frame, question, said)
                .or(() -> placeMissing(frame, said))
                .or(() -> dayAsked(frame.moment()).filter(d -> !speaksOfDay(grounded, d))
                        .map(d -> "На " + day.format(d) + " сведений по вопросу в базе нет."))
                .or(() -> figureMissing(frame, question, said))
                .or(() -> objectMissing(frame, question, said + "\n" + cited(grounded)))
                .or(() -> ABOUT_A_PLACE.contains(intent) ? placeMissing(frame, question, lead(grounded), caller) : Optional.empty());
        missing.ifPresent(reason -> LOG.debug("Answer withheld ({}): {}", reason, grounded.text()));
        return missing.<Answer>map(Answer.NoEvidence::new).orElse(answer);
    }

    /** A quantity the model does not track, or a cause asked about an incident or a tracked object, that the answer lacks. */
    private static Optional<String> unmodelledMissing(Frame frame, String question, String said) {
        Optional<String> measure = FrameReader.measure(question);
        boolean incident = frame.event().isPresent() || frame.entities().stream().anyMatch(FrameReader::tracked);
        if (measure.isEmpty() || !incident && measure.get().equals(FrameReader.CAUSE) || FrameReader.speaksOf(said, measure.get())) {
            return Optional.empty();
        }
        return Optional.of(nothingOn(frame, measure.get()));
    }

    /** «а причина?» after «что случилось в подольске», found nowhere: what was asked, and of what. */
    private static Optional<String> measureMissing(Frame frame, String question) {
        return frame.entities().isEmpty() ? Optional.empty() : FrameReader.measure(question).map(measure -> nothingOn(frame, measure));
    }

    private static String nothingOn(Frame frame, String measure) {
        return "В базе нет сведений о том, что спрошено (" + (FrameReader.WHOLE_WORDS.contains(measure) ? measure : measure + "…") + ")"
                + about(frame) + ".";
    }

    /** A place the base lacks («в дербенте») that the answer does not name. */
    private static Optional<String> placeMissing(Frame frame, String said) {
        return frame.unknown().stream()
                .filter(place -> !said.contains(FrameReader.stem(place.name().toLowerCase(Locale.ROOT).replace('ё', 'е'))))
                .findFirst().map(Briefing::noneAbout);
    }

    private static String noneAbout(Mention place) {
        return "В базе нет сведений о «" + place.name() + "».";
    }

    /**
     * A figure asked about a place, object or incident (погибшие, площадь), or a figure counted of anything
     * («сколько госпитализировали после зефира»), that the answer does not name.
     */
    private static Optional<String> figureMissing(Frame frame, String question, String said) {
        boolean situational = frame.event().isPresent() || COUNT_ASKED.matcher(question.toLowerCase(Locale.ROOT)).find()
                || frame.entities().stream().anyMatch(e -> e.kind().place() || e.kind() == MentionKind.OBJECT);
        List<Attribute> figures = frame.attributes().stream().filter(a -> a != Attribute.STATE).toList();
        if (!situational || figures.isEmpty() || Attribute.namedIn(said).stream().anyMatch(figures::contains)) {
            return Optional.empty();
        }
        return Optional.of("В базе нет сведений о том, что спрошено (" + figures.getFirst().label() + ")" + about(frame) + ".");
    }

    /**
     * The fragments an answer cites and their titles, in lower case: a sentence quoted from a report about the dam is
     * about the dam.
     */
    private static String cited(Answer.Grounded answer) {
        return answer.citations().stream().map(c -> (c.hit().title() + "\n" + c.hit().text()).toLowerCase(Locale.ROOT).replace('ё', 'е'))
                .collect(Collectors.joining("\n"));
    }

    /**
     * «пожар на складе в казани»: an event such as a fire asked at a place, or a follow-up about a place («а причина?»
     * after «что случилось в подольске»), answered with a lead claim whose source never names that place — a fire or a
     * cause elsewhere. Not in the base, with what the base has at that place.
     */
    private Optional<String> placeMissing(Frame frame, String question, String lead, Caller caller) {
        Optional<EventType> event = frame.event().filter(DISCRETE::contains);
        List<EntityRow> places = frame.entities().stream().filter(e -> NAMED_BY_NAME.contains(e.kind())).toList();
        if (event.isEmpty() && !frame.subjectInherited() || places.isEmpty()
                || places.stream().anyMatch(p -> FrameReader.namesPlace(lead, p.name())) && kindNamed(question, lead, event)) {
            return Optional.empty();
        }
        EntityRow place = places.getFirst();
        return event.isPresent()
                ? Optional.of(noIncident(event.get(), place, frame.moment(), model.incidents(null, null, place.name(), PLACES, caller)))
                : Optional.of(FrameReader.measure(question).map(m -> nothingOn(frame, m))
                        .orElse("В базе нет сведений, отвечающих на вопрос," + about(frame) + "."));
    }

    /**
     * Whether the lead of an answer to an event at a kind of object («пожар на складе», «взрыв на заправке») speaks of
     * that kind: a fire at the airport of the town asked about is not the fire at a warehouse there.
     */
    private static boolean kindNamed(String question, String lead, Optional<EventType> event) {
        if (event.isEmpty()) {
            return true;
        }
        String asked = question.toLowerCase(Locale.ROOT).replace('ё', 'е');
        return OBJECT_KINDS.stream().filter(kind -> kind.matcher(asked).find()).allMatch(kind -> kind.matcher(lead).find());
    }

    /**
     * The first claim of an answer with the title of the fragment it cites and the text around it there (a digest of
     * several news items names other places further off), in lower case.
     */
    private static String lead(Answer.Grounded answer) {
        String text = answer.text().toLowerCase(Locale.ROOT).replace('ё', 'е');
        int mark = text.indexOf('[');
        String claim = (mark < 0 ? text : text.substring(0, mark)).strip();
        String source = answer.citations().stream().min(Comparator.comparingInt(Cited::ordinal)).map(c -> {
            String fragment = c.hit().text().toLowerCase(Locale.ROOT).replace('ё', 'е');
            int at = fragment.indexOf(claim.substring(0, Math.min(claim.length(), LEAD_PROBE)));
            String around = at < 0 ? fragment : fragment.substring(Math.max(0, at - LEAD_CONTEXT), Math.min(fragment.length(),
                    at + claim.length() + LEAD_CONTEXT));
            return c.hit().title().toLowerCase(Locale.ROOT).replace('ё', 'е') + "\n" + around;
        }).orElse("");
        return claim + "\n" + source;
    }

    private String noIncident(EventType event, EntityRow place, Moment moment, List<IncidentSummary> there) {
        String what = event.label() + " (" + place.name() + (moment.stated() ? ", " + said(moment, times.reply()) : "") + ")";
        String others = there.stream().limit(3).map(i -> i.title() + (i.lastReportAt() == null ? "" : ", " + day.format(i.lastReportAt())))
                .collect(Collectors.joining("; "));
        return "В базе нет сведений о происшествии: " + what + "." + (others.isEmpty() ? "" : " Есть: " + others + ".");
    }

    /** The object the question names by its kind («мост у ключей», «пвр 1») when the answer speaks of none of them. */
    private static Optional<String> objectMissing(Frame frame, String question, String said) {
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
    private Optional<LocalDate> dayAsked(Moment moment) {
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
    private boolean speaksOfDay(Answer.Grounded answer, LocalDate asked) {
        boolean dated = answer.citations().stream().map(c -> c.hit().observedAt()).filter(Objects::nonNull)
                .map(t -> t.atZone(model.zone()).toLocalDate())
                .anyMatch(d -> !d.isBefore(asked.minusDays(1)) && !d.isAfter(asked));
        String text = answer.text().toLowerCase(Locale.ROOT);
        return dated || text.contains(DAY_MONTH.format(asked)) || text.contains(String.format("%02d.%02d", asked.getDayOfMonth(), asked.getMonthValue()))
                || text.contains(asked.getDayOfMonth() + "." + String.format("%02d", asked.getMonthValue()));
    }

    /** Whether a text names the object: by the stem of its name, or a numbered one by its kind and number («ПВР № 1»). */
    private static boolean names(String text, EntityRow object) {
        String tail = FrameReader.tail(object.key());
        if (!tail.chars().allMatch(Character::isDigit)) {
            return text.contains(FrameReader.stem(tail));
        }
        return Pattern.compile("(?<!\\p{L})" + Pattern.quote(object.subtype().toLowerCase(Locale.ROOT)) + "\\s*(?:№\\s*)?-?\\s*"
                + tail + "(?!\\d)").matcher(text).find();
    }

    /**
     * The answer the model gives to a question of this intent, if it has one, with the incident it was read from: the
     * one a summary or a timeline of reports is made of, or the one the values of a figure, state or timeline belong to
     * ({@link SituationModel#incidentHolding}).
     */
    public Optional<Briefed> answer(Frame frame, String question, Intent intent, Caller caller) {
        if (HANDOVER.matcher(question.toLowerCase(Locale.ROOT)).find()) {
            return Optional.of(Briefed.of(handover(frame, caller)));
        }
        Optional<Answer> absent = notInBase(frame, question, caller);
        if (absent.isPresent()) {
            return absent.map(Briefed::of);
        }
        if (frame.entities().isEmpty() && !frame.unknown().isEmpty()) {
            return Optional.empty();
        }
        Optional<Briefed> answer = switch (intent) {
            case TIMELINE -> frame.unmodelled().isPresent() ? Optional.empty() : timeline(frame, question, caller);
            case REPORT -> summary(frame, question, caller);
            case REQUEST_SOURCES -> sources(frame, question, caller).map(Briefed::of);
            case GENERAL_QUERY, STATUS_CHECK -> frame.unmodelled().filter(FrameReader::isMark).isPresent()
                    ? mark(frame, question, frame.unmodelled().get(), caller)
                    : frame.unmodelled().isPresent() || FrameReader.asksWhoOrWhere(question) ? Optional.empty()
                    : !frame.attributes().isEmpty() ? figure(frame, question, caller)
                    : FrameReader.asksOverview(question) ? state(frame, caller).or(() -> wholeSituation(frame, question, caller))
                    : frame.inherited() && frame.moment().stated() ? state(frame, caller)
                    : Optional.empty();
            default -> Optional.empty();
        };
        return answer.filter(b -> !frame.subjectInherited() || coversOwnWords(question, b.answer(), frame))
                .map(b -> b.answer() instanceof Answer.Grounded g ? new Briefed(measured(question, g), b.incident()) : b);
    }

    /**
     * Whether a model answer to a follow-up naming nothing of its own speaks of the words the follow-up adds: «а детей?» after «сколько людей в
     * пвр» is not answered by the people in the shelter again, nor «а объезд?» by the roads closed — the sentences answer.
     * A word counts as spoken of when the answer or a thing in focus has a word starting like it («заречья», «Заречный»).
     */
    private boolean coversOwnWords(String question, Answer answer, Frame frame) {
        if (!(answer instanceof Answer.Grounded grounded)) {
            return true;
        }
        Set<String> said = new HashSet<>(analysis.stems(grounded.text()));
        frame.entities().forEach(e -> said.addAll(analysis.stems(e.name())));
        Set<String> starts = said.stream().map(Briefing::start).collect(Collectors.toSet());
        String asked = FOLLOW_UP_FILLER.matcher(WHEN_WORDS.matcher(question.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll(" ");
        return analysis.stems(asked).stream()
                .allMatch(w -> said.contains(w) || starts.contains(start(w)));
    }

    private static String start(String stem) {
        return stem.substring(0, Math.min(stem.length(), 5));
    }

    /**
     * The incident an answer not read from the model used, told by the sources it cites ({@link SituationModel#incidentUsed});
     * empty when it cannot be told — a failure here never costs the answer.
     */
    public Optional<IncidentUsed> incidentCited(List<String> sourceIds, List<String> subjectKeys, Caller caller) {
        try {
            return model.incidentUsed(sourceIds, subjectKeys, caller).map(IncidentUsed::of);
        } catch (RuntimeException e) {
            LOG.warn("Could not link an answer to its incident", e);
            return Optional.empty();
        }
    }

    /**
     * The answer with the incident its values belong to: of the incidents the cited reports of {@code values} report
     * on, one of the kind the question or the values name, then the one holding most of them — so the card opened
     * from the answer shows what the answer says.
     */
    private Briefed withIncident(Answer answer, List<ObservationRow> values, Frame frame, Caller caller) {
        if (!(answer instanceof Answer.Grounded grounded)) {
            return Briefed.of(answer);
        }
        Set<String> cited = grounded.citations().stream().map(c -> c.hit().sourceId()).collect(Collectors.toSet());
        List<ObservationRow> used = values.stream().filter(o -> cited.contains(o.sourceId())).toList();
        try {
            return new Briefed(answer, model.incidentHolding(used, IncidentKinds.of(frame.event(), used), caller).map(IncidentUsed::of));
        } catch (RuntimeException e) {
            LOG.warn("Could not link an answer to its incident", e);
            return Briefed.of(answer);
        }
    }

    /**
     * What the confidence model is told about an answer read from the model: how much of the question its text and the
     * fragments it cites cover (an answer about the gauge to a question about cattle covers little), its sources, a conflict.
     */
    private Answer.Grounded measured(String question, Answer.Grounded answer) {
        List<String> asked = analysis.stems(WHEN_WORDS.matcher(question.toLowerCase(Locale.ROOT)).replaceAll(" "));
        Set<String> said = new HashSet<>(analysis.stems(answer.text()));
        Set<String> read = new HashSet<>(said);
        answer.citations().forEach(c -> read.addAll(analysis.stems(c.hit().text())));
        Evidence e = answer.evidence();
        return new Answer.Grounded(answer.text(), answer.citations(),
                new Evidence(share(asked, said), share(asked, read), 0, 0, e.sources(), e.conflict(), true));
    }

    /** The share of the words asked that the answer has; a follow-up of only a moment («а на 20:00 вчера?») asks nothing more. */
    private static double share(List<String> asked, Set<String> words) {
        return asked.isEmpty() ? 1 : asked.stream().filter(words::contains).count() / (double) asked.size();
    }

    // ---- the shift handover

    /**
     * What changed since the moment asked («с 08:00», «за сутки»), or since the start of the current shift: new
     * incidents, changed figures and states, new disagreements, each line cited.
     */
    private Answer handover(Frame frame, Caller caller) {
        Instant since = switch (frame.moment()) {
            case Moment.Within w -> w.from();
            case Moment.AsOf a -> a.said() == null ? null : a.at();
            case Moment.Latest l -> null;
        };
        Digest d = digest.since(since, caller);
        var when = times.reply();
        String head = "Что изменилось с " + when.at(d.since()) + (d.shiftStart() ? " (начало смены)" : "")
                + " по " + when.at(d.until()) + ":";
        if (d.empty()) {
            return new Answer.NoEvidence(head + " изменений в базе нет.");
        }
        var book = new Book();
        List<String> lines = new ArrayList<>();
        d.incidents().stream().limit(HANDOVER_LINES).forEach(n -> lines.add("- Новое происшествие: " + n.incident().title()
                + ", первое сообщение " + when.at(n.incident().firstReportAt()) + " "
                + book.mark(n.sourceId(), n.sourceTitle(), n.sourceType(), n.incident().firstReportAt(), 0, n.incident().title())));
        more(lines, d.incidents().size(), "происшествие", "происшествия", "происшествий");
        d.changes().stream().limit(HANDOVER_LINES).forEach(c -> lines.add("- " + capitalised(c.attribute().label())
                + (c.entityName().isEmpty() ? "" : " (" + c.entityName() + ")") + ": "
                + (c.before() == null ? "" : SituationModel.shown(c.before()) + " → ") + SituationModel.shown(c.after())
                + " (на " + when.at(c.after().moment()) + ") " + book.mark(c.after())));
        more(lines, d.changes().size(), "изменение показателей", "изменения показателей", "изменений показателей");
        List<Digest.Conflict> conflicts = d.conflicts().stream().filter(distinct(c -> c.entityKey() + c.attribute()
                + Stream.of(SituationModel.shown(c.first()), SituationModel.shown(c.second())).sorted().toList())).toList();
        conflicts.stream().limit(HANDOVER_LINES).forEach(c -> lines.add("- Источники расходятся — " + c.attribute().label()
                + (c.entityName().isEmpty() ? "" : " (" + c.entityName() + ")") + ": " + SituationModel.shown(c.first()) + " "
                + book.mark(c.first()) + " и " + SituationModel.shown(c.second()) + " " + book.mark(c.second())));
        more(lines, conflicts.size(), "расхождение", "расхождения", "расхождений");
        long sources = book.cited().stream().map(c -> c.hit().sourceId()).distinct().count();
        return new Answer.Grounded(head + "\n" + String.join("\n", lines), book.cited(),
                modelled((int) sources, !d.conflicts().isEmpty()));
    }

    private static <T> Predicate<T> distinct(Function<T, Object> key) {
        Set<Object> seen = new HashSet<>();
        return t -> seen.add(key.apply(t));
    }

    private static void more(List<String> lines, int total, String one, String few, String many) {
        if (total > HANDOVER_LINES) {
            int rest = total - HANDOVER_LINES;
            lines.add("- … и ещё " + rest + " " + Plural.of(rest, one, few, many) + " (полностью — в разделе «Смена»)");
        }
    }

    // ---- not in the base

    private Optional<Answer> notInBase(Frame frame, String question, Caller caller) {
        Optional<Mention> absentObject = frame.missing().stream().filter(m -> m.kind() == MentionKind.OBJECT)
                .filter(m -> frame.entities().stream().noneMatch(e -> e.kind() == MentionKind.OBJECT && e.subtype().equalsIgnoreCase(m.subtype())))
                .findFirst();
        if (!frame.missing().isEmpty() && frame.entities().isEmpty() || absentObject.isPresent() && !writtenOf(absentObject.get(), frame, caller)) {
            Mention asked = absentObject.orElse(frame.missing().getFirst());
            List<String> nearby = model.entities("", 300, caller).stream().filter(e -> sameKind(asked, e))
                    .limit(3).map(EntityRow::name).toList();
            return Optional.of(new Answer.NoEvidence("В базе нет сведений о «" + asked.name() + "»."
                    + (nearby.isEmpty() ? "" : " Есть сведения о: " + String.join(", ", nearby) + ".")));
        }
        if (frame.event().isPresent() && AT_A_PLACE.contains(frame.event().get())) {
            Optional<EntityRow> place = frame.entities().stream().filter(e -> e.kind().place()).findFirst();
            if (place.isPresent()) {
                List<IncidentSummary> there = model.incidents(null, null, place.get().name(), 50, caller);
                String asked = question.toLowerCase(Locale.ROOT).replace('ё', 'е');
                List<Pattern> kinds = OBJECT_KINDS.stream().filter(kind -> kind.matcher(asked).find()).toList();
                List<IncidentSummary> matching = ofEvent(frame.event().get(), place.get().name(), 50, caller).stream()
                        .filter(i -> i.firstReportAt() == null || near(i, frame.moment()))
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
        String titles = (incident.title() + "\n" + model.reports(incident.id(), caller).stream().map(r -> r.title() == null ? "" : r.title())
                .collect(Collectors.joining("\n"))).toLowerCase(Locale.ROOT).replace('ё', 'е');
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

    private static boolean sameKind(Mention asked, EntityRow e) {
        if (asked.kind() == MentionKind.OBJECT) {
            return e.kind() == MentionKind.OBJECT && e.subtype().equalsIgnoreCase(asked.subtype() == null ? "" : asked.subtype());
        }
        return e.kind() == asked.kind();
    }

    /** The latest incidents at a place of the kind of event asked or one reported as the same (a blast as a fire), newest first. */
    private List<IncidentSummary> ofEvent(EventType asked, String place, int limit, Caller caller) {
        return Stream.of(EventType.values()).filter(t -> sameEvent(asked, t))
                .flatMap(t -> model.incidents(null, t, place, limit, caller).stream())
                .sorted(Comparator.comparing(IncidentSummary::lastReportAt, Comparator.nullsLast(Comparator.reverseOrder()))).limit(limit).toList();
    }

    private static boolean sameEvent(EventType asked, EventType incident) {
        return asked == incident || BLAST.contains(asked) && BLAST.contains(incident);
    }

    private static boolean near(IncidentSummary incident, Moment moment) {
        return switch (moment) {
            case Moment.Latest l -> true;
            case Moment.AsOf a -> !incident.firstReportAt().isAfter(a.at().plus(INCIDENT_SLACK))
                    && !incident.lastReportAt().isBefore(a.at().minus(INCIDENT_SLACK));
            case Moment.Within w -> !incident.firstReportAt().isAfter(w.to().plus(INCIDENT_SLACK))
                    && !incident.lastReportAt().isBefore(w.from().minus(INCIDENT_SLACK));
        };
    }

    // ---- a figure or state as of a moment

    private Optional<Briefed> figure(Frame frame, String question, Caller caller) {
        Attribute attribute = frame.attributes().getFirst();
        List<ObservationRow> history = inUnitAsked(question, history(frame, question, attribute, caller));
        if (history.isEmpty()) {
            return frame.entities().isEmpty() && frame.missing().isEmpty() ? byPlace(frame, question, attribute, caller) : Optional.empty();
        }
        Optional<String> since = attribute == Attribute.STATE ? FrameReader.stateAskedWhen(question) : Optional.empty();
        if (since.isPresent()) {
            return since(frame, since.get(), history).map(a -> withIncident(a, history, frame, caller));
        }
        Instant until = frame.moment().until();
        ObservationRow last = history.getLast();
        String subject = subject(history, attribute);
        var when = times.reply();
        if (until != null && frame.moment().stated() && start(frame.moment()).isAfter(last.observedAt().plus(AFTER_DATA))) {
            return Optional.of(Briefed.of(new Answer.NoEvidence("На " + said(frame.moment(), when) + " сведений — " + subject + " — в базе нет; последние — на "
                    + when.at(last.observedAt()) + ": " + SituationModel.shown(last) + ".")));
        }
        List<ObservationRow> known = until == null ? history : history.stream().filter(o -> !o.observedAt().isAfter(until)).toList();
        if (known.isEmpty()) {
            ObservationRow first = history.getFirst();
            return Optional.of(Briefed.of(new Answer.NoEvidence("На " + said(frame.moment(), when) + " сведений — " + subject + " — в базе нет; первые — на "
                    + when.at(first.observedAt()) + ": " + SituationModel.shown(first) + ".")));
        }
        Optional<Answer> extreme = extreme(question, subject, known);
        if (extreme.isPresent()) {
            return extreme.map(a -> withIncident(a, known, frame, caller));
        }
        var book = new Book();
        Reading reading = reading(capitalised(subject), known, attribute, book, when, true);
        return Optional.of(withIncident(new Answer.Grounded(reading.text() + '.', book.cited(), modelled(reading.sources(), reading.conflict())),
                known, frame, caller));
    }

    /**
     * «какой был максимальный уровень на ключах», «пик эвакуации»: the highest (or lowest) value known by the moment asked,
     * with its time, what other sources give for it, and the latest beside it — not the latest alone.
     */
    private Optional<Answer> extreme(String question, String subject, List<ObservationRow> known) {
        Matcher asked = EXTREME.matcher(question.toLowerCase(Locale.ROOT).replace('ё', 'е'));
        List<ObservationRow> valued = known.stream().filter(o -> o.value() != null).toList();
        if (!asked.find() || valued.isEmpty()) {
            return Optional.empty();
        }
        boolean lowest = asked.group(1) != null;
        Comparator<ObservationRow> byValue = Comparator.comparingDouble(ObservationRow::value);
        ObservationRow found = lowest ? valued.stream().min(byValue).orElseThrow() : valued.stream().max(byValue).orElseThrow();
        ObservationRow last = known.getLast();
        var book = new Book();
        var when = times.reply();
        Optional<ObservationRow> otherwise = valued.stream()
                .filter(o -> !o.sourceId().equals(found.sourceId()) && !SituationModel.shown(o).equals(SituationModel.shown(found)))
                .filter(o -> Duration.between(o.observedAt(), found.observedAt()).abs().compareTo(PEAK_WINDOW) <= 0)
                .filter(o -> Math.abs(o.value() - found.value()) <= PEAK_SPREAD * Math.abs(found.value()))
                .min(Comparator.comparingDouble(o -> Math.abs(o.value() - found.value())));
        String text = (lowest ? "Наименьшее значение — " : "Наибольшее значение — ") + subject + ": " + SituationModel.shown(found)
                + " (на " + when.at(found.observedAt()) + ") " + book.mark(found)
                + otherwise.map(o -> "; по другим данным — " + SituationModel.shown(o) + " (на " + when.at(o.observedAt()) + ") " + book.mark(o))
                .orElse("")
                + (last == found ? "." : ". Последнее — " + SituationModel.shown(last) + " (на " + when.at(last.observedAt()) + ") " + book.mark(last) + ".");
        return Optional.of(new Answer.Grounded(text, book.cited(), modelled(book.cited().size(), false)));
    }

    /**
     * «опасная отметка на гп заречье какая»: the mark the gauge's own sources give beside its levels (not its level), with
     * the level known at the moment asked; when they give none, the sentences answer (and must name the mark).
     */
    private Optional<Briefed> mark(Frame frame, String question, String label, Caller caller) {
        Instant until = frame.moment().until();
        List<ObservationRow> levels = history(frame, question, Attribute.WATER_LEVEL, caller).stream()
                .filter(o -> until == null || !o.observedAt().isAfter(until)).toList();
        return levels.isEmpty() ? Optional.empty() : mark(label, levels, question).map(a -> withIncident(a, levels, frame, caller));
    }

    private Optional<Answer> mark(String label, List<ObservationRow> levels, String question) {
        ObservationRow now = levels.getLast();
        Optional<DangerMarks.Mark> mark = DangerMarks.of(new FigureHistory(now.entityKey(), now.entityName(), Attribute.WATER_LEVEL, levels, List.of()))
                .stream().filter(m -> m.label().equals(label)).findFirst();
        if (mark.isEmpty()) {
            return Optional.empty();
        }
        ObservationRow source = levels.stream().filter(o -> o.sourceId().equals(mark.get().sourceId())).findFirst().orElse(now);
        var book = new Book();
        var when = times.reply();
        if (EXCEEDED_WHEN.matcher(question.toLowerCase(Locale.ROOT)).find()) {
            double value = mark.get().value();
            Optional<ObservationRow> first = sorted(levels).stream().filter(o -> o.value() != null && o.value() > value).findFirst();
            String markSaid = label + " " + Math.round(value) + " см " + book.mark(source);
            return Optional.of(first.<Answer>map(o -> new Answer.Grounded("Уровень на " + now.entityName() + " впервые выше отметки ("
                            + markSaid + ") — на " + when.at(o.observedAt()) + ": " + SituationModel.shown(o) + " " + book.mark(o) + ".",
                            book.cited(), modelled(book.cited().size(), false)))
                    .orElseGet(() -> new Answer.Grounded("Уровень на " + now.entityName() + " выше отметки (" + markSaid
                            + ") в базе не поднимался; на " + when.at(now.observedAt()) + ": " + SituationModel.shown(now) + " " + book.mark(now) + ".",
                            book.cited(), modelled(book.cited().size(), false))));
        }
        String text = capitalised(label) + " (" + now.entityName() + ") — " + Math.round(mark.get().value()) + " см " + book.mark(source)
                + ". Уровень на " + when.at(now.observedAt()) + ": " + SituationModel.shown(now) + " " + book.mark(now) + ".";
        return Optional.of(new Answer.Grounded(text, book.cited(), modelled(book.cited().size(), false)));
    }

    /** Values of other sources this close to a peak in time and size are that peak as they give it (688 см vs 691 см). */
    private static final Duration PEAK_WINDOW = Duration.ofHours(12);
    private static final double PEAK_SPREAD = 0.03;
    /** «максимальный уровень», «пик», «наибольшее число»; «минимальный»: the extreme of a figure's values is asked. */
    private static final Pattern EXTREME = Pattern.compile("(?<!\\p{L})(?:(минимальн\\p{L}*|минимум\\p{L}*|наименьш\\p{L}*|самый\\s+низк\\p{L}*)|"
            + "максимальн\\p{L}*|максимум\\p{L}*|наибольш\\p{L}*|пик\\p{L}*|самый\\s+высок\\p{L}*|highest|maximum|peak)(?!\\p{L})");
    /** «во сколько превысили опасную отметку», «когда вода вышла выше отметки»: the moment a mark was first exceeded is asked. */
    private static final Pattern EXCEEDED_WHEN = Pattern.compile("(?<!\\p{L})(?:когда|во\\s+сколько|в\\s+какое\\s+время|с\\s+какого)(?!\\p{L})"
            + ".*(?:превы|выше|перешагн|достиг)|(?:превы|выше|достиг)\\p{L}*.*(?<!\\p{L})(?:когда|во\\s+сколько)(?!\\p{L})");

    /** A figure as read at one moment: the text, how many sources give it, whether they disagree. */
    private record Reading(String text, int sources, boolean conflict) {}

    /**
     * «Эвакуированных (Нижние Ключи), на 08:00 11.04.2026: 327 человек [1]. Источники расходятся: 312 человек [2]»: the
     * latest moment of the values {@code known} by the moment asked, the value most sources give, the others that disagree,
     * and ({@code withBefore}) the value before it changed.
     */
    private Reading reading(String subject, List<ObservationRow> known, Attribute attribute, Book book, ReplyTimes.Reply when,
                                   boolean withBefore) {
        Instant at = known.getLast().observedAt();
        List<ObservationRow> moment = known.stream().filter(o -> !o.observedAt().isBefore(at.minus(SAME_MOMENT))).toList();
        ObservationRow chosen = mostReported(moment);
        var text = new StringBuilder(subject).append(", на ").append(when.at(chosen.observedAt())).append(": ")
                .append(SituationModel.shown(chosen)).append(' ').append(book.mark(chosen));
        List<ObservationRow> others = moment.stream().filter(o -> !o.sourceId().equals(chosen.sourceId()))
                .filter(o -> Objects.equals(o.unit(), chosen.unit()) && o.state() == null == (chosen.state() == null))
                .filter(o -> !SituationModel.shown(o).equals(SituationModel.shown(chosen)))
                .filter(o -> !o.correction() || chosen.correction())
                .collect(Collectors.toMap(ObservationRow::sourceId, o -> o, (a, b) -> closer(chosen, a, b), LinkedHashMap::new))
                .values().stream().toList();
        Map<String, ObservationRow> byValue = new LinkedHashMap<>();
        others.forEach(o -> byValue.putIfAbsent(SituationModel.shown(o), o));
        String otherValues = byValue.values().stream().map(o -> SituationModel.shown(o) + " " + book.mark(o)).collect(Collectors.joining(", "));
        boolean conflict = !others.isEmpty() && !chosen.correction();
        if (conflict) {
            text.append(". Источники расходятся: ").append(otherValues);
        } else if (!others.isEmpty()) {
            text.append(" (уточнено; ранее сообщалось: ").append(otherValues).append(')');
        }
        if (attribute == Attribute.STATE) {
            quote(chosen).ifPresent(q -> text.append(" — «").append(q).append("»"));
        }
        if (withBefore) {
            known.stream().filter(o -> o.observedAt().isBefore(at.minus(SAME_MOMENT)) && Objects.equals(o.unit(), chosen.unit()))
                    .filter(o -> !SituationModel.shown(o).equals(SituationModel.shown(chosen)) && !byValue.containsKey(SituationModel.shown(o)))
                    .reduce((a, b) -> b)
                    .ifPresent(before -> text.append(". До этого — ").append(SituationModel.shown(before)).append(" (на ")
                            .append(when.at(before.observedAt())).append(") ").append(book.mark(before)));
        }
        return new Reading(text.toString(), (int) moment.stream().map(ObservationRow::sourceId).distinct().count(), conflict);
    }

    /**
     * «сколько было эвакуировано на утро 11 апреля?» naming no place, about an incident whose values are of several places
     * (none of them {@link #dominant}): each place's figure by the moment asked, the most reported places first.
     */
    private Optional<Briefed> byPlace(Frame frame, String question, Attribute attribute, Caller caller) {
        Instant until = frame.moment().until();
        for (IncidentSummary incident : incidentsNamed(frame, question, caller)) {
            var figures = model.incident(incident.id(), caller).figures().stream().filter(f -> f.attribute() == attribute).toList();
            List<ObservationRow> values = figures.stream().flatMap(f -> f.values().stream()).toList();
            Set<String> counted = inUnitAsked(question, people(visible(values, frame))).stream().map(ObservationRow::unit)
                    .filter(Objects::nonNull).collect(Collectors.toSet());
            List<List<ObservationRow>> places = figures.stream()
                    .map(f -> visible(f.values(), frame).stream().filter(o -> counted.isEmpty() || counted.contains(o.unit()))
                            .filter(o -> !o.entityName().isEmpty() && (until == null || !o.observedAt().isAfter(until))).toList())
                    .filter(v -> !v.isEmpty()).map(Briefing::sorted)
                    .sorted(Comparator.<List<ObservationRow>>comparingInt(List::size).reversed()).limit(PLACES).toList();
            if (places.isEmpty()) {
                continue;
            }
            var book = new Book();
            var when = times.reply();
            String head = capitalised(attribute.label()) + " — место в вопросе не названо; по местам, где они есть"
                    + (frame.moment() instanceof Moment.AsOf ? " на " + said(frame.moment(), when) : "") + ":\n";
            List<Reading> readings = places.stream().map(v -> reading(v.getLast().entityName(), v, attribute, book, when, false)).toList();
            String text = head + readings.stream().map(r -> "- " + r.text() + ".").collect(Collectors.joining("\n"));
            return Optional.of(new Briefed(new Answer.Grounded(text, book.cited(), modelled(readings.stream().mapToInt(Reading::sources).sum(),
                    readings.stream().anyMatch(Reading::conflict))), Optional.of(IncidentUsed.of(incident))));
        }
        return Optional.empty();
    }

    /**
     * «когда закрыли мост?»: since when the object has been in that state by the moment asked — the first report of its
     * latest run of that state, quoted — and what it is in now if that changed since.
     */
    private Optional<Answer> since(Frame frame, String state, List<ObservationRow> history) {
        Instant until = frame.moment().until();
        List<ObservationRow> known = until == null ? history : history.stream().filter(o -> !o.observedAt().isAfter(until)).toList();
        int last = -1;
        for (int i = 0; i < known.size(); i++) {
            if (state.equals(known.get(i).state())) {
                last = i;
            }
        }
        if (last < 0) {
            return Optional.empty();
        }
        int first = last;
        while (first > 0 && state.equals(known.get(first - 1).state())) {
            first--;
        }
        ObservationRow from = known.get(first);
        var book = new Book();
        var when = times.reply();
        var text = new StringBuilder(capitalised(from.entityName())).append(": ").append(state).append(" — по сообщению на ")
                .append(when.at(from.observedAt())).append(' ').append(book.mark(from));
        quote(from).ifPresent(q -> text.append(": «").append(q).append("»"));
        Map<String, ObservationRow> otherSources = new LinkedHashMap<>();
        known.subList(first, last + 1).stream().filter(o -> !o.sourceId().equals(from.sourceId()))
                .filter(o -> o.observedAt().isBefore(from.observedAt().plus(Duration.ofHours(24))))
                .forEach(o -> otherSources.putIfAbsent(o.sourceId(), o));
        List<ObservationRow> disagreeing = otherSources.values().stream()
                .filter(o -> !o.observedAt().equals(from.observedAt())).limit(2).toList();
        if (!disagreeing.isEmpty()) {
            text.append(". Источники расходятся во времени: ").append(disagreeing.stream()
                    .map(o -> "«" + o.sourceTitle() + "» — " + when.at(o.observedAt()) + " " + book.mark(o))
                    .collect(Collectors.joining("; ")));
        }
        text.append('.');
        ObservationRow now = known.getLast();
        if (!state.equals(now.state())) {
            text.append(" Позже — ").append(SituationModel.shown(now)).append(" (на ").append(when.at(now.observedAt())).append(") ")
                    .append(book.mark(now)).append('.');
        }
        return Optional.of(new Answer.Grounded(text.toString(), book.cited(), modelled(1 + otherSources.size(), !disagreeing.isEmpty())));
    }

    /**
     * The sentence an observation was read from, to quote: a state often comes with its terms («до 3,5 т»). An event
     * of a log stored before its time was labelled gets the label ({@link EventLine}), its time being the entry's own.
     */
    private Optional<String> quote(ObservationRow o) {
        String excerpt = EventLine.labelled(o.sourceType(), o.excerpt(), o.reportedAt() != null ? o.reportedAt() : o.observedAt(),
                model.zone());
        String sentence = excerpt == null ? "" : NEXT_SENTENCE.split(excerpt.strip(), 2)[0];
        return sentence.length() <= QUOTE && WHOLE_SENTENCE.matcher(sentence).matches()
                ? Optional.of(sentence.substring(0, sentence.length() - 1)) : Optional.empty();
    }

    /**
     * The dated observations of the attribute for the entity named that has most of them (with the entities named like
     * it: «Ольховская дамба» and «дамба у Ольховка»; a place's gauge, whose table has them all, before the place whose
     * reports mention a level now and then); for an event such as a fire, those of its incident first.
     */
    private List<ObservationRow> history(Frame frame, String question, Attribute attribute, Caller caller) {
        boolean total = TOTAL.matcher(question.toLowerCase(Locale.ROOT)).find();
        boolean incident = frame.event().filter(DISCRETE::contains).isPresent();
        List<ObservationRow> found = incident ? fromIncidents(frame, question, attribute, total, caller) : fromEntities(frame, question, attribute, caller);
        List<ObservationRow> history = found.isEmpty()
                ? incident ? fromEntities(frame, question, attribute, caller) : fromIncidents(frame, question, attribute, total, caller) : found;
        List<ObservationRow> counted = people(history);
        boolean generic = !counted.isEmpty() && counted.getFirst().entityKey().endsWith(":");
        return incident || generic ? oneIncident(counted, frame.moment().until()) : counted;
    }

    /** The values counted in people, if there are any: «эвакуировано 312 человек», not «17 домов». */
    private static List<ObservationRow> people(List<ObservationRow> values) {
        List<ObservationRow> people = values.stream().filter(o -> PEOPLE.equals(o.unit())).toList();
        return people.isEmpty() ? values : people;
    }

    /** «сколько домов подтоплено»: the values counted in the unit the question names (houses, not plots), if there are any. */
    private static List<ObservationRow> inUnitAsked(String question, List<ObservationRow> history) {
        String lower = question.toLowerCase(Locale.ROOT);
        for (var named : COUNTED_UNITS.entrySet()) {
            String unit = named.getKey();
            if (named.getValue().matcher(lower).find()) {
                List<ObservationRow> counted = history.stream().filter(o -> o.unit() != null && o.unit().contains(unit)).toList();
                return counted.isEmpty() ? history : counted;
            }
        }
        return history;
    }

    /**
     * Of the values of an event such as a fire or a collapse, those of one incident: the run of values without a gap of
     * {@link #INCIDENT_SLACK} that the moment asked falls in (the latest when none is asked) — a town's collapse in August
     * and its fire in September are not one history; nor are the people of a shelter named only «ПВР» in 2024 and in 2026.
     */
    private static List<ObservationRow> oneIncident(List<ObservationRow> sorted, Instant until) {
        List<ObservationRow> run = new ArrayList<>();
        for (ObservationRow o : sorted) {
            if (until != null && o.observedAt().isAfter(until) && !run.isEmpty()) {
                break;
            }
            if (!run.isEmpty() && o.observedAt().isAfter(run.getLast().observedAt().plus(INCIDENT_SLACK))) {
                run = new ArrayList<>();
            }
            run.add(o);
        }
        return run;
    }

    /**
     * The values of the entity named that has most of them; «в пвр» naming no number means the shelters together («ПВР»),
     * not one numbered shelter that happens to hold more values.
     */
    private List<ObservationRow> fromEntities(Frame frame, String question, Attribute attribute, Caller caller) {
        List<ObservationRow> all = observedOf(frame, caller)
                .stream().filter(o -> o.attribute() == attribute).toList();
        List<ObservationRow> best = List.of();
        Set<String> generic = frame.entities().stream().map(EntityRow::key).filter(k -> k.endsWith(":")).collect(Collectors.toSet());
        for (EntityRow e : frame.entities()) {
            String kind = e.key().substring(0, e.key().lastIndexOf(':') + 1);
            if (generic.contains(kind) && !e.key().equals(kind) && !FrameReader.numberIn(question, FrameReader.tail(e.key()))) {
                continue;
            }
            List<ObservationRow> own = all.stream().filter(o -> sameEntity(e, o.entityKey())).toList();
            if (own.size() > best.size()) {
                best = own;
            }
        }
        return sorted(best);
    }

    /**
     * The attribute's history in the incident asked about: of the entity named, else the one most often reported; of the
     * incidents that fit, the first with a value by the moment asked («на утро 11 апреля»), else the first.
     */
    private List<ObservationRow> fromIncidents(Frame frame, String question, Attribute attribute, boolean total, Caller caller) {
        Instant until = frame.moment().until();
        List<ObservationRow> first = List.of();
        for (IncidentSummary incident : incidentsNamed(frame, question, caller)) {
            var histories = model.incident(incident.id(), caller).figures().stream().filter(f -> f.attribute() == attribute)
                    .map(f -> visible(f.values(), frame)).filter(v -> !v.isEmpty()).toList();
            Optional<List<ObservationRow>> named = histories.stream()
                    .filter(v -> frame.entities().stream().anyMatch(e -> sameEntity(e, v.getFirst().entityKey()))).findFirst();
            boolean objectNamed = frame.entities().stream().anyMatch(e -> e.kind() == MentionKind.OBJECT);
            Optional<List<ObservationRow>> whole = total ? histories.stream().filter(v -> AREA.matcher(v.getFirst().entityKey()).lookingAt())
                    .max(Comparator.comparingInt(List::size)) : Optional.empty();
            Optional<List<ObservationRow>> chosen = objectNamed ? named : named.or(() -> whole).or(() -> dominant(histories));
            if (chosen.isEmpty()) {
                continue;
            }
            List<ObservationRow> history = sorted(chosen.get());
            if (until == null || !history.getFirst().observedAt().isAfter(until)) {
                return history;
            }
            if (first.isEmpty()) {
                first = history;
            }
        }
        return first;
    }

    /** The history that holds most of the values (at least {@value #DOMINANT} of them), if one does: else it is a guess. */
    private static Optional<List<ObservationRow>> dominant(List<List<ObservationRow>> histories) {
        int total = histories.stream().mapToInt(List::size).sum();
        return histories.stream().max(Comparator.comparingInt(List::size)).filter(h -> h.size() >= DOMINANT * total);
    }

    /** The observations of every entity the question names, as visible when it is asked. */
    private List<ObservationRow> observedOf(Frame frame, Caller caller) {
        return visible(model.observations(frame.entities().stream().map(EntityRow::key).toList(), caller), frame);
    }

    /** Observed by the time the question is asked, with a time. */
    private static List<ObservationRow> visible(List<ObservationRow> rows, Frame frame) {
        return rows.stream().filter(o -> o.observedAt() != null && !o.observedAt().isAfter(frame.askedAt()))
                .filter(o -> o.reportedAt() == null || !o.reportedAt().isAfter(frame.askedAt())).toList();
    }

    private static boolean sameEntity(EntityRow named, String key) {
        if (named.key().equals(key)) {
            return true;
        }
        String kind = named.key().substring(0, named.key().lastIndexOf(':') + 1);
        return key.startsWith(kind) && !FrameReader.tail(named.key()).isEmpty()
                && FrameReader.stem(FrameReader.tail(key)).equals(FrameReader.stem(FrameReader.tail(named.key())));
    }

    /**
     * The incidents a question is about: at the place or object it names (of the kind of event it names), the one whose
     * reports share most words with the question first («пожар в одинцовском приюте», not the car burnt there later); else
     * of that kind of event; else those the reports found by its words are of (none, when they are of no incident: the
     * sentences answer); else the one with the latest report — newest first, none reported after the question.
     * {@code question} empty: by place and kind of event only.
     */
    private List<IncidentSummary> incidentsNamed(Frame frame, String question, Caller caller) {
        EventType type = frame.event().orElse(null);
        for (EntityRow e : frame.entities()) {
            if (e.kind().place() || e.kind() == MentionKind.OBJECT) {
                List<IncidentSummary> found = known(DISCRETE.contains(type) ? ofEvent(type, FrameReader.tail(e.key()), 10, caller)
                        : model.incidents(null, null, FrameReader.tail(e.key()), 10, caller), frame);
                if (!found.isEmpty()) {
                    return sharingWords(found, question, caller);
                }
            }
        }
        if (!frame.entities().isEmpty() || !frame.missing().isEmpty() || DISCRETE.contains(type)) {
            return List.of();
        }
        boolean figureNotAsked = !frame.attributes().isEmpty() && !COUNT_ASKED.matcher(question.toLowerCase(Locale.ROOT)).find();
        if (type == null && !question.isBlank() && !figureNotAsked) {
            return foundByWords(frame, question, caller);
        }
        return known(model.incidents(null, type, null, 50, caller), frame).stream()
                .sorted(Comparator.comparing(IncidentSummary::lastReportAt).reversed()).limit(3).toList();
    }

    /** Of incidents at one place, those whose report titles share most words with the question first; else in the order given. */
    private List<IncidentSummary> sharingWords(List<IncidentSummary> incidents, String question, Caller caller) {
        if (incidents.size() < 2 || question.isBlank()) {
            return incidents;
        }
        Set<String> asked = new HashSet<>(analysis.stems(question));
        Map<Long, Long> shared = new HashMap<>();
        for (IncidentSummary i : incidents.subList(0, Math.min(incidents.size(), RANKED_INCIDENTS))) {
            Set<String> told = new HashSet<>(analysis.stems(i.title()));
            model.reports(i.id(), caller).forEach(r -> told.addAll(analysis.stems(r.title() == null ? "" : r.title())));
            shared.put(i.id(), asked.stream().filter(told::contains).count());
        }
        return incidents.stream().sorted(Comparator.comparingLong((IncidentSummary i) -> shared.getOrDefault(i.id(), 0L)).reversed()).toList();
    }

    /**
     * «скока госпитализировали после зефира вкусвилл» names no place the model knows: the incidents of the fragments its
     * words find (by the moment asked), in the order found. Not for a figure the question does not ask for by a count
     * («тело утонувшего достали?» is no question of the dead).
     */
    private List<IncidentSummary> foundByWords(Frame frame, String question, Caller caller) {
        var request = new SearchRequest(question, FOUND_BY_WORDS, caller.clearance(), frame.askedAt(), frame.moment().until(),
                null, null, Set.of(), Set.of());
        List<SearchHit> hits = words.search(request);
        double floor = hits.isEmpty() ? 0 : hits.getFirst().score() * FOUND_SCORE;
        List<String> sources = hits.stream().filter(h -> h.score() >= floor).map(SearchHit::sourceId).distinct().toList();
        Map<String, Set<Long>> of = model.incidentsOf(sources, caller);
        List<Long> ids = sources.stream().flatMap(s -> of.getOrDefault(s, Set.of()).stream()).distinct().limit(RANKED_INCIDENTS).toList();
        return known(ids.stream().map(id -> model.incident(id, caller).summary()).toList(), frame);
    }

    private static List<IncidentSummary> known(List<IncidentSummary> incidents, Frame frame) {
        return incidents.stream().filter(i -> i.firstReportAt() != null && !i.firstReportAt().isAfter(frame.askedAt()))
                .filter(i -> near(i, frame.moment())).toList();
    }

    /** Of two values one source gives for a moment, the one nearer the chosen value (the others are other figures). */
    private static ObservationRow closer(ObservationRow chosen, ObservationRow a, ObservationRow b) {
        if (chosen.value() == null || a.value() == null || b.value() == null) {
            return a;
        }
        return Math.abs(a.value() - chosen.value()) <= Math.abs(b.value() - chosen.value()) ? a : b;
    }

    /** The value most sources give for the moment; of equals, the one reported last. */
    private static ObservationRow mostReported(List<ObservationRow> moment) {
        Map<String, List<ObservationRow>> byValue = moment.stream().collect(Collectors.groupingBy(SituationModel::shown,
                LinkedHashMap::new, Collectors.toList()));
        Optional<ObservationRow> corrected = moment.stream().filter(ObservationRow::correction).reduce((a, b) -> b);
        return corrected.orElseGet(() -> byValue.values().stream()
                .max(Comparator.<List<ObservationRow>>comparingInt(List::size)
                        .thenComparing(l -> l.getLast().reportedAt(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElseThrow().getLast());
    }

    // ---- what is known of an object, and from where

    /** «что с ольховской дамбой?»: the latest of each figure and state of the object named. */
    private Optional<Briefed> state(Frame frame, Caller caller) {
        Optional<EntityRow> object = frame.entities().stream().filter(e -> e.kind() == MentionKind.OBJECT).findFirst();
        if (object.isEmpty()) {
            return Optional.empty();
        }
        List<ObservationRow> rows = sorted(observedOf(frame, caller)
                .stream().filter(o -> sameEntity(object.get(), o.entityKey()))
                .filter(o -> frame.moment().until() == null || !o.observedAt().isAfter(frame.moment().until())).toList());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<Attribute, ObservationRow> latest = new LinkedHashMap<>();
        rows.forEach(o -> latest.put(o.attribute(), o));
        var book = new Book();
        var when = times.reply();
        String lines = latest.values().stream().sorted(Comparator.comparing(ObservationRow::observedAt).reversed()).limit(3)
                .map(o -> o.attribute().label() + " на " + when.at(o.observedAt()) + ": " + SituationModel.shown(o) + " " + book.mark(o))
                .collect(Collectors.joining("; "));
        return Optional.of(withIncident(new Answer.Grounded(capitalised(object.get().name()) + " — " + lines + ".", book.cited(),
                modelled((int) rows.stream().map(ObservationRow::sourceId).distinct().count(), false)), rows, frame, caller));
    }

    /** «откуда данные по дамбе?»: the sources the model read the object's or incident's figures from, newest first. */
    private Optional<Answer> sources(Frame frame, String question, Caller caller) {
        if (frame.entities().isEmpty()) {
            return Optional.empty();
        }
        EntityRow named = frame.entities().getFirst();
        List<ObservationRow> rows = observedOf(frame, caller)
                .stream().filter(o -> frame.attributes().isEmpty() || frame.attributes().contains(o.attribute())).toList();
        Set<Double> figures = NUMBER.matcher(question).results().map(m -> Double.parseDouble(m.group().replace(',', '.')))
                .collect(Collectors.toSet());
        if (!figures.isEmpty()) {
            rows = rows.stream().filter(o -> o.value() != null && figures.contains(o.value())).toList();
        }
        Map<String, ObservationRow> bySource = new LinkedHashMap<>();
        sorted(rows).reversed().forEach(o -> bySource.putIfAbsent(o.sourceId(), o));
        if (bySource.isEmpty()) {
            return Optional.empty();
        }
        var book = new Book();
        var when = times.reply();
        String lines = bySource.values().stream().limit(5)
                .map(o -> "- «" + o.sourceTitle() + "», " + when.at(o.observedAt()) + ": " + o.attribute().label() + " "
                        + SituationModel.shown(o) + " " + book.mark(o))
                .collect(Collectors.joining("\n"));
        return Optional.of(new Answer.Grounded("Источники по «" + named.name() + "»:\n" + lines, book.cited(),
                modelled(bySource.size(), false)));
    }

    // ---- timelines

    private Optional<Briefed> timeline(Frame frame, String question, Caller caller) {
        boolean incident = frame.event().filter(DISCRETE::contains).isPresent();
        if (incident) {
            return reportsTimeline(frame, question, caller);
        }
        Optional<Briefed> atPlace = FrameReader.asksWhatHappened(question, analysis) ? incidentsAtPlace(frame, caller) : Optional.empty();
        if (atPlace.isPresent()) {
            return atPlace;
        }
        List<ObservationRow> rows = observedOf(frame, caller)
                .stream()
                .filter(o -> frame.attributes().isEmpty() || frame.attributes().contains(o.attribute()))
                .filter(o -> inside(o.observedAt(), frame.moment())).toList();
        if (!frame.entities().isEmpty()) {
            EntityRow first = frame.entities().getFirst();
            List<ObservationRow> own = rows.stream().filter(o -> sameEntity(first, o.entityKey())).toList();
            if (own.isEmpty() && first.kind() == MentionKind.OBJECT) {
                return Optional.empty();
            }
            rows = own.isEmpty() ? rows : own;
        }
        if (rows.isEmpty()) {
            boolean object = frame.entities().stream().anyMatch(e -> e.kind() == MentionKind.OBJECT);
            return object ? Optional.empty() : reportsTimeline(frame, question, caller);
        }
        var book = new Book();
        var when = times.reply();
        List<String> lines = new ArrayList<>();
        Map<String, String> lastShown = new LinkedHashMap<>();
        boolean several = rows.stream().map(ObservationRow::entityKey).distinct().count() > 1;
        for (ObservationRow o : sorted(rows)) {
            String key = o.entityKey() + "\u0000" + o.attribute();
            String shown = SituationModel.shown(o);
            if (shown.equals(lastShown.put(key, shown))) {
                continue;
            }
            lines.add("- " + when.at(o.observedAt()) + " — " + (several ? o.entityName() + ", " : "") + o.attribute().label()
                    + ": " + shown + " " + book.mark(o));
        }
        if (lines.size() > TIMELINE_LINES) {
            lines = byDay(sorted(rows), several, book = new Book());
        }
        String title = "Хронология" + (frame.entities().isEmpty() ? "" : " — " + frame.entities().getFirst().name()) + ":";
        return Optional.of(withIncident(new Answer.Grounded(title + "\n" + String.join("\n", lines), book.cited(),
                modelled((int) rows.stream().map(ObservationRow::sourceId).distinct().count(), false)), rows, frame, caller));
    }

    /**
     * «что случилось в подольске»: a place where the base holds incidents days apart (a fire in September, another in
     * November) is answered with them, newest first, each with its latest key figure — not with one timeline mixing them.
     * An object named after the place («предприятие «Подольска»») is the place's name matched, not an object asked about.
     * While an incident there is still reported on, the question is about it: the timeline of the place answers.
     */
    private Optional<Briefed> incidentsAtPlace(Frame frame, Caller caller) {
        Optional<EntityRow> place = frame.entities().stream().filter(e -> NAMED_BY_NAME.contains(e.kind())).findFirst();
        if (frame.event().isPresent() || place.isEmpty() || frame.entities().stream()
                .anyMatch(e -> e.kind() == MentionKind.OBJECT && !FrameReader.tail(e.key()).equals(FrameReader.tail(place.get().key())))) {
            return Optional.empty();
        }
        List<IncidentSummary> there = known(model.incidents(null, null, FrameReader.tail(place.get().key()), PLACE_INCIDENTS * 2, caller), frame)
                .stream().filter(i -> i.lastReportAt() != null).toList();
        boolean ongoing = there.stream().anyMatch(i -> !i.lastReportAt().plus(INCIDENT_SLACK).isBefore(frame.askedAt()));
        if (ongoing || !apart(there)) {
            return Optional.empty();
        }
        var book = new Book();
        List<String> lines = new ArrayList<>();
        for (IncidentSummary incident : there.subList(0, Math.min(PLACE_INCIDENTS, there.size()))) {
            List<ReportRow> reports = model.reports(incident.id(), caller).stream()
                    .filter(r -> r.reportedAt() != null && !r.reportedAt().isAfter(frame.askedAt())).toList();
            if (reports.isEmpty()) {
                continue;
            }
            Map<String, ReportRow> bySource = reports.stream().collect(Collectors.toMap(ReportRow::sourceId, r -> r, (a, b) -> a));
            boolean ofPlace = incident.places().stream().findFirst().filter(place.get().name()::equals).isPresent();
            String figures = incident.figures().stream().filter(f -> f.attribute() != Attribute.STATE && bySource.containsKey(f.sourceId()))
                    .filter(f -> ofPlace || f.entityKey().equals(place.get().key()))
                    .filter(f -> f.observedAt() == null || !f.observedAt().isAfter(frame.askedAt()))
                    .filter(distinct(Figure::attribute)).limit(2)
                    .map(f -> f.attribute().label() + " " + f.value() + " " + book.mark(bySource.get(f.sourceId())))
                    .collect(Collectors.joining(", "));
            String first = day.format(reports.getFirst().reportedAt());
            String last = day.format(reports.getLast().reportedAt());
            lines.add("- " + (first.equals(last) ? first : first + "–" + last) + " — " + incident.title() + " ("
                    + reports.size() + " " + Plural.of(reports.size(), "сообщение", "сообщения", "сообщений") + ")"
                    + (figures.isEmpty() ? ": «" + reports.getLast().title() + "» " + book.mark(reports.getLast()) : ": " + figures));
        }
        if (lines.size() < 2) {
            return Optional.empty();
        }
        String head = place.get().name() + ": в базе " + there.size() + " " + Plural.of(there.size(), "происшествие", "происшествия", "происшествий")
                + (there.size() > lines.size() ? ", последние " + lines.size() : "") + ":";
        long sources = book.cited().stream().map(c -> c.hit().sourceId()).distinct().count();
        return Optional.of(Briefed.of(new Answer.Grounded(head + "\n" + String.join("\n", lines), book.cited(),
                modelled((int) sources, false))));
    }

    /**
     * Whether the incidents fall into periods apart in time: one begins {@link #INCIDENT_SLACK} after all before it ended
     * (a fire in September, another in November) — not the closures, evacuation and outages within one flood.
     */
    private static boolean apart(List<IncidentSummary> incidents) {
        List<IncidentSummary> byStart = incidents.stream().sorted(Comparator.comparing(IncidentSummary::firstReportAt)).toList();
        Instant ended = null;
        for (IncidentSummary i : byStart) {
            if (ended != null && i.firstReportAt().isAfter(ended.plus(INCIDENT_SLACK))) {
                return true;
            }
            ended = ended == null || i.lastReportAt().isAfter(ended) ? i.lastReportAt() : ended;
        }
        return false;
    }

    /**
     * What the sentences answering a question may come from ({@link AnswerScope}): the reports of the incidents at the
     * place it names (of the kind of event it names) and the fragments naming that place — all of them, as one event's
     * reports are not always grouped into one incident. Every fragment when it names no such place.
     */
    public AnswerScope scope(Frame frame, Caller caller) {
        List<String> places = frame.entities().stream().filter(e -> NAMED_BY_NAME.contains(e.kind())).map(EntityRow::name).toList();
        if (places.isEmpty()) {
            return AnswerScope.ANY;
        }
        Set<String> sources = new HashSet<>();
        incidentsNamed(frame, "", caller).stream().limit(PLACE_INCIDENTS)
                .forEach(i -> model.reports(i.id(), caller).forEach(r -> sources.add(r.sourceId())));
        return new AnswerScope(sources, places, frame.subjectInherited());
    }

    /** A long timeline as one line per day and figure: the day's first and last value. */
    private List<String> byDay(List<ObservationRow> rows, boolean several, Book book) {
        Map<String, List<ObservationRow>> days = new LinkedHashMap<>();
        for (ObservationRow o : rows) {
            days.computeIfAbsent(day.format(o.observedAt()) + "\u0000" + o.entityKey() + "\u0000" + o.attribute(), k -> new ArrayList<>()).add(o);
        }
        List<String> lines = new ArrayList<>();
        for (List<ObservationRow> values : days.values()) {
            ObservationRow first = values.getFirst();
            ObservationRow last = values.getLast();
            String change = SituationModel.shown(first).equals(SituationModel.shown(last)) ? SituationModel.shown(last) + " " + book.mark(last)
                    : SituationModel.shown(first) + " " + book.mark(first) + " → " + SituationModel.shown(last) + " " + book.mark(last);
            lines.add("- " + day.format(first.observedAt()) + " — " + (several ? first.entityName() + ", " : "")
                    + first.attribute().label() + ": " + change);
        }
        return lines.size() > TIMELINE_LINES * 2 ? lines.subList(lines.size() - TIMELINE_LINES * 2, lines.size()) : lines;
    }

    private Optional<Briefed> reportsTimeline(Frame frame, String question, Caller caller) {
        List<IncidentSummary> incidents = incidentsNamed(frame, question, caller);
        if (incidents.isEmpty()) {
            return Optional.empty();
        }
        IncidentSummary incident = incidents.getFirst();
        var book = new Book();
        var when = times.reply();
        List<String> lines = new ArrayList<>();
        var card = model.incident(incident.id(), caller);
        List<ReportRow> reports = card.reports().stream().filter(r -> r.duplicateOf() == null)
                .filter(r -> r.reportedAt() != null && !r.reportedAt().isAfter(frame.askedAt())).toList();
        Map<String, List<ObservationRow>> figuresOf = card.figures().stream().filter(f -> f.attribute() != Attribute.STATE)
                .flatMap(f -> visible(f.values(), frame).stream())
                .collect(Collectors.groupingBy(ObservationRow::sourceId, LinkedHashMap::new, Collectors.toList()));
        for (ReportRow r : reports.subList(Math.max(0, reports.size() - TIMELINE_LINES), reports.size())) {
            lines.add("- " + when.at(r.reportedAt()) + " — «" + r.title() + "»" + figuresSaid(figuresOf.getOrDefault(r.sourceId(), List.of()))
                    + " " + book.mark(r));
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        String others = incidents.size() > 1 ? "\nВ базе есть и другие: " + incidents.stream().skip(1).limit(2)
                .map(i -> i.title() + ", " + day.format(i.lastReportAt())).collect(Collectors.joining("; ")) + "." : "";
        return Optional.of(new Briefed(new Answer.Grounded("Хронология — " + incident.title() + ":\n" + String.join("\n", lines) + others,
                book.cited(), modelled(reports.size(), false)), Optional.of(IncidentUsed.of(incident))));
    }

    /** «: спасённых — 14 человек, погибших — 2 человека»: what a report of a timeline counted, when its title may not say it. */
    private static String figuresSaid(List<ObservationRow> figures) {
        List<String> said = figures.stream().filter(distinct(ObservationRow::attribute))
                .limit(REPORT_FIGURES).map(o -> o.attribute().label() + " — " + SituationModel.shown(o)).toList();
        return said.isEmpty() ? "" : ": " + String.join(", ", said);
    }

    private static boolean inside(Instant t, Moment moment) {
        return switch (moment) {
            case Moment.Within w -> !t.isBefore(w.from()) && t.isBefore(w.to());
            case Moment.AsOf a -> !t.isAfter(a.at());
            case Moment.Latest l -> true;
        };
    }

    // ---- summaries

    /** «обстановка на утро 10 апреля кратко»: the summary of the situation at the moment asked, when nothing narrower is asked. */
    private Optional<Briefed> wholeSituation(Frame frame, String question, Caller caller) {
        String said = switch (frame.moment()) {
            case Moment.AsOf a -> a.said();
            case Moment.Within w -> w.said();
            case Moment.Latest l -> null;
        };
        return !frame.namesSomething() && FrameReader.asksWholeSituation(question, said) ? summary(frame, question, caller) : Optional.empty();
    }

    private Optional<Briefed> summary(Frame frame, String question, Caller caller) {
        if (!frame.namesSomething() && frame.event().isEmpty() && FrameReader.asksOfUnknown(question)) {
            return Optional.empty();
        }
        List<IncidentSummary> named = incidentsNamed(frame, frame.namesSomething() ? question : "", caller);
        Optional<IncidentSummary> incident = !named.isEmpty() ? Optional.of(named.getFirst())
                : frame.namesSomething() ? Optional.empty()
                : busiestAt(known(model.incidents(null, null, null, 50, caller), frame), frame.moment().until(), caller);
        if (incident.isEmpty()) {
            return Optional.empty();
        }
        var card = model.incident(incident.get().id(), caller);
        Instant until = frame.moment().until();
        IncidentSummary s = card.summary();
        List<ReportRow> reports = card.reports().stream()
                .filter(r -> r.reportedAt() != null && (until == null || !r.reportedAt().isAfter(until))).toList();
        if (reports.isEmpty()) {
            return Optional.empty();
        }
        var when = times.reply();
        Optional<EntityRow> about = part(frame, s, card.figures());
        String head = "## Сводка" + about.map(e -> " по «" + e.name() + "»").orElse("") + ": " + s.title()
                + (until == null ? "" : ", на " + when.at(until)) + "\nСообщений: " + reports.size()
                + ", с " + when.at(reports.getFirst().reportedAt()) + " по " + when.at(reports.getLast().reportedAt()) + ".";
        var book = new Book();
        List<String> lines = new ArrayList<>();
        List<ObservationRow> latest = new ArrayList<>();
        Map<ObservationRow, ObservationRow> disagreeing = new HashMap<>();
        List<ObservationRow> states = new ArrayList<>();
        for (var figure : card.figures()) {
            List<ObservationRow> values = visible(figure.values(), frame).stream()
                    .filter(o -> until == null || !o.observedAt().isAfter(until))
                    .filter(o -> about.isEmpty() || of(o.entityKey(), o.entityName(), about.get())).toList();
            if (values.isEmpty()) {
                continue;
            }
            if (figure.attribute() == Attribute.STATE) {
                states.add(values.getLast());
            } else {
                latest.add(values.getLast());
                if (!figure.disagreements().isEmpty()) {
                    disagreeing.put(values.getLast(), otherValue(figure, values.getLast()));
                }
            }
        }
        for (ObservationRow o : SummaryFigures.pick(latest, SUMMARY_LINES)) {
            lines.add("- " + (o.entityName().isEmpty() ? "" : o.entityName() + ": ") + o.attribute().label() + " — "
                    + SituationModel.shown(o) + " (на " + when.at(o.observedAt()) + ") " + book.mark(o)
                    + (!disagreeing.containsKey(o) ? "" : ", источники расходятся" + (disagreeing.get(o) == null ? ""
                    : ": также " + SituationModel.shown(disagreeing.get(o)) + " " + book.mark(disagreeing.get(o)))));
        }
        states.stream().filter(o -> !o.entityName().isEmpty()).sorted(Comparator.comparing(ObservationRow::observedAt).reversed())
                .limit(SUMMARY_STATES).forEach(o -> lines.add("- " + o.entityName() + ": " + SituationModel.shown(o) + " (на "
                        + when.at(o.observedAt()) + ") " + book.mark(o) + quote(o).map(q -> " — «" + q + "»").orElse("")));
        if (about.isPresent()) {
            Set<String> sources = reports.stream().map(ReportRow::sourceId).collect(Collectors.toSet());
            List<String> written = writtenAbout(about.get(), sources, frame, caller, book);
            if (!written.isEmpty()) {
                lines.add("Из сообщений о «" + about.get().name() + "»:");
                lines.addAll(written);
            }
        } else if (lines.size() < FEW_FIGURES) {
            List<ReportRow> leads = leads(reports);
            if (!leads.isEmpty()) {
                lines.add("Сообщения:");
                leads.forEach(r -> lines.add("- " + when.at(r.reportedAt()) + " — «" + r.title() + "» " + book.mark(r)));
            }
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Briefed(new Answer.Grounded(head + "\n" + String.join("\n", lines), book.cited(), modelled(reports.size(), false)),
                Optional.of(IncidentUsed.of(s))));
    }

    /** Of a figure the sources disagree on, the latest value of a conflicting pair that is not the one shown; null when none. */
    private static ObservationRow otherValue(FigureHistory figure, ObservationRow shown) {
        Map<Long, ObservationRow> byId = figure.values().stream().collect(Collectors.toMap(ObservationRow::id, o -> o, (a, b) -> a));
        return figure.disagreements().stream().filter(d -> d.kind() == Disagreement.Kind.CONFLICT)
                .flatMap(d -> Stream.of(byId.get(d.first()), byId.get(d.second())))
                .filter(o -> o != null && o.observedAt() != null && !o.observedAt().isAfter(shown.observedAt())
                        && !SituationModel.shown(o).equals(SituationModel.shown(shown)))
                .max(Comparator.comparing(ObservationRow::observedAt)).orElse(null);
    }

    /**
     * The place or object a summary is asked of when it is a part of the incident («доложи по ольховке» in a flood of
     * many villages): its figures and states are the summary, not the whole incident's. None when the incident is named
     * after it, or the model holds no figure of it.
     */
    private static Optional<EntityRow> part(Frame frame, IncidentSummary incident, List<FigureHistory> figures) {
        return frame.entities().stream().filter(e -> e.kind().place() || e.kind() == MentionKind.OBJECT).findFirst()
                .filter(e -> !of("", incident.title(), e))
                .filter(e -> figures.stream().anyMatch(f -> of(f.entityKey(), f.entityName(), e)));
    }

    /** Whether an entity is the one named or a thing named after it (the gauge, dam and substation of Ольховка). */
    private static boolean of(String key, String name, EntityRow named) {
        String stem = FrameReader.stem(FrameReader.tail(named.key()).toLowerCase(Locale.ROOT));
        return key.toLowerCase(Locale.ROOT).contains(stem) || name.toLowerCase(Locale.ROOT).contains(stem);
    }

    /**
     * What the sources say of a place or object a summary is asked of, beyond its figures: the sentences naming it, of
     * the fragments observed by the moment asked, newest first.
     */
    private List<String> writtenAbout(EntityRow named, Set<String> sources, Frame frame, Caller caller, Book book) {
        String stem = FrameReader.stem(FrameReader.tail(named.key()).toLowerCase(Locale.ROOT).replace('ё', 'е'));
        Pattern naming = Pattern.compile("(?<!\\p{L})" + Pattern.quote(stem));
        var request = new SearchRequest(named.name(), WRITTEN_ABOUT_HITS, caller.clearance(), frame.askedAt(), frame.moment().until(),
                null, null, Set.of(), Set.of());
        List<SearchHit> hits = words.search(request).stream().filter(hit -> sources.contains(hit.sourceId()))
                .sorted(Comparator.comparing(SearchHit::observedAt, Comparator.nullsLast(Comparator.reverseOrder()))).toList();
        var when = times.reply();
        Set<String> seen = new HashSet<>();
        List<String> lines = new ArrayList<>();
        for (SearchHit hit : hits) {
            for (String sentence : Sentences.split(hit.text())) {
                String plain = sentence.strip();
                if (lines.size() < WRITTEN_ABOUT && plain.length() <= QUOTE && WHOLE_SENTENCE.matcher(plain).matches()
                        && naming.matcher(plain.toLowerCase(Locale.ROOT).replace('ё', 'е')).find() && seen.add(plain)) {
                    boolean dated = hit.observedAt() != null && !DATED.matcher(plain).lookingAt();
                    lines.add("- " + (dated ? when.at(hit.observedAt()) + " — " : "") + plain + " " + book.mark(hit));
                }
            }
        }
        return lines;
    }

    /** The reports a summary with few figures tells of: the first and the latest, no duplicates, in time order. */
    private static List<ReportRow> leads(List<ReportRow> reports) {
        List<ReportRow> own = new ArrayList<>();
        Set<String> titles = new HashSet<>();
        for (ReportRow r : reports) {
            if (r.duplicateOf() == null && r.title() != null && HEADLINE.matcher(r.title().strip()).find()
                    && titles.add(r.title().strip().toLowerCase(Locale.ROOT))) {
                own.add(r);
            }
        }
        if (own.size() <= LEADS) {
            return own;
        }
        List<ReportRow> picked = new ArrayList<>(own.subList(own.size() - (LEADS - 1), own.size()));
        picked.addFirst(own.getFirst());
        return picked;
    }

    /**
     * The incident a summary naming none is of: the latest active one; at a moment asked, of the latest few, the one with
     * most reports by then (on the morning of 10.04 the flood, not the evacuation that began that afternoon). Counts its
     * reports, not its card: the card is loaded once, for the one chosen.
     */
    private Optional<IncidentSummary> busiestAt(List<IncidentSummary> incidents, Instant until, Caller caller) {
        List<IncidentSummary> latest = incidents.stream()
                .sorted(Comparator.comparing(IncidentSummary::lastReportAt).thenComparingInt(IncidentSummary::reports).reversed())
                .limit(until == null ? 1 : 5).toList();
        if (until == null) {
            return latest.stream().findFirst();
        }
        return latest.stream().max(Comparator.comparingLong(i -> model.reports(i.id(), caller).stream()
                .filter(r -> r.reportedAt() != null && !r.reportedAt().isAfter(until)).count()));
    }

    // ---- helpers

    private String subject(List<ObservationRow> history, Attribute attribute) {
        String entity = history.getLast().entityName();
        return attribute.labelOf(entity);
    }

    private static String said(Moment moment, ReplyTimes.Reply when) {
        return switch (moment) {
            case Moment.AsOf a -> when.at(a.at());
            case Moment.Within w -> w.said();
            case Moment.Latest l -> "сейчас";
        };
    }

    private static Instant start(Moment moment) {
        return moment instanceof Moment.Within w ? w.from() : moment.until();
    }

    private static List<ObservationRow> sorted(List<ObservationRow> rows) {
        return rows.stream().sorted(Comparator.comparing(ObservationRow::observedAt)
                .thenComparing(ObservationRow::reportedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(ObservationRow::id)).toList();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The sources and conflict of an answer read from the model; its coverage of the question is {@link #measured}. */
    private static Evidence modelled(int sources, boolean conflict) {
        return new Evidence(1, 1, 0, 0, sources, conflict, true);
    }
}
