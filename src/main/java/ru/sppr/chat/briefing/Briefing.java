package ru.sppr.chat.briefing;

import static ru.sppr.chat.briefing.Modelled.NAMED_BY_NAME;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sppr.chat.answer.Answer;
import ru.sppr.chat.answer.Evidence;
import ru.sppr.chat.answer.ReplyTimes;
import ru.sppr.chat.intent.Intent;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;
import ru.sppr.chat.knowledge.search.KnowledgeSearch;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.situation.MentionKind;
import ru.sppr.chat.situation.ShiftDigest;
import ru.sppr.chat.situation.SituationModel;
import ru.sppr.chat.situation.SituationStore.EntityRow;
import ru.sppr.chat.user.Caller;

/**
 * Answers from the situation model when the question is about something it models: a figure or state of an entity as
 * of the moment asked (with the value before it and the sources that disagree), a timeline of an object or incident, a
 * summary of an incident — or, when the place, object or moment asked about is not in the base, says so and what the
 * base has instead. Empty when the model has nothing to say; the sentence composer answers then. The facade of the
 * parts that do it, wired here: {@link Handover}, {@link Absences}, {@link Incidents}, {@link Histories},
 * {@link Figures}, {@link StateAndSources}, {@link Timelines}, {@link Summaries}, {@link DocumentDigests},
 * {@link Weather} and {@link Attributions}; {@link AskedWords} keeps a model answer only when it speaks of every word asked.
 */
public final class Briefing {
    private static final Logger LOG = LoggerFactory.getLogger(Briefing.class);
    /** Intents whose model answer is a figure, a state or a timeline of a thing: it must speak of every word asked. */
    private static final Set<Intent> OF_THINGS = EnumSet.of(Intent.GENERAL_QUERY, Intent.STATUS_CHECK, Intent.TIMELINE);
    /** Intents whose answer is about what the question names (not about the answer before it, or a term). */
    private static final Set<Intent> ABOUT_A_PLACE = EnumSet.of(Intent.GENERAL_QUERY, Intent.STATUS_CHECK, Intent.TIMELINE, Intent.REPORT);

    /**
     * A question of at most so many words naming only a kind of event asks of the incident before; a longer one names more
     * in words the model does not read as a place («сталинская высотка на садовой-спасской горела, итоговая площадь какая»).
     */
    private static final int KIND_ONLY_WORDS = 4;
    /** A question naming more objects than this is not about one document's object ({@link #documentsHeadedBy}). */
    private static final int HEADED_OBJECTS = 2;
    /** The mentions of an object read to find the documents it heads. */
    private static final int OPENINGS_READ = 300;

    private final SituationModel model;
    private final FrameReader frames;
    private final DateTimeFormatter day;
    private final TermAnalysis analysis;
    private final Handover handover;
    private final Absences absences;
    private final Incidents incidents;
    private final Figures figures;
    private final StateAndSources stateAndSources;
    private final Timelines timelines;
    private final Summaries summaries;
    private final AskedWords askedWords;
    private final DocumentDigests digests;
    private final Weather weather;
    private final Attributions attributions;
    private final Chronicle chronicle;
    private final FireStates fireStates;
    private final DeedsAsked deeds;
    private final HostedObjects hosted;

    public Briefing(SituationModel model, KnowledgeSearch words, Documents documents, ShiftDigest digest, TermAnalysis analysis) {
        this.model = Objects.requireNonNull(model, "model");
        Objects.requireNonNull(digest, "digest");
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(words, "words");
        this.frames = new FrameReader(model, words, analysis);
        var times = new ReplyTimes("HH:mm dd.MM.yyyy", model.zone());
        this.day = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(model.zone());
        this.handover = new Handover(digest, times, model.zone());
        this.incidents = new Incidents(model, words, analysis);
        this.absences = new Absences(model, words, times, day, incidents);
        var histories = new Histories(model, incidents);
        this.figures = new Figures(model, times, incidents, histories);
        this.stateAndSources = new StateAndSources(times, incidents, histories);
        this.askedWords = new AskedWords(incidents, analysis, model::verb, words);
        this.deeds = new DeedsAsked(model::deed);
        this.timelines = new Timelines(model, analysis, times, day, incidents, histories,
                new ReportDetails(Objects.requireNonNull(documents, "documents"), analysis), new LoggedEvents(words, analysis), askedWords,
                new ActorTimelines(model, analysis, times, day));
        this.summaries = new Summaries(model, words, times, incidents, figures);
        this.digests = new DocumentDigests(documents, analysis, times, model.zone());
        this.weather = new Weather(words, times, model.zone());
        this.attributions = new Attributions(words, documents, analysis, times, model.zone());
        this.chronicle = new Chronicle(model, words, times, day, askedWords);
        this.fireStates = new FireStates(model, incidents, documents, times);
        this.hosted = new HostedObjects(model);
    }

    /** The question with an object named by its host given its number: «пвр в школе 2» → «ПВР № 1 в школе 2» ({@link HostedObjects}). */
    public String withHostedNumbers(String question, Caller caller) {
        return hosted.withNumbers(question, caller);
    }

    /**
     * Whether a follow-up asks the chronicle of another period: the answer before it was a chronicle («чё было 12го по
     * порядку» — «а 13-го?») and it names nothing but a period — or only the kind of event the chronicle before was of
     * («какие пожары были 28 ноября» — «а 29-го?»).
     */
    public static boolean continuesChronicle(Frame frame, boolean followUp, String answerBefore) {
        boolean namesNothingNew = !frame.namesSomething()
                || frame.inherited() && frame.entities().isEmpty() && frame.missing().isEmpty() && frame.unknown().isEmpty();
        return followUp && answerBefore != null && answerBefore.startsWith(Chronicle.TITLE) && namesNothingNew
                && frame.moment() instanceof Moment.Within;
    }

    /** Whether a question names a place, object, incident or kind of event of its own («сколько погибших?» does not). */
    public boolean namesSomething(String question, Instant askedAt, Caller caller) {
        return frames.read(question, askedAt.atZone(model.zone()), caller).namesSomething();
    }

    /**
     * What a question is about, in its dialogue: {@code earlier} are the questions asked before it in the session, oldest
     * first, only made when needed; {@code followUp} whether it points back at them, {@code followsUp} whether an earlier
     * one did. A follow-up takes its focus from the latest earlier question that names something — as that one was read
     * in its own dialogue when it was a follow-up asking nothing of its own (the third turn of «сколько сил было на 20:00
     * 12 апреля» — «а мчс из них?» — «а на утро 12го?» is still about the forces); one that names a thing of its own
     * («а мчс из них?») also from one that only asked a figure («сколько сил было на 20:00 12 апреля»).
     */
    public Frame read(String question, Supplier<List<String>> earlier, boolean followUp, Predicate<String> followsUp, Instant askedAt,
                      Caller caller) {
        var at = askedAt.atZone(model.zone());
        Frame own = incidents.onItsDay(frames.read(question, at, caller), caller);
        LOG.debug("Frame of «{}»: {}", question, own);
        boolean sameKindAsked = !followUp && own.namesOnlyAKindOfEvent() && question.strip().split("\\s+").length <= KIND_ONLY_WORDS;
        if (own.namesSomething() && !followUp && !sameKindAsked) {
            return own;
        }
        List<String> asked = earlier.get();
        for (int i = asked.size() - 1; i >= 0; i--) {
            String before = asked.get(i);
            Frame then = frames.read(before, at, caller);
            if (sameKindAsked && !ofTheIncidentBefore(own, then)) {
                if (then.namesSomething() && !ofTheSameKind(own, then)) {
                    return own;
                }
                continue;
            }
            if (then.namesSomething() && then.attributes().isEmpty() && then.unmodelled().isEmpty() && i > 0 && followsUp.test(before)) {
                List<String> older = asked.subList(0, i);
                then = read(before, () -> older, true, followsUp, askedAt, caller);
            }
            if (then.namesSomething() || own.namesSomething() && !then.attributes().isEmpty()) {
                Instant focus = then.moment().until();
                Frame anchored = then.moment().stated() && focus != null
                        ? own.at(frames.moment(question, at, focus.atZone(model.zone()))) : own;
                Frame carried = Focus.carry(anchored, then, followUp, askedWords.asksOwn(question, own));
                LOG.debug("Frame of «{}» after «{}»: {}", question, before, carried);
                return carried;
            }
        }
        return own;
    }

    /**
     * Whether a question of at most {@value #KIND_ONLY_WORDS} words naming only a kind of event («скока машин
     * столкнулось?») asks of the incident the question before it named: that one named a place or thing and an event of
     * the same kind («дтп на краснопресненской набережной что там»). Else it asks of every event of that kind.
     */
    private static boolean ofTheIncidentBefore(Frame own, Frame before) {
        return !before.entities().isEmpty() && before.event().filter(e -> Incidents.sameEvent(own.event().orElseThrow(), e)).isPresent();
    }

    /** Whether an earlier question named only the same kind of event («скока пострадало при пожаре?»): the incident is further back. */
    private static boolean ofTheSameKind(Frame own, Frame before) {
        return before.namesOnlyAKindOfEvent() && Incidents.sameEvent(own.event().orElseThrow(), before.event().orElseThrow());
    }

    /**
     * The answer itself when it is about what was asked; else a plain "not in the base" saying what is missing: a place
     * the base lacks, a quantity or a cause the answer does not give, a day it does not speak of, a figure it does not
     * name, another object than the one named — and, for a count of people no claim gives, the counts the sources do
     * give by then ({@link Figures#otherPeople}). «Откуда данные?» is about the answer before it, and is kept. A refusal
     * names the figure missing when a count is asked or the base knows the thing asked («…(пострадавших) по «Сахалин»»);
     * else it stays the composer's, which asks to rephrase («какой уровень воды у моста?» of an empty base).
     */
    public Answer keepAbout(Frame frame, String question, Intent intent, Answer answer, Caller caller) {
        if (answer instanceof Answer.NoEvidence && !frame.unknown().isEmpty()) {
            return new Answer.NoEvidence(Absences.noneAbout(frame.unknown().getFirst()));
        }
        if (answer instanceof Answer.NoEvidence) {
            return absences.placeMissing(frame, question, true, "", Optional.empty(), caller).or(() -> Absences.measureMissing(frame, question))
                    .or(() -> frame.entities().isEmpty() && !Modelled.COUNT_ASKED.matcher(question.toLowerCase(Locale.ROOT)).find()
                            ? Optional.empty() : Absences.figureMissing(frame, question, ""))
                    .<Answer>map(Answer.NoEvidence::new).orElse(answer);
        }
        if (!(answer instanceof Answer.Grounded grounded) || intent == Intent.JUSTIFY_ANSWER) {
            return answer;
        }
        String said = grounded.text().toLowerCase(Locale.ROOT).replace('ё', 'е');
        String read = said + "\n" + Absences.cited(grounded);
        Optional<String> aside = Absences.unmodelledMissing(frame, question, said)
                .or(() -> absences.measuredOfAnother(frame, question, said, caller))
                .or(() -> Absences.placeMissing(frame, read))
                .or(() -> Absences.personNotSpokenOf(frame, question, read))
                .or(() -> ABOUT_A_PLACE.contains(intent) ? absences.townMissing(frame, grounded) : Optional.empty())
                .or(() -> absences.dayAsked(frame.moment()).filter(d -> !FrameReader.asksLastCase(question) && !absences.speaksOfDay(grounded, d))
                        .map(d -> "На " + day.format(d) + " сведений по вопросу в базе нет."))
                .or(() -> Absences.yearMissing(question, said))
                .or(() -> intent == Intent.EXPLAIN_TERMS ? Optional.empty() : Absences.eventMissing(frame, read));
        Optional<String> figure = aside.isPresent() ? Optional.empty()
                : Absences.figureMissing(frame, question, intent == Intent.REQUEST_SOURCES ? read : said);
        if (figure.isPresent()) {
            LOG.debug("Answer withheld ({}): {}", figure.get(), grounded.text());
            return figures.otherPeople(frame, question, caller).orElseGet(() -> new Answer.NoEvidence(figure.get()));
        }
        Optional<String> missing = aside
                .or(() -> Absences.personMissing(question, grounded.text()))
                .or(() -> deeds.missing(question, grounded.text(), grounded.citations().stream().allMatch(c -> c.hit().observedAt() != null)))
                .or(() -> absences.answeredElsewhere(frame, question, grounded, caller))
                .or(() -> intent == Intent.EXPLAIN_TERMS ? Optional.empty() : Absences.objectMissing(frame, question, read))
                .or(() -> ABOUT_A_PLACE.contains(intent) ? absences.placeMissing(frame, question, intent != Intent.TIMELINE && intent != Intent.REPORT,
                        Absences.leadAsWritten(grounded), Absences.leadSource(grounded), caller) : Optional.empty());
        missing.ifPresent(reason -> LOG.debug("Answer withheld ({}): {}", reason, grounded.text()));
        return missing.<Answer>map(Answer.NoEvidence::new).orElse(answer);
    }

    /**
     * The answer the model gives to a question of this intent, if it has one, with the incident it was read from: the
     * one a summary or a timeline of reports is made of, or the one the values of a figure, state or timeline belong to
     * ({@link SituationModel#incidentHolding}).
     */
    public Optional<Briefed> answer(Frame frame, String question, Intent intent, Caller caller) {
        if (Handover.asked(question)) {
            return Optional.of(Briefed.of(handover.answer(frame, question, caller)));
        }
        Optional<Answer> absent = absences.notInBase(frame, question, caller);
        if (absent.isPresent()) {
            return absent.map(Briefed::of);
        }
        if (frame.entities().isEmpty() && !frame.unknown().isEmpty()) {
            return Optional.empty();
        }
        if (chronicle.asked(frame, question, intent)) {
            return Optional.of(Briefed.of(chronicle.of(frame, question, caller)));
        }
        Optional<Answer> digest = digests.digest(frame, question, caller).or(() -> weather.weather(frame, question, caller))
                .or(() -> attributions.attribution(frame, question, caller));
        if (digest.isPresent()) {
            return digest.map(Briefed::of);
        }
        Optional<Briefed> fire = intent == Intent.STATUS_CHECK || intent == Intent.GENERAL_QUERY
                ? fireStates.latest(frame, question, caller) : Optional.empty();
        Optional<Briefed> answer = fire.isPresent() ? fire : switch (intent) {
            case TIMELINE -> frame.unmodelled().isPresent() ? Optional.empty() : timelines.timeline(frame, question, caller);
            case REPORT -> summaries.summary(frame, question, caller);
            case REQUEST_SOURCES -> stateAndSources.sources(frame, question, caller).map(Briefed::of);
            case GENERAL_QUERY, STATUS_CHECK -> frame.unmodelled().filter(FrameReader::isMark).isPresent()
                    ? figures.mark(frame, question, frame.unmodelled().get(), caller)
                    : frame.unmodelled().isPresent() || FrameReader.asksWhoOrWhere(question) ? Optional.empty()
                    : !frame.attributes().isEmpty() ? figures.figure(frame, question, caller)
                    : FrameReader.asksOverview(question) ? stateAndSources.state(frame, caller).or(() -> summaries.wholeSituation(frame, question, caller))
                    : frame.inherited() && frame.moment().stated() ? stateAndSources.state(frame, caller)
                    : Optional.empty();
            default -> Optional.empty();
        };
        return answer.filter(b -> frame.subjectInherited() ? askedWords.followUpCovered(question, b.answer(), frame)
                        : intent == Intent.REPORT ? askedWords.summaryCovered(question, b, frame, caller)
                        : !OF_THINGS.contains(intent) || askedWords.covered(question, b, frame, caller))
                .map(b -> b.answer() instanceof Answer.Grounded g ? new Briefed(measured(question, g), b.incident()) : b);
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
     * What the sentences answering a question may come from ({@link AnswerScope}): the reports of the incidents at the
     * place it names (of the kind of event it names) and the fragments naming that place — all of them, as one event's
     * reports are not always grouped into one incident. Every fragment when it names no such place.
     */
    public AnswerScope scope(Frame frame, Caller caller) {
        List<String> places = frame.entities().stream().filter(e -> NAMED_BY_NAME.contains(e.kind())).map(EntityRow::name).toList();
        if (places.isEmpty()) {
            return AnswerScope.ANY;
        }
        Set<String> sources = new HashSet<>(incidents.reportSourcesNamed(frame, caller));
        sources.addAll(documentsHeadedBy(frame, caller));
        return new AnswerScope(sources, places, frame.subjectInherited());
    }

    /**
     * The documents whose opening names the object asked of («Справка о работе ПВР № 1», «Акт обследования низководного
     * моста»): each of their lines is about it, though few name it again. Only for one or two named objects, not a kind.
     */
    private Set<String> documentsHeadedBy(Frame frame, Caller caller) {
        List<EntityRow> objects = frame.entities().stream()
                .filter(e -> e.kind() == MentionKind.OBJECT && !FrameReader.tail(e.key()).isEmpty()).toList();
        if (objects.isEmpty() || objects.size() > HEADED_OBJECTS) {
            return Set.of();
        }
        Set<String> documents = new HashSet<>();
        objects.forEach(o -> model.mentionsOf(o.key(), OPENINGS_READ, caller).stream()
                .filter(m -> m.ordinal() == 0 && m.sourceType() == SourceType.DOCUMENT).forEach(m -> documents.add(m.sourceId())));
        return documents;
    }

    /**
     * What the confidence model is told about an answer read from the model: how much of the question its text and the
     * fragments it cites cover (an answer about the gauge to a question about cattle covers little), its sources, a conflict.
     */
    private Answer.Grounded measured(String question, Answer.Grounded answer) {
        List<String> asked = analysis.stems(AskedWords.withoutMoment(question.toLowerCase(Locale.ROOT)));
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
}
