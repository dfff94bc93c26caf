package ru.sppr.chat.answer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sppr.chat.intent.Intent;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;
import ru.sppr.chat.knowledge.search.SearchHit;
import ru.sppr.chat.knowledge.source.SourceType;

/**
 * The sentences of the retrieved fragments scored against the question, with the best one; or nothing when even
 * the best is not about the question. Packing, per-fragment picks and evidence signals are computed from it.
 */
record Selection(TermAnalysis analysis, List<String> questionStems, Map<String, Double> weights, AnswerType expected,
                 List<Candidate> candidates, Candidate best) {
    private static final Logger LOG = LoggerFactory.getLogger(Selection.class);
    static final int MIN_WORDS = 5;
    private static final int OWN_START = 4;
    /** What saying all of a follow-up's own words adds to a sentence's score ({@link #ownShare}). */
    private static final double OWN_BONUS = 0.5;
    /** What a verb among a follow-up's own words weighs against a noun ({@link #ownShare}). */
    private static final double VERB_SHARE = 0.5;
    /** How much of a claim one report must tell, across its sentences, to be its source. */
    static final double CLAIM_FLOOR = 0.6;
    /** A number counting something: «5 человек», «22 квартиры», «1 345 596 жителей» — not «112,», «в 1950 году» nor «Ан-148 разбился». */
    private static final Pattern COUNTED = Pattern.compile("(?<![\\d.,:\\p{L}-])\\d+(?:[  ]\\d{3})*(?:[.,]\\d+)?\\s+(?!год|г\\.)\\p{L}");
    private static final Pattern SPOKEN_COUNT = Pattern.compile("(?iu)(?<!\\p{L})(?:" + AnswerType.SpokenNumbers.PEOPLE + ")\\s+\\p{L}");
    /** A count that is none: «пострадавших нет», «никто не пострадал», «обошлось без жертв». */
    private static final Pattern ZERO = Pattern.compile("(?iu)(?<!\\p{L})(?:нет|не было|никто|без\\s+(?:жертв|пострадавших)|обошлось|none|no\\s+one)(?!\\p{L})");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    /** Stems of words that count people, which reports count in many other words («скока народу» — «327 жителей»). */
    private static final Pattern PEOPLE = Pattern.compile("(?:человек|люд|народ|жител|people|person)");
    /** «сколько обломков», «скольких детей», «how many people»: group 1 is the word counted. */
    private static final Pattern COUNT_OF = Pattern.compile("(?<!\\p{L})(?<!во\\s)(?:сколько|скольких|скольким|how\\s+many)\\s+(\\p{L}[\\p{L}-]*)");
    /** Endings of a verb's forms («сколько оценили», «сколько погибло»): what is counted is then not named. */
    private static final Pattern VERB_ENDING = Pattern.compile(".*(?:л[иоа]?|ть|ться|[еиюя]т|[еиюя]тся)");
    /** A number and up to three words after it: «498 обломков», «42 единицы техники», «около 350 пострадали». */
    private static final Pattern NUMBER_THEN_WORDS = Pattern.compile(
            "(?<![\\p{L}-])\\d[\\d  ]*(?:[.,]\\d+)?\\s+(\\p{L}+)(?:\\s+(\\p{L}+))?(?:\\s+(\\p{L}+))?");
    /** How much less of a story a report may tell than the one that tells most of it and still answer for it. */
    private static final double STORY_MARGIN = 0.15;
    private static final int SAME_WORD_START = 5;
    /** Answer types that ask a figure or a moment, which one report of a story gives. */
    static final Set<AnswerType> FIGURES = EnumSet.of(AnswerType.COUNT, AnswerType.TIME_OF_DAY, AnswerType.DURATION, AnswerType.TIME);
    /** «Причины выясняются», «в причинах разбираются» speak of a cause without giving one. */
    private static final Pattern CAUSE_PENDING = Pattern.compile(
            "(?iu)(?:выясня|устанавлива|разбира|уточня)\\p{L}*");
    /** How much of what the best sentence's fragment tells of the question another must tell to add to a brief. */
    private static final double BRIEF_SHARE_OF_BEST = 0.6;
    /** How far apart in time two reports of one story may be made, for a brief ({@link #briefOfTheStory}). */
    private static final Duration STORY_DAYS = Duration.ofDays(7);
    /** A figure of something: «350 человек», «300 квадратов» — not «№ 3 в Екатеринбурге». */
    private static final Pattern FIGURE = Pattern.compile("(?<![\\d.,:\\p{L}№-])\\d+(?:[  ]\\d{3})*(?:[.,]\\d+)?\\s+(?!год|г\\.)\\p{L}{3,}");
    /** How many words not said yet a sentence of another report must have to add to a brief. */
    private static final int MIN_NEWS = 3;
    /** What a figure adds to a sentence's news in a brief, counted in words. */
    private static final int FIGURE_NEWS = 2;
    /** What a brief tells first of an emergency: who died, was hurt, evacuated or rescued, and why. */
    private static final Pattern OUTCOME = Pattern.compile("(?iu)(?<!\\p{L})(?:погиб|пострада|ранен|госпитализ|эвакуир|спас[ели]|причин)\\p{L}*");
    /** A cause told: «причиной стала…», «связана с технической неисправностью». */
    private static final Pattern CAUSE_TOLD = Pattern.compile("(?iu)(?<!\\p{L})(?:причин\\p{L}*|неисправност\\p{L}*|из-за)(?!\\p{L})");
    /** A quote opening a sentence: «…», "…". */
    private static final Pattern QUOTED = Pattern.compile("[«\"„]");
    /** What saying an outcome ({@link #OUTCOME}) adds to a sentence's news in a brief, counted in words. */
    private static final int OUTCOME_NEWS = 4;
    /** The share of a follow-up's own words a sentence must say to answer it ({@link #saysOwnWords}). */
    private static final double OWN_FLOOR = 0.5;
    /** A follow-up of fewer words names a thing («а за гп ключи?», «а у заречья?») more than it asks one of its own. */
    private static final int OWN_WORDS = 3;

    /**
     * Stems of the words that ask («какого года», «в каком ЖК»): a sentence that answers does not repeat them, so they
     * do not count in how much of the question it covers.
     */
    static Set<String> interrogativeStems(TermAnalysis analysis) {
        return Set.copyOf(analysis.stems("какой какая какое какие какого каком какую "
                + "каким какими каких какому каков какова каково каковы сколько скольких скольким откуда куда где когда кто кого "
                + "кому кем чей чья чьё чьи почему зачем which what where when who whose how"));
    }

    /**
     * The scored sentences, or empty when nothing is relevant enough to answer from. A follow-up naming nothing of its own,
     * searched together with the question before it («какие дороги перекрыты» + «а объезд?»), is answered by a sentence with all of its own words
     * («Объезд через с. Верхний Бор открыт»), however little of the earlier question it repeats; a term asked is answered by
     * its definition («АСДНР — …» for «асднр это что включает, дамбы укреплять тоже туда относится»), however few other
     * words asked it has. {@code interrogativeStems} are {@link #interrogativeStems} of the same analysis.
     */
    static Optional<Selection> of(Request r, TermAnalysis analysis, Set<String> interrogativeStems) {
        if (r.hits().isEmpty()) {
            return Optional.empty();
        }
        Map<String, Set<String>> forms = analysis.forms(r.focus());
        List<String> stems = forms.keySet().stream().filter(s -> !interrogativeStems.contains(s)).toList();
        AnswerType expected = AnswerType.of(r.question());
        List<String> numbers = stems.stream().filter(Selection::isNumber).toList();
        var numbered = NumberedObjects.in(r.focus());
        int read = r.intent() == Intent.TIMELINE ? ExtractiveComposer.TIMELINE_FRAGMENTS : ExtractiveComposer.MAX_HITS;
        List<String> own = analysis.stems(r.question()).stream().filter(s -> !interrogativeStems.contains(s)).toList();
        boolean inContext = r.subjectCarried() && !own.isEmpty() && !own.containsAll(stems);
        Set<String> verbs = inContext ? Set.copyOf(analysis.verbStems(r.question())) : Set.of();
        List<Candidate> candidates = Candidate.from(analysis, r.hits(), stems, forms, r.weights(), read, numbered).stream()
                .filter(c -> !NumberedObjects.aboutAnother(c.sentence(), numbered))
                .map(c -> expected.offeredBy(c.sentence()) ? c.boosted(ExtractiveComposer.ANSWER_TYPE_BONUS) : c)
                .map(c -> !numbers.isEmpty() && c.stems().containsAll(numbers) ? c.boosted(ExtractiveComposer.NUMBER_BONUS) : c)
                .map(c -> inContext ? c.boosted(OWN_BONUS * ownShare(own, verbs, c, r.weights())) : c)
                .toList();
        // a follow-up carrying its subject is answered by a sentence saying all its own words when there is one
        // («а охраняет там кто» — «Охрана — наряд ОМВД…», not the shelter's heading that shares the question before it)
        Optional<Candidate> best = candidates.stream().filter(c -> inContext && own.stream().allMatch(w -> sharesStart(c.stems(), w)))
                .max(Comparator.comparingDouble(Candidate::score))
                .or(() -> candidates.stream()
                        .filter(c -> c.coverage() >= ExtractiveComposer.RELEVANCE_FLOOR && (stems.size() < 3 || matchedInContext(stems, c) >= 2)
                                || saysOwnWords(own, stems, c, r.weights())
                                || r.intent() == Intent.EXPLAIN_TERMS && Definitions.defines(analysis, c.sentence(), stems))
                        .max(Comparator.comparingDouble(Candidate::score)));
        if (best.isEmpty() && r.intent() == Intent.REQUEST_SOURCES) {
            best = claimToldAcross(stems, candidates, r.weights());
        }
        if (best.isEmpty() && LOG.isDebugEnabled()) {
            LOG.debug("Nothing relevant enough to {} in {} fragments: {}", stems, r.hits().size(), candidates.stream()
                    .sorted(Comparator.comparingDouble((Candidate c) -> c.coverage()).reversed()).limit(3)
                    .map(c -> "%.2f %s".formatted(c.coverage(), c.sentence())).toList());
        }
        if (FIGURES.contains(expected)) {
            best = best.map(b -> ofTheStory(b, candidates, stems, r.weights(), expected));
        }
        if (expected == AnswerType.CAUSE) {
            best = best.map(b -> causeOf(b, candidates, stems, r.weights()));
        } else if (expected == AnswerType.AUTHOR) {
            best = best.map(b -> authorOf(b, candidates, r.hits(), stems, r.weights()));
        } else if (expected == AnswerType.COUNT) {
            Optional<String> counted = countedWord(r.question(), analysis);
            if (counted.filter(w -> namedNowhere(w, candidates)).isPresent()) {
                LOG.debug("Nothing read names «{}», which is counted", counted.get());
                return Optional.empty();
            }
            Optional<String> telling = tellingWord(r.subjectCarried() && !own.isEmpty() ? own : stems, candidates, r.weights());
            best = best.map(b -> counted.flatMap(w -> countingOf(w, b, candidates)).orElseGet(() -> countOf(b, candidates, stems, r.weights(), telling)));
            if (best.filter(b -> nothingCounted(b, candidates, stems, telling)).isPresent()) {
                LOG.debug("Neither «{}» nor its report gives a figure", best.get().sentence());
                return Optional.empty();
            }
        } else if (expected == AnswerType.TIME_OF_DAY || expected == AnswerType.DURATION) {
            best = best.map(b -> timedOf(b, candidates, stems, r.weights(), expected));
        }
        return best.map(b -> new Selection(analysis, stems, r.weights(), expected, candidates, b));
    }

    /**
     * A figure or a moment asked of a story («скока погибло когда фура с салютами рванула в амурской») is answered from the
     * report that tells most of it — its sentences together — when the best sentence is of a report that tells less
     * («…крушения вертолета "Робинсон" в Амурской области… погибли 4 человека»): by the best-scored sentence of such a report
     * that gives a figure or a moment and has a word asked; when none does and the best one's report does not tell the story
     * at all ({@value #CLAIM_FLOOR} of it), by the story's best sentence — what its reports say, not another story's figure
     * (a count then goes unanswered, {@link #nothingCounted}).
     */
    private static Candidate ofTheStory(Candidate best, List<Candidate> candidates, List<String> stems, Map<String, Double> weights,
                                        AnswerType expected) {
        Map<Integer, Double> told = toldByFragment(candidates, stems, weights);
        double most = told.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (most < CLAIM_FLOOR || told.get(best.hit()) >= most - STORY_MARGIN) {
            return best;
        }
        Comparator<Candidate> byScore = Comparator.comparingDouble(Candidate::score);
        List<Candidate> ofTheStory = candidates.stream().filter(c -> told.get(c.hit()) >= most - STORY_MARGIN).toList();
        return ofTheStory.stream().filter(c -> expected.offeredBy(c.sentence()) && stems.stream().anyMatch(c.stems()::contains)).max(byScore)
                .or(() -> told.get(best.hit()) < CLAIM_FLOOR ? ofTheStory.stream().max(byScore) : Optional.empty()).orElse(best);
    }

    /**
     * A cause asked («почему закрыли мост», «а из-за чего?») is answered by the sentence that gives one: of the best
     * sentence's own fragment (the same report), else of any relevant one that names the question's most telling word —
     * «причиной пожара на складах стала диверсия» is another fire's cause for «из-за чего загорелся склад на рябиновой»;
     * the best sentence when none does. A sentence is relevant enough when its report tells the story, as for a count
     * ({@link #countOf}).
     */
    private static Candidate causeOf(Candidate best, List<Candidate> candidates, List<String> stems, Map<String, Double> weights) {
        if (givesCause(best)) {
            return best;
        }
        Comparator<Candidate> byScore = Comparator.comparingDouble(Candidate::score);
        Optional<String> telling = tellingWord(stems, candidates, weights);
        Map<Integer, Double> told = toldByFragment(candidates, stems, weights);
        return candidates.stream().filter(c -> c.hit() == best.hit() && givesCause(c)).max(byScore)
                .or(() -> candidates.stream().filter(c -> relevantOrOfTheStory(c, told) && givesCause(c))
                        .filter(c -> naming(c, telling))
                        .max(byScore))
                .orElse(best);
    }

    /**
     * Who made a document asked («памятку кто составлял») is said by a sentence naming its makers («Подготовлена ЕДДС и
     * отделом по делам ГО и ЧС…») of the best one's own document, or of one whose title with the sentence tells the
     * question («Согласовано: начальник ЕДДС О.С. Кравец…» under «План эвакуации с. Нижние Ключи»).
     */
    private static Candidate authorOf(Candidate best, List<Candidate> candidates, List<SearchHit> hits, List<String> stems,
                                      Map<String, Double> weights) {
        if (AnswerType.AUTHOR.offeredBy(best.sentence())) {
            return best;
        }
        String document = hits.get(best.hit()).sourceId();
        ToDoubleFunction<Candidate> underTitle = c -> Candidate.coverage(stems,
                Stream.concat(c.stems().stream(), c.context().stream()).toList(), weights);
        return candidates.stream().filter(c -> AnswerType.AUTHOR.offeredBy(c.sentence()))
                .filter(c -> hits.get(c.hit()).sourceId().equals(document) || underTitle.applyAsDouble(c) >= CLAIM_FLOOR)
                .max(Comparator.comparingDouble(underTitle)).orElse(best);
    }

    /**
     * The question's most informative word that the fragments read have at all, in some form ({@link #saysInSomeForm}); a
     * word misspelt is in none.
     */
    private static Optional<String> tellingWord(List<String> stems, List<Candidate> candidates, Map<String, Double> weights) {
        return stems.stream().filter(q -> candidates.stream().anyMatch(c -> saysInSomeForm(c.stems(), q)))
                .max(Comparator.comparingDouble(q -> weights.getOrDefault(q, 1.0)));
    }

    /**
     * A count asked («дтп под норильском сколько погибших») is answered by the sentence of the best one's own fragment that
     * counts something and has a word asked the best one lacks («5 человек погибли и 4 пострадали»), not by the one that
     * only names the place and the event («По данным 112, столкновение …»); when that fragment has none, by such a sentence
     * of another fragment relevant enough on its own that names the most telling word ({@link #tellingWord}) of the question,
     * or of a follow-up's own words («скока спасли?» after «что за взрыв в жуковском») — not the count of a shipwreck for a
     * landslide off Sakhalin. Such a sentence is relevant enough when its report tells the story ({@value #CLAIM_FLOOR} of
     * what is asked, {@link #toldByFragment}): «UPD: Пожар … локализован, спасено 6 человек» names neither Жуковский nor the
     * blast, the report's first sentence does. Not when the best one counts already, nor by a sentence without a number the
     * question and the best one share («в 2010 году»).
     */
    private static Candidate countOf(Candidate best, List<Candidate> candidates, List<String> stems, Map<String, Double> weights,
                                     Optional<String> telling) {
        List<String> lacking = lacking(best, stems);
        if (lacking.isEmpty() || counts(best.sentence())) {
            return best;
        }
        Comparator<Candidate> byLackingThenScore = Comparator.comparingLong((Candidate c) -> lacking.stream().filter(w -> sharesStart(c.stems(), w)).count())
                .thenComparingDouble(Candidate::score);
        List<Candidate> counting = counting(best, candidates, stems, lacking);
        Map<Integer, Double> told = toldByFragment(candidates, stems, weights);
        return counting.stream().filter(c -> c.hit() == best.hit()).max(byLackingThenScore)
                .or(() -> counting.stream().filter(c -> relevantOrOfTheStory(c, told) && naming(c, telling))
                        .max(byLackingThenScore))
                .orElse(best);
    }

    /**
     * Whether a sentence is relevant enough on its own, or its report tells the story asked ({@value #CLAIM_FLOOR} of it,
     * {@code told} by {@link #toldByFragment}).
     */
    private static boolean relevantOrOfTheStory(Candidate c, Map<Integer, Double> told) {
        return c.coverage() >= ExtractiveComposer.RELEVANCE_FLOOR || told.get(c.hit()) >= CLAIM_FLOOR;
    }

    /** The words asked, not numbers, that the best sentence lacks. */
    private static List<String> lacking(Candidate best, List<String> stems) {
        return stems.stream().filter(w -> !isNumber(w) && !sharesStart(best.stems(), w)).toList();
    }

    /** The sentences besides the best one that count something, with a word asked the best one lacks and its numbers asked. */
    private static List<Candidate> counting(Candidate best, List<Candidate> candidates, List<String> stems, List<String> lacking) {
        List<String> numbersGiven = stems.stream().filter(w -> isNumber(w) && best.stems().contains(w)).toList();
        return candidates.stream().filter(c -> c != best && counts(c.sentence()))
                .filter(c -> c.stems().containsAll(numbersGiven) && lacking.stream().anyMatch(w -> sharesStart(c.stems(), w)))
                .toList();
    }

    private static boolean naming(Candidate c, Optional<String> telling) {
        return telling.isEmpty() || sharesStart(c.stems(), telling.get()) || sharesStart(c.context(), telling.get());
    }

    /**
     * Whether a count is asked of a story no report read counts: no sentence of the best one's fragment has a number (in
     * digits or words: «возросло до двух»), the best one says of no zero («пострадавших нет»), and no sentence elsewhere
     * that names the most telling word counts what the best one lacks. «Сколько пострадало при оползне на сахалине» is not
     * answered by «Мощный оползень сошёл прямо на трассу», nor by the count of a shipwreck off Sakhalin; «скока спасли?»
     * after «что за взрыв в жуковском» is, with «спасено 6 человек» of a report on the fire there.
     */
    private static boolean nothingCounted(Candidate best, List<Candidate> candidates, List<String> stems, Optional<String> telling) {
        return !ZERO.matcher(best.sentence()).find()
                && candidates.stream().filter(c -> c.hit() == best.hit())
                        .noneMatch(c -> AnswerType.COUNT.offeredBy(c.sentence()) || AnswerType.SpokenNumbers.ANY.matcher(c.sentence()).find())
                && counting(best, candidates, stems, lacking(best, stems)).stream().noneMatch(c -> naming(c, telling));
    }

    /**
     * A moment or a span asked («во сколько автобус от пвр к переправе ходит», «за сколько потушили») is answered by a
     * sentence that gives one: the best one when it does and no other that does has more of the words asked (by their
     * weight); else the one that gives one with the most of them («автобус ПАЗ от ПВР в 08:00 и 15:00», not «Лодки ходят
     * с 7 до 21 часа»; «за 20 минут … потушили») — of the best one's fragment, or relevant enough on its own; of the best
     * one's fragment when two have as much; the best one when no such sentence is read.
     */
    private static Candidate timedOf(Candidate best, List<Candidate> candidates, List<String> stems, Map<String, Double> weights,
                                     AnswerType expected) {
        List<String> asked = stems.stream().filter(w -> !isNumber(w)).toList();
        ToDoubleFunction<Candidate> told = c -> asked.stream().filter(w -> sharesStart(c.stems(), w))
                .mapToDouble(w -> weights.getOrDefault(w, 1.0)).sum();
        Set<Integer> story = fragmentsOfTheStory(candidates, stems, weights);
        Optional<Candidate> giving = candidates.stream().filter(c -> c != best && expected.offeredBy(c.sentence()) && told.applyAsDouble(c) > 0
                        && (c.hit() == best.hit() || c.coverage() >= ExtractiveComposer.RELEVANCE_FLOOR || story.contains(c.hit())))
                .max(Comparator.comparingDouble(told).thenComparing(c -> c.hit() == best.hit()).thenComparingDouble(Candidate::score));
        if (giving.isEmpty() || expected.offeredBy(best.sentence()) && told.applyAsDouble(giving.get()) <= told.applyAsDouble(best)) {
            return best;
        }
        return giving.get();
    }

    private static boolean saysInSomeForm(List<String> stems, String stem) {
        return startsAlike(stems, stem, SAME_WORD_START);
    }

    /** Whether a sentence counts something, in digits («5 человек») or words («погибло четыре человека»). */
    private static boolean counts(String sentence) {
        return COUNTED.matcher(sentence).find() || SPOKEN_COUNT.matcher(sentence).find();
    }

    /**
     * The stem of the word a count question counts, when it is Russian: «обломков» of «скока обломков ан-148 нашли»; not
     * «blankets» of «how many blankets», which the Russian texts do not write.
     */
    static Optional<String> countedWord(String question, TermAnalysis analysis) {
        Matcher m = COUNT_OF.matcher(question.toLowerCase(Locale.ROOT));
        if (!m.find() || !CYRILLIC.matcher(m.group(1)).lookingAt()) {
            return Optional.empty();
        }
        List<String> stems = analysis.stems(m.group(1));
        return stems.isEmpty() || isNumber(stems.getFirst()) || VERB_ENDING.matcher(m.group(1)).matches() ? Optional.empty()
                : Optional.of(stems.getFirst());
    }

    /**
     * The sentence that gives a number of the word counted («498 обломков», «42 единицы техники»): the best one if it does,
     * else the best-scored one of its fragment, else of another fragment relevant enough on its own; empty when none does.
     */
    private static Optional<Candidate> countingOf(String counted, Candidate best, List<Candidate> candidates) {
        if (counts(best.sentence(), counted)) {
            return Optional.of(best);
        }
        Comparator<Candidate> byScore = Comparator.comparingDouble(Candidate::score);
        List<Candidate> counting = candidates.stream().filter(c -> counts(c.sentence(), counted)).toList();
        return counting.stream().filter(c -> c.hit() == best.hit()).max(byScore)
                .or(() -> counting.stream().filter(c -> c.coverage() >= ExtractiveComposer.RELEVANCE_FLOOR).max(byScore));
    }

    /**
     * Whether no sentence read has the word counted in any form or another name of the thing («машин» — «легковых
     * автомобиля»), when it does not count people («скока солярки сожгла дэс»: the base says nothing of fuel).
     */
    private static boolean namedNowhere(String counted, List<Candidate> candidates) {
        return !PEOPLE.matcher(counted).lookingAt() && candidates.stream()
                .noneMatch(c -> sharesStart(c.stems(), counted) || c.stems().stream().anyMatch(w -> DifferingAccounts.sameThing(counted, w)));
    }

    /** Whether the sentence has a number with the word counted among the three words after it. */
    private static boolean counts(String sentence, String counted) {
        String start = counted.substring(0, Math.min(counted.length(), OWN_START + 1));
        Matcher m = NUMBER_THEN_WORDS.matcher(sentence.toLowerCase(Locale.ROOT).replace('ё', 'е'));
        while (m.find()) {
            for (int word = 1; word <= m.groupCount(); word++) {
                if (m.group(word) != null && (m.group(word).startsWith(start) || DifferingAccounts.sameThing(counted, m.group(word)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean givesCause(Candidate c) {
        return AnswerType.CAUSE.offeredBy(c.sentence()) && !CAUSE_PENDING.matcher(c.sentence()).find();
    }

    /**
     * A follow-up asking a thing of its own («а бригада рэс на чём туда выехала, техника какая» after «опора на ф7 далеко от
     * лугового упала?») is searched with the questions before it, whose words dilute what it asks: a sentence saying at
     * least two of its own words, and {@link #OWN_FLOOR} of their weight, is about it («По ф. 7: выехала бригада РЭС
     * (…бурильно-крановая машина, автовышка)»). A question searched as asked has no words but its own, and the relevance
     * floor, lower than this one, decides. A follow-up of two words («а за гп ключи?» after «кто отвечает за мост?»)
     * switches the thing asked about and is not read this way.
     */
    private static boolean saysOwnWords(List<String> own, List<String> stems, Candidate c, Map<String, Double> weights) {
        List<String> asked = own.stream().filter(stems::contains).distinct().toList();
        if (asked.size() < OWN_WORDS || asked.size() == stems.size()) {
            return false;
        }
        List<String> said = asked.stream().filter(w -> sharesStart(c.stems(), w)).toList();
        double total = asked.stream().mapToDouble(w -> weights.getOrDefault(w, 1.0)).sum();
        return said.size() >= 2 && said.stream().mapToDouble(w -> weights.getOrDefault(w, 1.0)).sum() >= OWN_FLOOR * total;
    }

    /**
     * The weighted share of a follow-up's own words a sentence says, a verb counting {@value #VERB_SHARE} of a noun: of
     * «а психолог во скока там принимает», «психолог … с 10:00 до 17:00» says more than «продукты не принимаются».
     */
    private static double ownShare(List<String> own, Set<String> verbs, Candidate c, Map<String, Double> weights) {
        Map<String, Double> weight = new HashMap<>();
        own.forEach(w -> weight.put(w, weights.getOrDefault(w, 1.0) * (verbs.contains(w) ? VERB_SHARE : 1)));
        double total = weight.values().stream().mapToDouble(Double::doubleValue).sum();
        return total <= 0 ? 0 : weight.entrySet().stream().filter(e -> sharesStart(c.stems(), e.getKey())).mapToDouble(Map.Entry::getValue).sum() / total;
    }

    /**
     * Whether the stems have {@code stem}, or one starting with its first {@value #OWN_START} letters when it is longer: a
     * follow-up's own word in another form («а скока спасли?» — «спасено 6 человек»).
     */
    private static boolean sharesStart(List<String> stems, String stem) {
        return startsAlike(stems, stem, OWN_START);
    }

    /** One of the stems is the stem, or — for a stem longer than {@link #OWN_START} — starts with its first {@code letters}. */
    private static boolean startsAlike(List<String> stems, String stem, int letters) {
        return stems.contains(stem) || stem.length() > OWN_START && stems.stream().anyMatch(s -> s.regionMatches(0, stem, 0, letters));
    }

    private static boolean isNumber(String stem) {
        return !stem.isEmpty() && stem.chars().allMatch(Character::isDigit);
    }

    /**
     * The sources of a claim asked for («кто говорил что в баумгартене россиян среди пострадавших нет») are the reports
     * that tell it, though not in one sentence («…граждан России среди пострадавших нет. Эту информацию подтвердили в
     * посольстве»): the best sentence of the fragment whose sentences together hold most of the claim, at least
     * {@value #CLAIM_FLOOR} of it and two of its words — the sentence that tells most of it.
     */
    private static Optional<Candidate> claimToldAcross(List<String> stems, List<Candidate> candidates, Map<String, Double> weights) {
        Map<Integer, List<String>> told = new LinkedHashMap<>();
        candidates.forEach(c -> told.computeIfAbsent(c.hit(), h -> new ArrayList<>()).addAll(c.stems()));
        Map<Integer, Double> covered = new LinkedHashMap<>();
        told.forEach((hit, words) -> {
            if (matched(stems, words) >= 2) {
                covered.put(hit, Candidate.coverage(stems, words, weights));
            }
        });
        return covered.entrySet().stream().filter(e -> e.getValue() >= CLAIM_FLOOR).max(Map.Entry.comparingByValue())
                .flatMap(e -> candidates.stream().filter(c -> c.hit() == e.getKey())
                        .max(Comparator.comparingDouble((Candidate c) -> c.coverage()).thenComparingDouble(Candidate::score)));
    }

    /** How many words asked the sentence has, or its fragment's title or heading, in any form {@link Candidate#contains} accepts. */
    private static long matchedInContext(List<String> stems, Candidate c) {
        return stems.stream().filter(s -> Candidate.contains(c.stems(), s) || Candidate.contains(c.context(), s)).count();
    }

    /** How many of the question's words {@code told} holds, in any form {@link Candidate#contains} accepts. */
    private static long matched(List<String> stems, List<String> told) {
        return stems.stream().filter(s -> Candidate.contains(told, s)).count();
    }

    /**
     * The best sentence first, then others that add something — its neighbours first, then by score — in source
     * order, within the word budget.
     */
    List<Candidate> pack(int budget) {
        return pack(budget, false);
    }

    /**
     * As {@link #pack(int)}; {@code wholeReport}: what happened is asked («белово дворец рухнул, кратко что там»), and the
     * rest of the best sentence's report comes first, in its order — who was hurt and what was done are in sentences
     * that repeat no word of the question.
     */
    List<Candidate> pack(int budget, boolean wholeReport) {
        Candidate first = fitted(best, budget);
        List<Candidate> chosen = new ArrayList<>(List.of(first));
        int words = first.words();
        List<Candidate> rest = candidates.stream()
                .filter(c -> c != best && (wholeReport && c.hit() == best.hit()
                        || c.score() >= best.score() * ExtractiveComposer.PACK && saysAWordAsked(c)))
                .sorted(Comparator.comparingInt((Candidate c) -> wholeReport && c.hit() == best.hit() ? c.position() - Integer.MAX_VALUE / 2
                                : neighbour(c) ? 0 : 1)
                        .thenComparing(Comparator.comparingDouble(Candidate::score).reversed())).toList();
        for (Candidate c : rest) {
            if (words + c.words() > budget || chosen.stream().anyMatch(x -> x.overlap(c) > 0.5)) {
                continue;
            }
            chosen.add(c);
            words += c.words();
        }
        List<Candidate> ordered = new ArrayList<>(chosen.subList(1, chosen.size()));
        ordered.sort(Comparator.comparingInt(Candidate::hit).thenComparingInt(Candidate::position));
        ordered.addFirst(first);
        return ordered;
    }

    /**
     * A brief of what is asked («больница в ебурге горела 18 ноября — коротко чё там», «медицина за половодье — коротко
     * что было»): the sentences chosen of the story that say something new, then from each other fragment of it not heard
     * the sentence that says most not said yet (those evacuated, the cause, another report's warning; a figure and an
     * outcome, {@link #OUTCOME}, count more than other words), in the order the fragments were made, within {@code budget}
     * words. A fragment is of the story when it tells {@value #BRIEF_SHARE_OF_BEST} as much of what is asked as the best
     * sentence's fragment; a news report, besides, when it was made within {@link #STORY_DAYS} of that one — a fire in the
     * same hospital a month before is another story. {@code digested}: the sentences chosen are the best one's report told
     * by {@link #digestOfReport}, all kept, which weighed its outcomes already; else its outcomes come in ({@link #withOutcomes}).
     */
    List<Candidate> briefOfTheStory(List<Candidate> chosen, int budget, List<SearchHit> hits, boolean digested) {
        Map<Integer, Double> told = toldByFragment(candidates, questionStems, weights);
        double most = told.getOrDefault(best.hit(), 0.0);
        Instant when = hits.get(best.hit()).observedAt();
        IntPredicate sameDays = h -> hits.get(h).type() != SourceType.RECORD || when == null || hits.get(h).observedAt() != null
                && Duration.between(when, hits.get(h).observedAt()).abs().compareTo(STORY_DAYS) <= 0;
        IntPredicate ofTheStory = h -> told.getOrDefault(h, 0.0) >= most * BRIEF_SHARE_OF_BEST && sameDays.test(h);
        Set<String> said = new HashSet<>();
        ToDoubleFunction<Candidate> news = c -> c.stems().stream().filter(w -> !said.contains(w)).count()
                + (FIGURE.matcher(c.sentence()).find() ? FIGURE_NEWS : 0) + (OUTCOME.matcher(c.sentence()).find() ? OUTCOME_NEWS : 0);
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : digested ? chosen : withOutcomes(chosen, budget)) {
            if (digested || c.hit() == best.hit() || ofTheStory.test(c.hit()) && news.applyAsDouble(c) >= MIN_NEWS) {
                kept.add(c);
                said.addAll(c.stems());
            }
        }
        int words = kept.stream().mapToInt(Candidate::words).sum();
        List<Candidate> added = new ArrayList<>();
        for (int hit : candidates.stream().map(Candidate::hit).distinct().toList()) {
            if (hit == best.hit() || !ofTheStory.test(hit) || kept.stream().anyMatch(c -> c.hit() == hit)
                    || digested && hits.get(hit).sourceId().equals(hits.get(best.hit()).sourceId())) {
                continue;
            }
            Optional<Candidate> adds = candidates.stream().filter(c -> c.hit() == hit && c.words() >= MIN_WORDS && news.applyAsDouble(c) >= MIN_NEWS)
                    .max(Comparator.comparingDouble(news));
            if (adds.isPresent() && words + adds.get().words() <= budget) {
                added.add(adds.get());
                said.addAll(adds.get().stems());
                words += adds.get().words();
            }
        }
        added.sort(Comparator.comparing((Candidate c) -> hits.get(c.hit()).observedAt(), Comparator.nullsLast(Comparator.naturalOrder())));
        List<Candidate> brief = new ArrayList<>(kept);
        brief.addAll(added);
        return brief;
    }

    /**
     * The sentences chosen with those of the best one's report telling an outcome ({@link #OUTCOME}: «Никто не
     * пострадал», «причиной стала техническая неисправность коробки передач»), which a brief must tell though they
     * share no word with the question; to stay within {@code budget} words, the chosen sentences of least score that
     * tell none give way, never the best one. In the report's order.
     */
    private List<Candidate> withOutcomes(List<Candidate> chosen, int budget) {
        List<Candidate> outcomes = candidates.stream().filter(c -> c.hit() == best.hit()
                && chosen.stream().noneMatch(k -> k.hit() == c.hit() && k.position() == c.position())
                && OUTCOME.matcher(c.sentence()).find()).sorted(Comparator.comparingInt(Selection::telling).reversed()).toList();
        if (outcomes.isEmpty()) {
            return chosen;
        }
        List<Candidate> all = new ArrayList<>(chosen);
        all.addAll(outcomes);
        List<Candidate> yielding = chosen.stream().filter(c -> (c.hit() != best.hit() || c.position() != best.position())
                        && !OUTCOME.matcher(c.sentence()).find())
                .sorted(Comparator.comparingDouble(Candidate::score)).toList();
        int words = all.stream().mapToInt(Candidate::words).sum();
        for (Candidate c : yielding) {
            if (words <= budget) {
                break;
            }
            all.remove(c);
            words -= c.words();
        }
        List<Candidate> outs = new ArrayList<>(outcomes);
        while (words > budget && !outs.isEmpty()) {
            Candidate last = outs.removeLast();
            all.remove(last);
            words -= last.words();
        }
        List<Candidate> ordered = new ArrayList<>(all.stream().filter(c -> c.hit() == best.hit()).sorted(Comparator.comparingInt(Candidate::position)).toList());
        all.stream().filter(c -> c.hit() != best.hit()).forEach(ordered::add);
        return ordered;
    }

    /**
     * How much an outcome tells, for a brief short of room: a cause most, then a figure; a quote («Пострадавшим желаю
     * скорейшего выздоровления», — написал он) least.
     */
    private static int telling(Candidate c) {
        String sentence = c.sentence();
        return (CAUSE_TOLD.matcher(sentence).find() ? 2 : 0) + (FIGURE.matcher(sentence).find() ? 1 : 0)
                - (QUOTED.matcher(sentence).lookingAt() ? 2 : 0);
    }

    /**
     * The sentences chosen, the best one's report first and in its own order, from its opening, when that is about the
     * question too: a news post asked what happened («кратко что было с самолетом из бангкока в екб») is told as it was
     * written — its headline first, not the sentence that repeats most of the question. «Что было предметом исследования
     * … 1996 года» keeps the sentence that answers first.
     */
    List<Candidate> inReportOrder(List<Candidate> chosen) {
        boolean opensAboutIt = chosen.stream().anyMatch(c -> c.hit() == best.hit() && c.position() == 0
                && c.coverage() >= ExtractiveComposer.RELEVANCE_FLOOR);
        if (!opensAboutIt) {
            return chosen;
        }
        // a stable sort: the other reports' sentences keep their order after the best one's report
        return chosen.stream().sorted(Comparator.comparingInt((Candidate c) -> c.hit() == best.hit() ? c.position() : Integer.MAX_VALUE))
                .toList();
    }

    /**
     * What happened, briefly, of a news report («теплоход булгария — коротко чё известно»): the best sentence's report,
     * its fragments read in their order, told by {@link ReportDigest} within {@code budget} words — its opening and the
     * sentences that add most figures, names and outcomes not told yet; empty when the report is {@code whole} words at
     * most, and is told as it is.
     */
    Optional<List<Candidate>> digestOfReport(int whole, int budget, List<SearchHit> hits) {
        List<Candidate> report = bestReport(hits);
        return report.stream().mapToInt(Candidate::words).sum() <= whole ? Optional.empty()
                : Optional.of(ReportDigest.of(report, best, budget, questionStems));
    }

    /** The sentences of the best one's report, of all its fragments read, in its order, each once (fragments overlap). */
    private List<Candidate> bestReport(List<SearchHit> hits) {
        String source = hits.get(best.hit()).sourceId();
        Set<String> read = new HashSet<>();
        return candidates.stream().filter(c -> hits.get(c.hit()).sourceId().equals(source))
                .sorted(Comparator.comparingInt((Candidate c) -> fragmentNumber(hits.get(c.hit()))).thenComparingInt(Candidate::position))
                .filter(c -> c == best || read.add(c.sentence()))
                .toList();
    }

    /** The place of a fragment in its source: «inc_rt_5_0779#1» is the second; 0 when its id does not say. */
    private static int fragmentNumber(SearchHit hit) {
        String id = hit.fragmentId();
        int mark = id == null ? -1 : id.lastIndexOf('#');
        return mark < 0 || !id.substring(mark + 1).chars().allMatch(Character::isDigit) || mark == id.length() - 1 ? 0
                : Integer.parseInt(id.substring(mark + 1));
    }

    /**
     * The candidate, its sentence shortened to the clauses about the question if it is longer than {@code budget}
     * words (never below {@value #MIN_WORDS}: a shorter cut says nothing).
     */
    Candidate fitted(Candidate c, int budget) {
        String window = Clauses.window(analysis, c.sentence(), questionStems, weights, expected, Math.max(budget, MIN_WORDS));
        return window.equals(c.sentence()) ? c : c.shortened(analysis, window, questionStems, weights);
    }

    /** Whether the sentence itself has a word asked — not only its fragment's title or heading. */
    private boolean saysAWordAsked(Candidate c) {
        return questionStems.stream().anyMatch(c.stems()::contains);
    }

    /** A sentence right next to the best one in its fragment: its context, taken before sentences from elsewhere. */
    private boolean neighbour(Candidate c) {
        return c.hit() == best.hit() && Math.abs(c.position() - best.position()) == 1;
    }

    /**
     * Another sentence of the same fragment that has a word of the question the chosen one lacks, within the budget: «…
     * горит на Перовском проезде» is completed by «площадь — около 100 кв. м» when the area is asked.
     */
    Optional<Candidate> complement(Candidate chosen, int budget) {
        return candidates.stream()
                .filter(c -> c.hit() == chosen.hit() && c.position() != chosen.position() && c.words() <= budget)
                .filter(c -> c.stems().stream().anyMatch(w -> questionStems.contains(w) && !chosen.stems().contains(w)))
                .max(Comparator.comparingDouble(Candidate::score));
    }

    /**
     * Whether a sentence only says the question back: every word of it is a word asked («Институт гражданской авиации
     * горит в Ульяновске» for «щас в ульяновске институт гражданской авиации горит — чё там горит»).
     */
    boolean echoes(Candidate c) {
        return !c.stems().isEmpty() && questionStems.containsAll(c.stems());
    }

    /** The sentences of one fragment, in their order. */
    List<Candidate> sentencesOf(int hit) {
        return candidates.stream().filter(c -> c.hit() == hit).sorted(Comparator.comparingInt(Candidate::position)).toList();
    }

    /** The sentence of a fragment at a position («the one before», «the one after» a sentence), if it was read. */
    Optional<Candidate> sentenceAt(int hit, int position) {
        return candidates.stream().filter(c -> c.hit() == hit && c.position() == position).findFirst();
    }

    /** The best sentence of one fragment, or null if it has none. */
    Candidate bestOf(int hit) {
        return candidates.stream().filter(c -> c.hit() == hit).max(Comparator.comparingDouble(Candidate::score)).orElse(null);
    }

    /** Fragments with an observed time whose best sentence is about the question. */
    List<Integer> datedHits(Request r) {
        return datedHits(r, false);
    }

    /**
     * Fragments with an observed time about the question: by their best sentence; for a timeline ({@code story}), of the
     * first fragments so, and of any read the reports of the story asked ({@link #tellsTheStory}), each telling it in its
     * own words («Предприниматель Мишачев, пострадавший во время взрыва автомобиля на Профсоюзной…» is of «взрыв машины
     * на профсоюзной»).
     */
    List<Integer> datedHits(Request r, boolean story) {
        Optional<String> telling = story ? tellingWord(questionStems, candidates, weights) : Optional.empty();
        List<Integer> dated = new ArrayList<>();
        for (int h = 0; h < Math.min(story ? ExtractiveComposer.TIMELINE_FRAGMENTS : ExtractiveComposer.MAX_HITS * 2, r.hits().size()); h++) {
            Candidate top = bestOf(h);
            boolean relevant = top != null && (top.coverage() >= ExtractiveComposer.RELEVANCE_FLOOR && (!story || h < ExtractiveComposer.MAX_HITS)
                    || story && tellsTheStory(h, top, telling));
            if (r.hits().get(h).observedAt() != null && relevant) {
                dated.add(h);
            }
        }
        return dated;
    }

    /**
     * Whether a fragment is of the story asked: it names the question's most telling word ({@link #tellingWord}), and its
     * best sentence is about the question or all its sentences together are.
     */
    private boolean tellsTheStory(int hit, Candidate top, Optional<String> telling) {
        List<String> told = candidates.stream().filter(c -> c.hit() == hit).flatMap(c -> Stream.concat(c.stems().stream(), c.context().stream()))
                .distinct().toList();
        return telling.isPresent() && saysInSomeForm(told, telling.get()) && (top.coverage() >= ExtractiveComposer.RELEVANCE_FLOOR
                || Candidate.coverage(questionStems, told, weights) >= CLAIM_FLOOR);
    }

    /** The fragments whose sentences, with their title, hold most of what is asked: reports of the story asked. */
    Set<Integer> fragmentsOfTheStory() {
        return fragmentsOfTheStory(candidates, questionStems, weights);
    }

    private static Set<Integer> fragmentsOfTheStory(List<Candidate> candidates, List<String> stems, Map<String, Double> weights) {
        Set<Integer> story = new HashSet<>();
        toldByFragment(candidates, stems, weights).forEach((hit, told) -> {
            if (told >= CLAIM_FLOOR) {
                story.add(hit);
            }
        });
        return story;
    }

    /**
     * How much of what is asked each fragment tells, its sentences and title together, a word in any form whose stem
     * starts like the question's ({@link #SAME_WORD_START} letters: «оползне» — «оползень», which the stemmer cuts apart).
     */
    private static Map<Integer, Double> toldByFragment(List<Candidate> candidates, List<String> stems, Map<String, Double> weights) {
        Map<Integer, List<String>> words = new HashMap<>();
        candidates.forEach(c -> words.computeIfAbsent(c.hit(), h -> new ArrayList<>(c.context())).addAll(c.stems()));
        Map<Integer, Double> told = new HashMap<>();
        words.forEach((hit, w) -> told.put(hit, Candidate.coverage(stems, stems.stream().filter(q -> saysInSomeForm(w, q)).toList(), weights)));
        return told;
    }

    Evidence evidence(Request r, List<Candidate> chosen, boolean conflict) {
        List<String> fragmentStems = candidates.stream().filter(c -> c.hit() == 0)
                .flatMap(c -> c.stems().stream()).distinct().toList();
        double top = r.hits().getFirst().score();
        double second = r.hits().size() > 1 ? r.hits().get(1).score() : 0;
        long sources = chosen.stream().map(Candidate::hit).distinct().count();
        return new Evidence(Candidate.coverage(questionStems, best.stems(), r.weights()),
                Candidate.coverage(questionStems, fragmentStems, r.weights()), top,
                top <= 0 ? 0 : (top - second) / top, (int) sources, conflict);
    }
}
