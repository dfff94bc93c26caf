package ru.sppr.chat.dialog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ru.sppr.chat.answer.Answer;
import ru.sppr.chat.answer.AnswerComposer;
import ru.sppr.chat.answer.ConfidenceModel;
import ru.sppr.chat.answer.Evidence;
import ru.sppr.chat.answer.ExtractiveComposer;
import ru.sppr.chat.answer.FireState;
import ru.sppr.chat.answer.Joined;
import ru.sppr.chat.answer.Language;
import ru.sppr.chat.answer.NumberedObjects;
import ru.sppr.chat.answer.Prior;
import ru.sppr.chat.answer.Request;
import ru.sppr.chat.answer.Words;
import ru.sppr.chat.briefing.AnswerScope;
import ru.sppr.chat.briefing.Briefed;
import ru.sppr.chat.briefing.Briefing;
import ru.sppr.chat.briefing.IncidentUsed;
import ru.sppr.chat.briefing.Frame;
import ru.sppr.chat.briefing.FrameReader;
import ru.sppr.chat.briefing.Moment;
import ru.sppr.chat.feedback.SourceReputation;
import ru.sppr.chat.intent.Intent;
import ru.sppr.chat.intent.IntentClassifier;
import ru.sppr.chat.intent.IntentPrediction;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;
import ru.sppr.chat.knowledge.search.KnowledgeSearch;
import ru.sppr.chat.knowledge.search.SearchHit;
import ru.sppr.chat.knowledge.search.SearchRequest;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.session.AnswerDraft;
import ru.sppr.chat.session.AnswerLink;
import ru.sppr.chat.session.ChatSession;
import ru.sppr.chat.session.Exchange;
import ru.sppr.chat.session.SessionStore;
import ru.sppr.chat.session.Sessions;
import ru.sppr.chat.session.Turn;
import ru.sppr.chat.session.TurnRole;
import ru.sppr.chat.suggestion.Suggestion;
import ru.sppr.chat.suggestion.SuggestionKind;
import ru.sppr.chat.suggestion.SuggestionPolicy;
import ru.sppr.chat.suggestion.SuggestionQueue;
import ru.sppr.chat.user.Caller;

/**
 * One turn, read top to bottom like the diagram: check the session → resolve the question in the dialogue
 * context → classify the intent → read what it is about from the situation model and answer from the model when it
 * can (a figure as of a moment, a timeline, a summary, "not in the base") → otherwise retrieve with the caller's clearance (sources rated down rank lower) → compose →
 * estimate confidence →
 * choose suggestions → record question, answer, citations, suggestions and audit in one transaction.
 */
public final class DialogTurn {
    private static final int CONTEXT_TURNS = 6;
    /** «итоговую справку по половодью кто подписал»: a person asked of a summary, not the summary. */
    private static final Pattern WHO_ASKED = Pattern.compile("(?<!\\p{L})(?:кто|кем|who)(?!\\p{L})");
    /** How long after the moment asked a cause asked of it may be reported ({@link #knownBy}). */
    private static final Duration CAUSE_TOLD_WITHIN = Duration.ofDays(7);
    /** How long before a day asked a report may tell of it: a post at 23:50 of the night's fire ({@link #toldFrom}). */
    private static final Duration TOLD_BEFORE_PERIOD = Duration.ofHours(12);
    /**
     * How long before a moment asked («к утру 14го», «на 20:00 13.04») a report may tell the state at it: that day's and the
     * evening's before, as сводки come at 08:00 and 20:00 ({@link #toldFrom}).
     */
    private static final Duration TOLD_BEFORE_MOMENT = Duration.ofHours(36);
    /** A day in the words of a moment: «23 июля», «12го», «11.04» — not «ночью», «в прошлом году», «в начале ноября». */
    private static final Pattern DAY_SAID = Pattern.compile("\\d");
    /**
     * How much higher a report made at the moment asked ranks ({@link #madeAtTheMomentFirst}), and how long before it it may
     * be made: the сводка of 08:00 9-го tells «на 08:00 9го» better than the one of the evening before.
     */
    private static final double MADE_AT_MOMENT = 2;
    private static final Duration AT_MOMENT = Duration.ofHours(2);
    /** How much higher a fragment that gives a cause ranks for a cause asked ({@link #causesFirst}). */
    private static final double CAUSE_GIVEN = 2;
    /**
     * How many times more fragments are read when the question names a numbered object («ан-2», «пвр 3»): those of others
     * of its kind («Ан-148», «Ан-26») are dropped, and they can be most of what is found.
     */
    private static final int NUMBERED_WIDER = 3;
    /** Fragments searched when the answer must come from what is known of the place asked about. */
    private static final int IN_SCOPE = 50;
    /** A word naming a place that fewer fragments have is searched by the place's name in the base instead («екб»). */
    private static final int RARE_NAME_FRAGMENTS = 3;
    /**
     * Words that ask for an answer's grounds («почему ты так решил», «обоснуй», «с чего такой вывод», «откуда уверенность»):
     * without one, «а виновник?» asks who was to blame, not why the answer said so.
     */
    private static final Pattern GROUNDS_ASKED = Pattern.compile("(?<!\\p{L})(?:почему|поч|зачем|обоснуй\\p{L}*|обоснова\\p{L}*|основани\\p{L}*|"
            + "откуда|с\\s+чего|вывод\\p{L}*|аргумент\\p{L}*|докажи|уверен\\p{L}*|подтвержда\\p{L}*|поясни|объясни|логик\\p{L}*|"
            + "вычислил\\p{L}*|причин\\p{L}*|обусловлен\\p{L}*|следует|рассуждени\\p{L}*|why|justify|reason\\p{L}*|evidence|sure|prove|explain)(?!\\p{L})");
    /**
     * «откуда летел?», «откуда их вывезли»: «откуда» before a verb of going or taking asks a place, not the grounds or the
     * sources of an answer.
     */
    private static final Pattern ORIGIN_ASKED = Pattern.compile("(?<!\\p{L})откуда(?:\\s+\\p{L}+)?\\s+(?:летел\\p{L}*|вылет\\p{L}*|"
            + "ехал\\p{L}*|выехал\\p{L}*|шел|шла|шли|следовал\\p{L}*|прибыл\\p{L}*|направлял\\p{L}*|плыл\\p{L}*|"
            + "вышел|вышла|вышли|отправ\\p{L}*|вывез\\p{L}*|вывоз\\p{L}*|эвакуир\\p{L}*|доставл\\p{L}*|привез\\p{L}*|родом|был[аи]?)(?!\\p{L})");
    /** Words a request for sources names them by. */
    private static final Pattern SOURCES_NAMED = Pattern.compile("(?<!\\p{L})(?:откуда|где\\s+(?:это\\s+)?(?:написано|сказано|взято|лежат?)|"
            + "(?:перво)?источник|документ|доки|док|материал|протокол|ссылк|ссылал|донесени|сводк|видео|фото|снимк|приказ|распоряжени|"
            + "постановлени|решени|журнал|телефонограм|файл|запис|акт|справк|отч[её]т|доклад|сообщени|публикаци|новост|стать|"
            + "source|document|doc|file|photo|video|footage|record|reference|report|cite|link|where\\s+from)");
    /**
     * «кто сообщил о падении опоры», «кто первым дал число погибших», «кто писал что арбенина не пострадала», «откуда инфа
     * что продукты довезли», «кто прогнозировал, что запас будет 25–45 см», «who reported …»: the sources of a claim are asked for — by a question that starts so («в
     * каком году Доктор Кто заявил …» asks a year; «откуда» alone asks a place).
     */
    private static final Pattern REPORTED_BY = Pattern.compile("^\\s*(?:(?:а|и|ну|and)\\s+)?(?:кто\\s+(?:первым\\s+|первый\\s+)?(?:сообщ\\p{L}*|сказал\\p{L}*|"
            + "заявил\\p{L}*|передал\\p{L}*|написал\\p{L}*|писал\\p{L}*|пишет|пишут|опубликовал\\p{L}*|дал\\p{L}*|говорил\\p{L}*|рассказ\\p{L}*|"
            + "(?:прогнозир|предсказ|предупре)\\p{L}*,?\\s+(?:что|о\\s+том))|"
            + "откуда\\s+(?:(?:эта\\s+|такая\\s+)?(?:информаци\\p{L}*|данные|сведения|известно|знаем|взяли|взято)\\s*,?\\s*)?(?:что|о\\s+том)|"
            + "who\\s+(?:first\\s+)?(?:reported|said|stated|announced|wrote))(?!\\p{L})");
    /** «откуда данные?», «а источник?», «где это написано?»: where from, and nothing else. */
    private static final Pattern WHERE_FROM_ONLY = Pattern.compile("(?:(?:а|и|откуда|где|это|эти|такие|такая|данные|инфа|информация|"
            + "сведения|цифры|цифра|взято|взяты|написано|сказано|источник|источники|какой|какие|ссылка|ссылки|пруф|из|каких|"
            + "документа|документов|по|на|основании|чего|чем|основан|основано)[\\s?!.,]*)+");
    /** «итоги половодья», «подведи итоги», «чем всё закончилось»: the summary of an incident is asked for. */
    private static final Pattern OUTCOME_ASKED = Pattern.compile("(?<!\\p{L})(?:итог\\p{L}*|чем\\s+(?:вс[её]\\s+)?(?:закончил\\p{L}*|кончил\\p{L}*))(?!\\p{L})");
    /** «доложи по вечеру 11го вкратце», «что было по сводке на 8 утра, в двух словах»: a summary asked in so many words. */
    private static final Pattern BRIEFLY = Pattern.compile("(?<!\\p{L})(?:вкратце|кратко|коротко|в\\s+двух\\s+(?:словах|строках)|briefly|in\\s+short)(?!\\p{L})");
    /** «сколько погибло … итог»: the final figure, not a summary. */
    private static final Pattern FIGURE_ASKED = Pattern.compile("(?<!\\p{L})(?:сколько|скока|скок|how\\s+many|how\\s+much)(?!\\p{L})");
    /** «хронология», «по порядку»: a timeline asked in so many words — «из-за чего загорелось» asks a cause instead. */
    private static final Pattern TIMELINE_ASKED = Pattern.compile("хронолог|по\\s+порядку|как\\s+развива|по\\s+час|timeline|chronolog");
    /** «как менялась по дням», «в динамике»: a figure's course over time, asked even with a count («скока единиц»). */
    private static final Pattern COURSE_ASKED = Pattern.compile("(?<!\\p{L})(?:по\\s+дням|по\\s+суткам|в\\s+динамике|как\\s+(?:менял|изменял)\\p{L}*)(?!\\p{L})");
    /** A word a term may be: not one that asks («откуда это?», «кто это?», «зачем это»). */
    private static final String TERM_WORD = "(?!(?:откуда|кто|что|чё|че|где|зачем|почему|когда|как|куда|чей|чья|чьё|чьи)\\s)\\p{L}+";
    /**
     * «по глоссарию», «как определяется», «что означает», «асднр это что включает», «пойма это?», «низководный мост это
     * какой»: a term's definition asked in so many words.
     */
    private static final Pattern DEFINITION_ASKED = Pattern.compile("(?<!\\p{L})(?:глосс?ари\\p{L}*|glossary|определени\\p{L}*|как\\s+определя\\p{L}*|"
            + "что\\s+(?:такое|означает|значит)|расшифр\\p{L}*|what\\s+does\\s+\\S+\\s+(?:mean|stand))(?!\\p{L})"
            + "|^" + TERM_WORD + "\\s+это\\s+(?:что|ч[её])(?!\\p{L})(?!\\s+за)|^" + TERM_WORD + "\\s+это\\s*\\??\\s*$"
            + "|^(?:" + TERM_WORD + "\\s+){0,2}" + TERM_WORD + "\\s+это\\s+(?:что|ч[её]|как(?:ой|ая|ое))\\s*\\??\\s*$");
    /**
     * «что если», «какие варианты», «чем грозит», «what if»: a scenario asked in so many words — «а у заречья?» after a
     * level asked is the level there, however the classifier reads a short «а …?».
     */
    private static final Pattern SCENARIO_ASKED = Pattern.compile("(?<!\\p{L})(?:если|допустим|предполож\\p{L}*|сценари\\p{L}*|"
            + "вариант\\p{L}*|последстви\\p{L}*|риск\\p{L}*|рискуем|чем\\s+гроз\\p{L}*|план\\s+б|что\\s+будет|что\\s+произойд\\p{L}*|"
            + "что\\s+может|смодел\\p{L}*|просчита\\p{L}*|рассмотр\\p{L}*|альтернатив\\p{L}*|как\\s+поступ\\p{L}*|предприн\\p{L}*|"
            + "что\\s+делать|как\\s+(?:лучше|быть)|что\\s+лучше|как\\s+измен\\p{L}*|на\\s+случай|при\\s+как\\p{L}*|оцени\\p{L}*|"
            + "if|suppose|assum\\p{L}*|scenario\\p{L}*|option\\p{L}*|risk\\p{L}*|what\\s+happens|what\\s+would|plan\\s+b|"
            + "alternative\\p{L}*|outcome\\p{L}*|worst|compare|prepare|affect\\p{L}*|наихудш\\p{L}*|худш\\p{L}*)(?!\\p{L})");
    /** Answers that are about words or the conversation, not about a place or an incident: they link no cards. */
    private static final Set<Intent> DEFINITIONS = Set.of(Intent.EXPLAIN_TERMS, Intent.CHITCHAT);

    private final Sessions sessions;
    private final SessionStore store;
    private final IntentClassifier intents;
    private final KnowledgeSearch search;
    private final TermAnalysis analysis;
    private final AnswerComposer composer;
    private final Briefing briefing;
    private final ConfidenceModel confidence;
    private final DialogMemory memory;
    private final SourceReputation reputation;
    private final TurnListener listener;
    private final Clock clock;
    private final DialogSettings settings;
    private final DocumentsNamed documents;

    public DialogTurn(Sessions sessions, SessionStore store, IntentClassifier intents, KnowledgeSearch search,
                      TermAnalysis analysis, AnswerComposer composer, Briefing briefing, ConfidenceModel confidence,
                      SuggestionQueue suggestionQueue, SourceReputation reputation, TurnListener listener, Clock clock, DialogSettings settings) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.store = Objects.requireNonNull(store, "store");
        this.intents = Objects.requireNonNull(intents, "intents");
        this.search = Objects.requireNonNull(search, "search");
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.composer = Objects.requireNonNull(composer, "composer");
        this.briefing = Objects.requireNonNull(briefing, "briefing");
        this.confidence = Objects.requireNonNull(confidence, "confidence");
        this.reputation = Objects.requireNonNull(reputation, "reputation");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.memory = new DialogMemory(store, suggestionQueue, CONTEXT_TURNS, settings.cooldown());
        this.documents = new DocumentsNamed(search);
    }

    public AskResult ask(long sessionId, Question question, Caller caller) {
        return ask(sessionId, question, caller, () -> { });
    }

    /**
     * The turn; {@code thoughtOver} runs once the answer is composed, before it is recorded (an {@link AskAdmission} lets
     * the next ask in then: recording waits for the store rather than the processor, and on the embedded database
     * exchanges recorded together share a commit).
     */
    public AskResult ask(long sessionId, Question question, Caller caller, Runnable thoughtOver) {
        long started = System.nanoTime();
        ChatSession session = sessions.requireOpen(sessionId, settings.maxQuestions(), caller);
        Instant now = clock.instant();
        DialogMemory.Recall past = memory.recall(session, now);
        Thought thought = think(question, past, caller, now);
        thoughtOver.run();
        Exchange exchange = store.appendExchange(sessionId, question.text(), thought.draft(), settings.maxQuestions(), now, caller);
        memory.remember(exchange, thought.next(), now);
        var result = new AskResult(exchange, thought.intent(), thought.next(), thought.evidence(), thought.subjects());
        listener.turnAnswered(result, Duration.ofNanos(System.nanoTime() - started));
        return result;
    }

    /**
     * What an answer may be read from was reported by this moment: the end of the moment asked, or now. A cause is told days
     * after the event («из-за чего загорелось» of a fire on 14 ноября: «пожар устроил один из жильцов», 18 ноября), so asked
     * of a moment, it may be reported up to {@link #CAUSE_TOLD_WITHIN} later — not any time since, when reports of other
     * events that name a cause would crowd out those of this one.
     */
    private static Instant knownBy(Frame frame, boolean causeAsked, Instant now) {
        Instant until = frame.moment().until();
        if (until == null) {
            return now;
        }
        Instant told = causeAsked ? until.plus(CAUSE_TOLD_WITHIN) : until;
        return told.isAfter(now) ? now : told;
    }

    /**
     * The earliest a report read for a day asked may be dated: «сочи 23 июля непогода» is told by the news of that day,
     * not by an older crash near Sochi that shares the question's words, and «скока лодкой перевезли к утру 14го» by the
     * сводка of that morning, not by the order that opened the crossing on the 10th; null when no day is asked («ночью»,
     * «в начале ноября» — a forecast before it tells of that too) and for the latest case as of a day («на 1 ноября
     * последний раз где колония горела»), which may be months before it.
     */
    private static Instant toldFrom(Frame frame, String question) {
        if (FrameReader.asksLastCase(question)) {
            return null;
        }
        return switch (frame.moment()) {
            case Moment.Within within when daySaid(within.said()) -> within.from().minus(TOLD_BEFORE_PERIOD);
            case Moment.AsOf asOf when daySaid(asOf.said()) -> asOf.at().minus(TOLD_BEFORE_MOMENT);
            default -> null;
        };
    }

    private static boolean daySaid(String said) {
        return said != null && DAY_SAID.matcher(said).find();
    }

    /**
     * The fragments found for a moment asked with its day («на 08:00 9го у ключевского моста вода скока до настила»), those
     * made at it — within {@link #AT_MOMENT} before — ranked {@value #MADE_AT_MOMENT} times higher: the state at 08:00 is
     * the one the сводка of 08:00 gives, not the evening's before, which shares as many words.
     */
    private static List<SearchHit> madeAtTheMomentFirst(List<SearchHit> hits, Moment moment) {
        if (!(moment instanceof Moment.AsOf asOf) || !daySaid(asOf.said())) {
            return hits;
        }
        Instant from = asOf.at().minus(AT_MOMENT);
        return Reranking.favouring(hits, h -> h.observedAt() != null && !h.observedAt().isBefore(from) && !h.observedAt().isAfter(asOf.at()),
                MADE_AT_MOMENT);
    }

    /**
     * The fragments found for a cause asked, those that give a cause scored {@value #CAUSE_GIVEN} times higher: «а почему?»
     * after «лодочная переправа 12 апреля работала?» is answered by «…приостановлена в связи с усилением течения до 2,1 м/с»,
     * which the сводки that only say it was closed would otherwise keep out of the fragments the composer reads.
     */
    private static List<SearchHit> causesFirst(List<SearchHit> hits) {
        return Reranking.favouring(hits, h -> FrameReader.givesCause(h.text()), CAUSE_GIVEN);
    }

    /** What a turn answers, before it is recorded. */
    private record Thought(AnswerDraft draft, IntentPrediction intent, List<Suggestion> next, Evidence evidence, List<Subject> subjects) {}

    private Thought think(Question question, DialogMemory.Recall past, Caller caller, Instant now) {
        List<Turn> recent = past.turns();
        UnaryOperator<String> standard = standardOnce(caller);
        String typed = standard.apply(question.text());
        Language language = Language.of(typed);
        String asked = glossed(typed, caller);
        Optional<Prior> prior = PriorAnswers.last(recent);
        IntentPrediction intent = inContext(intents.classify(typed, settings.intentThreshold()), prior, typed);
        boolean followUp = FollowUps.isFollowUp(asked, analysis);
        Frame frame = briefing.read(asked, () -> earlierQuestions(recent, standard, caller), followUp,
                earlier -> FollowUps.isFollowUp(earlier, analysis), now, caller);
        if (briefOfAll(intent, typed, frame)) {
            intent = intent.answeredAs(Intent.REPORT);
        }
        if (eventAtAPlaceTakenForATerm(intent, typed, frame) || lastCaseTakenForATimeline(intent, typed)) {
            intent = intent.answeredAsGeneral();
        }
        if (asksSourcesOfLastAnswer(intent, prior, typed)) {
            intent = intent.answeredAs(Intent.JUSTIFY_ANSWER);
        }
        if (Briefing.continuesChronicle(frame, followUp, prior.map(Prior::answer).orElse(null))) {
            intent = intent.answeredAs(Intent.TIMELINE);
        }
        Optional<Briefed> modelled = briefing.answer(frame, asked, intent.intent(), caller);
        Optional<List<String>> compared = Comparison.terms(asked);
        Answer answer;
        if (modelled.isPresent()) {
            answer = modelled.get().answer();
        } else if (compared.isPresent()) {
            answer = explained(compared.get(), prior, caller, now);
        } else {
            String searched = FollowUps.retrievalText(EnglishTerms.searchable(asked, typed), recent, followUp || frame.inherited(),
                    standard, q -> !FollowUps.isFollowUp(q, analysis) && briefing.namesSomething(q, now, caller));
            String focus = (Topics.of(intent.intent(), withoutNamesBaseLacks(FrameReader.withoutLastCase(searched), frame, caller)) + " "
                    + frame.namesInBaseWords(asked, analysis::stems)).strip();
            Set<String> named = documentsNamed(asked, followUp || frame.inherited(), recent, standard, caller, now);
            AnswerScope scope = named.isEmpty()
                    ? briefing.scope(frame, caller).orPreferring(followUp || frame.inherited() ? citedBefore(prior) : Set.of())
                    : AnswerScope.ofDocuments(named);
            int k = Math.max(settings.retrieve(), intent.intent() == Intent.TIMELINE ? ExtractiveComposer.TIMELINE_FRAGMENTS : 10);
            boolean causeAsked = FrameReader.asksCause(asked);
            Instant dayAsked = toldFrom(frame, asked);
            var numbered = NumberedObjects.in(focus);
            int wanted = scope.narrows() ? IN_SCOPE : numbered.isEmpty() ? k : k * NUMBERED_WIDER;
            List<SearchHit> found = retrieve(intent.intent(), focus, caller, now, dayAsked, knownBy(frame, causeAsked, now), named, wanted);
            if (dayAsked != null && named.isEmpty() && frame.moment() instanceof Moment.Within
                    && found.stream().noneMatch(h -> h.observedAt() != null && !h.observedAt().isBefore(dayAsked))) {
                // nothing was reported of the day by its end («ледоход 6го» before the first сводка): a later report tells of it
                found = retrieve(intent.intent(), focus, caller, now, dayAsked, knownBy(frame, true, now), named, wanted);
            }
            List<SearchHit> ofTheOneAsked = found.stream().filter(h -> !NumberedObjects.aboutAnother(h.text(), numbered)).toList();
            List<SearchHit> ranked = causeAsked ? causesFirst(ofTheOneAsked) : madeAtTheMomentFirst(ofTheOneAsked, frame.moment());
            List<SearchHit> hits = scope.keep(ranked, k);
            var informative = hits.isEmpty() ? Map.<String, Double>of() : search.weights(analysis.stems(focus), caller.clearance());
            var weights = followUp || frame.inherited() ? unsaidLighter(informative, asked, focus, caller) : informative;
            String timeless = frame.withoutMoment(focus);
            var plain = new Request(intent.intent(), typed, analysis.stems(timeless).isEmpty() ? focus : timeless, hits, weights, now,
                    settings.freshness(), prior);
            var request = frame.subjectInherited() ? plain.withSubjectCarried() : plain;
            Composed composed = compose(intent, request);
            intent = composed.intent();
            Frame kept = named.isEmpty() ? frame : frame.ofADocument();
            answer = briefing.keepAbout(kept, asked, intent.intent(), composed.answer(), caller);
            Request answered = request.as(intent.intent());
            if (intent.intent() == Intent.STATUS_CHECK && composed.answer() instanceof Answer.Grounded && answer instanceof Answer.NoEvidence) {
                // the latest report was not about what was asked («на каких улицах дома ещё в воде»): the sentence that is
                Request factual = request.as(Intent.GENERAL_QUERY);
                Answer told = told(factual, kept, asked, caller);
                if (told instanceof Answer.Grounded) {
                    answer = told;
                    answered = factual;
                }
            }
            List<SearchHit> there = scope.naming(ofTheOneAsked, k);
            if (composed.answer() instanceof Answer.Grounded && answer instanceof Answer.NoEvidence && !there.isEmpty()
                    && !there.equals(hits)) {
                // the sentences were of another place («регион завалило снегом» of the Тверская область to «благовещенск
                // завалило снегом»), sharing more words than the report of the place asked: those of the fragments naming it
                Request placed = answered.from(there);
                Answer told = told(placed, kept, asked, caller);
                if (told instanceof Answer.Grounded) {
                    answer = told;
                    answered = placed;
                }
            }
            if (answer instanceof Answer.Grounded && confidence.of(answer) < settings.unsureBelow()) {
                // told again shorter, from what it was told from, to make room for the note
                answer = told(answered.shorterBy(Words.count(Drafts.unsureNote(language))), kept, asked, caller);
            }
        }
        double probability = confidence.of(answer);
        List<Suggestion> next = suggest(past.recentKinds(), answer, probability, intent, now, language);
        List<Subject> subjects = subjects(frame, answer);
        List<AnswerLink> links = DEFINITIONS.contains(intent.intent()) ? List.of()
                : links(answer, subjects, modelled.flatMap(Briefed::incident), caller);
        AnswerDraft draft = Drafts.of(answer, probability, intent, next, now.plus(settings.cooldown()),
                settings.unsureBelow(), language, links);
        return new Thought(draft, intent, next, answer instanceof Answer.Grounded g ? g.evidence() : Evidence.NONE, subjects);
    }

    /**
     * The cards a grounded answer links: the place or object it is about, then the incident it used — the one it was
     * read from, else the one its cited sources tell.
     */
    private List<AnswerLink> links(Answer answer, List<Subject> subjects, Optional<IncidentUsed> read, Caller caller) {
        if (!(answer instanceof Answer.Grounded grounded)) {
            return List.of();
        }
        List<AnswerLink> links = new ArrayList<>();
        subjects.stream().findFirst().ifPresent(s -> links.add(AnswerLink.entity(s.entityKey(), s.name())));
        read.or(() -> briefing.incidentCited(grounded.citations().stream().map(c -> c.hit().sourceId()).distinct().toList(),
                        subjects.stream().map(Subject::entityKey).toList(), caller))
                .ifPresent(i -> links.add(AnswerLink.incident(i.id(), i.title())));
        return links;
    }

    /** What a grounded answer is about: the places and objects its question (or the one it follows up) names. */
    private static List<Subject> subjects(Frame frame, Answer answer) {
        if (!(answer instanceof Answer.Grounded)) {
            return List.of();
        }
        return frame.placesAndObjects().stream().map(n -> new Subject(n.key(), n.name())).toList();
    }

    /** The sources the answer before cited: what a follow-up naming no place of its own is about. */
    private static Set<String> citedBefore(Optional<Prior> prior) {
        return prior.map(p -> p.sources().stream().map(Prior.Source::sourceId).collect(Collectors.toSet())).orElse(Set.of());
    }

    private List<String> earlierQuestions(List<Turn> recent, UnaryOperator<String> standard, Caller caller) {
        return recent.stream().filter(t -> t.role() == TurnRole.USER).map(t -> glossed(standard.apply(t.content()), caller)).toList();
    }

    /**
     * {@link #standard} for one turn, each text read once: the earlier questions are standardised for the frame and again
     * for retrieval, and mending a typo looks words up in the index.
     */
    private UnaryOperator<String> standardOnce(Caller caller) {
        Map<String, String> read = new HashMap<>();
        return text -> read.computeIfAbsent(text, t -> standard(t, caller));
    }

    /**
     * A question as if typed with care: chat spellings in their standard words ({@link Colloquial}), typos mended
     * ({@link Typos}), an object named by its host given its number («пвр в школе 2» → «ПВР № 1 в школе 2»).
     */
    private String standard(String question, Caller caller) {
        return briefing.withHostedNumbers(Typos.mended(Colloquial.standard(question), word -> fragmentsWith(word, caller)), caller);
    }

    /** How many fragments the caller may read have the word; a stop word, never searched, counts as everywhere. */
    private int fragmentsWith(String word, Caller caller) {
        List<String> stems = analysis.stems(word);
        return stems.isEmpty() ? Integer.MAX_VALUE
                : stems.stream().mapToInt(stem -> search.fragmentsWith(stem, caller.clearance())).min().orElse(0);
    }

    /** The answer composed for {@code request}, unless it is not about what {@code frame} asks. */
    private Answer told(Request request, Frame frame, String asked, Caller caller) {
        return briefing.keepAbout(frame, asked, request.intent(), composer.compose(request), caller);
    }

    /**
     * The weights of a follow-up's words, the verbs no fragment of the base has weighing as the lightest word it has,
     * when the follow-up says a verb of its own: «а ущерб как оформлять» after «по памятке после спада воды сразу в дом
     * заходить можно?» — «оформлять», «заходить» are how people on shift ask, not what sources write, and at the weight
     * of the rarest word they sank every sentence of the memo below the floor. A follow-up without a verb asks what the
     * earlier question's verb asked («а за гп ключи?» after «кто отвечает за мост у ключей?» — who is in charge, not the
     * gauge's level), so that verb keeps its weight. A noun or a name the base lacks keeps its weight, and a question of
     * its own keeps all: on XQuAD with the gold removed, lighter verbs there made answers from passages without the
     * answer more frequent (no-gold abstention 0.908 → 0.895).
     */
    private Map<String, Double> unsaidLighter(Map<String, Double> weights, String asked, String focus, Caller caller) {
        if (analysis.verbStems(asked).isEmpty()) {
            return weights;
        }
        List<String> unsaid = analysis.verbStems(focus).stream()
                .filter(stem -> weights.containsKey(stem) && !search.contains(stem, caller.clearance())).toList();
        double lightest = weights.entrySet().stream().filter(e -> !unsaid.contains(e.getKey()))
                .mapToDouble(Map.Entry::getValue).min().orElse(0);
        if (unsaid.isEmpty() || lightest <= 0) {
            return weights;
        }
        Map<String, Double> lighter = new LinkedHashMap<>(weights);
        unsaid.forEach(stem -> lighter.put(stem, lightest));
        return lighter;
    }

    /**
     * The text without the words that named a place or object by no form of its name and that few fragments have: an
     * alias («екб» of Екатеринбург), a misspelling of a name's first letters («альховке» of Ольховка). Its name in the base
     * is searched instead ({@link Frame#namesInBaseWords}), while such a word would weigh the most and make every sentence
     * look unrelated. A name the base lacks in the form typed («португалия») stays: nothing else would search for it.
     */
    private String withoutNamesBaseLacks(String text, Frame frame, Caller caller) {
        String without = text;
        for (String named : frame.namesTyped()) {
            List<String> stems = analysis.stems(named);
            int fragments = stems.stream().mapToInt(stem -> search.fragmentsWith(stem, caller.clearance())).max().orElse(0);
            if (!stems.isEmpty() && fragments < RARE_NAME_FRAGMENTS && !frame.formOfAName(named)) {
                without = without.replaceAll("(?iu)(?<!\\p{L})" + Pattern.quote(named) + "(?!\\p{L})", " ");
            }
        }
        return without.replaceAll("\\s+", " ").strip();
    }

    /**
     * An English question with its Russian words, names, dates and times appended, a Russian one with the Latin names of
     * the brands it types in Cyrillic that the base does not write so and the abbreviations of the livestock it names in
     * words, and its large numbers as reports group their digits, for the situation frame and retrieval.
     */
    private String glossed(String typed, Caller caller) {
        String english = LatinNames.withCyrillic(EnglishTerms.withRussian(LatinNames.withFirstWordLowered(typed)));
        return GroupedNumbers.withGroups(LatinBrands.withLatin(Livestock.withAbbreviations(EnglishTimes.withRussian(english)),
                word -> analysis.stems(word).stream().anyMatch(stem -> search.contains(stem, caller.clearance()))));
    }

    /**
     * «доложи по вечеру 11го вкратце», «чё было по сводке на 8 утра 16го, в двух словах»: naming nothing, a question
     * asking it briefly asks for the summary of the situation at that moment — one naming a place or an event
     * («робинсон в амурской, что известно коротко») is answered from what the sources write of it.
     */
    private static boolean briefOfAll(IntentPrediction intent, String question, Frame frame) {
        String lower = question.toLowerCase(Locale.ROOT);
        return (intent.intent() == Intent.GENERAL_QUERY || intent.intent() == Intent.TIMELINE && !TIMELINE_ASKED.matcher(lower).find())
                && BRIEFLY.matcher(lower).find() && !FIGURE_ASKED.matcher(lower).find() && !frame.namesSomething();
    }

    /**
     * «на 10 августа последний случай когда граната в квартире рванула — где это» reads to the classifier as a course of
     * events, but asks one thing of the latest case; «по порядку», «хронология» ask the course.
     */
    private static boolean lastCaseTakenForATimeline(IntentPrediction intent, String question) {
        return intent.intent() == Intent.TIMELINE && FrameReader.asksLastCase(question)
                && !TIMELINE_ASKED.matcher(question.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * «в екб что горело»: a short question with a word the classifier does not know reads to it as a term asked, but one
     * naming an event at a place, and no definition in so many words, asks what happened there.
     */
    private static boolean eventAtAPlaceTakenForATerm(IntentPrediction intent, String question, Frame frame) {
        return intent.intent() == Intent.EXPLAIN_TERMS && frame.namesAnEventAtAPlace() && !DEFINITION_ASKED.matcher(question.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * "Why?" with no sourced answer in the session to justify is a question in its own right, and so is «а из-за чего?»
     * after one (the cause of what was asked, not the answer's grounds); so is «погибшие есть?»,
     * which asks for a figure, not for sources: a request for sources names them (документы, откуда, фото, …). «итоги
     * половодья» asks for a summary, «итоговую справку кто подписал» for a person; «кто сообщил о …» for the sources of
     * what follows; «по глоссарию», «как определяется» for a definition; «как менялась по дням» and «по порядку что
     * известно» for a timeline.
     */
    private static IntentPrediction inContext(IntentPrediction intent, Optional<Prior> prior, String question) {
        String lower = question.toLowerCase(Locale.ROOT);
        boolean origin = ORIGIN_ASKED.matcher(lower.replace('ё', 'е')).find();
        boolean unjustified = intent.intent() == Intent.JUSTIFY_ANSWER && (prior.isEmpty() || FrameReader.asksCause(question)
                || !GROUNDS_ASKED.matcher(lower).find() || origin);
        boolean noSourcesNamed = intent.intent() == Intent.REQUEST_SOURCES && (!SOURCES_NAMED.matcher(lower).find() || origin);
        if (intent.intent() == Intent.GENERAL_QUERY && OUTCOME_ASKED.matcher(lower).find() && !FIGURE_ASKED.matcher(lower).find()) {
            return intent.answeredAs(Intent.REPORT);
        }
        if (intent.intent() == Intent.GENERAL_QUERY && FireState.asked(question)) {
            return intent.answeredAs(Intent.STATUS_CHECK);
        }
        if ((intent.intent() == Intent.GENERAL_QUERY || intent.intent() == Intent.STATUS_CHECK)
                && (COURSE_ASKED.matcher(lower).find() || TIMELINE_ASKED.matcher(lower).find())) {
            return intent.answeredAs(Intent.TIMELINE);
        }
        if (intent.intent() == Intent.REPORT && WHO_ASKED.matcher(lower).find()) {
            return intent.answeredAsGeneral();
        }
        if ((intent.intent() == Intent.GENERAL_QUERY || intent.intent() == Intent.TIMELINE && !TIMELINE_ASKED.matcher(lower).find())
                && REPORTED_BY.matcher(lower).find()) {
            return intent.answeredAs(Intent.REQUEST_SOURCES);
        }
        if (intent.intent() != Intent.EXPLAIN_TERMS && DEFINITION_ASKED.matcher(lower).find()) {
            return intent.answeredAs(Intent.EXPLAIN_TERMS);
        }
        if (intent.intent() == Intent.TIMELINE && FrameReader.asksCause(lower) && !TIMELINE_ASKED.matcher(lower).find()
                || intent.intent() == Intent.SCENARIO_ANALYSIS && !SCENARIO_ASKED.matcher(lower).find()) {
            return intent.answeredAsGeneral();
        }
        return unjustified || noSourcesNamed ? intent.answeredAsGeneral() : intent;
    }

    /**
     * «откуда данные?» right after a sourced answer, naming nothing of its own, asks where that answer came from: its
     * sources, not every document about the place it was about.
     */
    private static boolean asksSourcesOfLastAnswer(IntentPrediction intent, Optional<Prior> prior, String typed) {
        return intent.intent() == Intent.REQUEST_SOURCES && prior.filter(p -> !p.sources().isEmpty()).isPresent()
                && WHERE_FROM_ONLY.matcher(typed.toLowerCase(Locale.ROOT).replace('ё', 'е').strip()).matches();
    }

    /** The answer, and the intent it was given for. */
    private record Composed(IntentPrediction intent, Answer answer) {}

    /** Small talk that the knowledge base answers after all ("Как зовут начальника смены?") is a question. */
    private Composed compose(IntentPrediction intent, Request request) {
        if (intent.intent() == Intent.CHITCHAT && !request.hits().isEmpty()
                && composer.compose(request.as(Intent.GENERAL_QUERY)) instanceof Answer.Grounded grounded) {
            return new Composed(intent.answeredAsGeneral(), grounded);
        }
        return new Composed(intent, composer.compose(request));
    }

    /** Each term explained on its own, one line each; «not in the base» if neither is. */
    private Answer explained(List<String> terms, Optional<Prior> prior, Caller caller, Instant now) {
        List<Answer.Grounded> parts = new ArrayList<>();
        Answer missing = null;
        for (String term : terms) {
            List<SearchHit> hits = retrieve(Intent.EXPLAIN_TERMS, term, caller, now);
            var weights = hits.isEmpty() ? Map.<String, Double>of() : search.weights(analysis.stems(term), caller.clearance());
            Answer part = composer.compose(new Request(Intent.EXPLAIN_TERMS, term, term, hits, weights, now, settings.freshness(), prior));
            if (part instanceof Answer.Grounded grounded) {
                parts.add(grounded);
            } else {
                missing = part;
            }
        }
        return parts.isEmpty() ? missing : Joined.of(parts);
    }

    private List<SearchHit> retrieve(Intent intent, String focus, Caller caller, Instant now) {
        return retrieve(intent, focus, caller, now, null, null, Set.of(), Math.max(settings.retrieve(), 10));
    }

    /**
     * The documents the question names ({@link DocumentsNamed}), or for a follow-up naming neither a document nor anything
     * else («а ущерб как оформлять» after «по памятке после спада воды в дом заходить можно?»), those the questions before
     * it named, back to the last one that stands on its own; «а в ижевске что горело?» is about Ижевск, not the memo.
     */
    private Set<String> documentsNamed(String asked, boolean followsUp, List<Turn> recent, UnaryOperator<String> standard,
                                       Caller caller, Instant now) {
        Set<String> named = documents.in(asked, caller.clearance());
        if (!named.isEmpty() || !followsUp || briefing.namesSomething(asked, now, caller)) {
            return named;
        }
        for (Turn turn : recent.reversed()) {
            if (turn.role() != TurnRole.USER) {
                continue;
            }
            String earlier = glossed(standard.apply(turn.content()), caller);
            Set<String> before = documents.in(earlier, caller.clearance());
            if (!before.isEmpty() || !FollowUps.isFollowUp(earlier, analysis)) {
                return before;
            }
        }
        return Set.of();
    }

    /**
     * The fragments about {@code focus} known by {@code asOf}: the moment asked («на 20:00 13.04», «вечером 11-го») — a
     * figure as of a moment is read from the report of that moment — or the moment of the question. With {@code from}
     * (a day asked), those dated from it on with the undated documents found (a plan, a leaflet — not an undated news
     * item), when there are any of the day; else all. With documents {@code named}, their fragments alone, whatever their
     * day, when they have any.
     */
    private List<SearchHit> retrieve(Intent intent, String focus, Caller caller, Instant now, Instant from, Instant asOf,
                                     Set<String> named, int k) {
        if (intent == Intent.JUSTIFY_ANSWER) {
            return List.of();
        }
        String text = Topics.searchText(intent, focus);
        int wanted = Math.min(k, SearchRequest.MAX_K);
        var request = new SearchRequest(text, wanted, caller.clearance(), now, asOf, null, null, Set.of(), Set.of());
        List<SearchHit> inNamed = named.isEmpty() ? List.of() : search.search(request.within(named));
        List<SearchHit> found = inNamed.isEmpty() ? search.search(request) : inNamed;
        List<SearchHit> ofTheDay = from == null || !named.isEmpty() ? List.of() : search.search(request.observedFrom(from));
        List<SearchHit> hits = ofTheDay.isEmpty() ? found : Stream.concat(ofTheDay.stream(),
                        found.stream().filter(h -> h.observedAt() == null && h.type() != SourceType.RECORD))
                .sorted(Comparator.comparingDouble(SearchHit::score).reversed()).limit(wanted).toList();
        return Reranking.byReputation(hits, reputation.netNegative(hits.stream().map(SearchHit::sourceId).distinct().toList()));
    }

    private List<Suggestion> suggest(Set<SuggestionKind> recentKinds, Answer answer, double probability, IntentPrediction intent,
                                     Instant now, Language language) {
        var state = Drafts.state(answer, probability, intent, now, settings, language);
        return SuggestionPolicy.choose(state, recentKinds, settings.suggestions());
    }
}
