package ru.sppr.chat.briefing;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sppr.chat.answer.Answer;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;
import ru.sppr.chat.knowledge.search.KnowledgeSearch;
import ru.sppr.chat.situation.Attribute;
import ru.sppr.chat.user.Caller;

/**
 * Whether an answer read from the model speaks of every word the question asks besides the thing it names, the figure
 * and the moment: «сколько скотины вывезли из Нижних Ключей» is not answered by the people evacuated from there, «сколько
 * участков подтопило» not by the houses, «взрыв газа в Липецке» not by the deaths in Домодедово — the sentences of the
 * sources answer then, or nothing does. A word counts as spoken of when the answer, a source it cites, the incident it was
 * read from (its reports' titles) or a thing in focus has a word starting like it («ключевской» and «Ключи»). Only the
 * first of two things asked must be spoken of: the answer to it is confided in less.
 */
final class AskedWords {
    private static final Logger LOG = LoggerFactory.getLogger(AskedWords.class);
    /** Words of the moment asked («на 07:30 18 октября 2024 года»): the answer states the moment as a date and time, not in these words. */
    private static final Pattern WHEN_WORDS = Pattern.compile("(?<!\\p{L})(\\d{4}\\s*(?:года|году|год|г\\.)|\\d+(?:[:.]\\d+)*(?:-?(?:го|е|ое))?|"
            + Frame.DAYS_AND_MONTHS + "|сейчас)(?!\\p{L})");
    /** Words of a follow-up that ask, not name: «с какого времени», «давно», «есть ли», «там». */
    private static final Pattern FOLLOW_UP_FILLER = Pattern.compile("(?<!\\p{L})(?:как\\p{L}*|когда|сколько|скока|скок|где|кто|что|врем\\p{L}*|"
            + "давно|есть|ли|там|тогда|был\\p{L}*|будет|уже|еще|ещё|теперь|сейчас|щас|now|what|when|how|there)(?!\\p{L})");
    /**
     * Words that ask for a figure, a state or a timeline without naming anything: «сколько людей по последним данным»,
     * «как менялось по дням», «кратко, данные сходятся?», «что делал Громов», «что поручали Лаптеву»,
     * «сотрудники ГИБДД что делали» (the people of an organisation named), «скока успели вывезти» (a verb that only helps).
     */
    private static final Pattern ASKING = Pattern.compile("(?<!\\p{L})(?:человек\\p{L}*|люд\\p{L}*|народ\\p{L}*|данн\\p{L}*|последн\\p{L}*|"
            + "итог\\p{L}*|момент\\p{L}*|всего|числ\\p{L}*|количеств\\p{L}*|цифр\\p{L}*|инф\\p{L}*|сводк\\p{L}*|состояни\\p{L}*|обстановк\\p{L}*|"
            + FrameReader.REPORT_VERBS + "|максим\\p{L}*|превы\\p{L}*|кратк\\p{L}*|коротк\\p{L}*|подробн\\p{L}*|сходятся|расходятся|совпада\\p{L}*|"
            + "источник\\p{L}*(?=\\s+(?:сходятся|расходятся|совпада\\p{L}*|разн\\p{L}*))|разн\\p{L}*|сих|пор|ваще|вообще|"
            + "менял\\p{L}*|изменял\\p{L}*|порядк\\p{L}*|дн\\p{L}*|развива\\p{L}*|хронолог\\p{L}*|динамик\\p{L}*|ход|происходил\\p{L}*|"
            + "истори\\p{L}*|случ\\p{L}*|котор\\p{L}*|кого|показыва\\p{L}*|показани\\p{L}*|держ\\p{L}*|задейств\\p{L}*|привлеч\\p{L}*|привлек\\p{L}*|"
            + "делал\\p{L}*|поруч\\p{L}*|сотрудник\\p{L}*|успел\\p{L}*|успева\\p{L}*|удал[оа]сь|смогли|смогла|"
            + "сутк\\p{L}*|суточн\\p{L}*|жил[оиа]?|живут|жив[её]т|people|many|much|now|latest|total|number)(?!\\p{L})|" + Figures.CHANGE.pattern());
    /** Words that ask for a summary of whatever is named: «коротко всё», «в двух словах», «чё там было». */
    private static final Pattern SUMMARY_ASKING = Pattern.compile("(?<!\\p{L})(?:вс[её]|вкратце|двух|словах|целом|общ\\p{L}*|ситуаци\\p{L}*|"
            + "дела|было|писали|пишут|чё|че|там|главное|подготов\\p{L}*|состав\\p{L}*|сдела\\p{L}*|собер\\p{L}*|собра\\p{L}*|напиш\\p{L}*|"
            + "сформир\\p{L}*|выдай|кинь|скинь|давай|нужн\\p{L}*|прошу|мне|нам|пожалуйста|текущ\\p{L}*|актуальн\\p{L}*|оперативн\\p{L}*|"
            + "main|summary|brief\\p{L}*|prepare|give)(?!\\p{L})");
    /** Where a question goes on to ask a second thing: «уровень на гп ключи и прогноз притоков» is answered in part. */
    private static final Pattern AND_ALSO = Pattern.compile("\\s(?:и|а также|плюс)\\s");
    /** Letters two stems must share at their start to count as one word; shorter stems count when whole. */
    private static final int SAME_START = 5;
    /** The first parts of compounds whose second part is a word of its own, long enough to be told from a mere ending. */
    private static final Pattern COMBINING_FORM = Pattern.compile("^(?:авто|мото|вело|электро|фото|видео|теле|радио|гидро|аэро)(?=\\p{L}{6})");
    private static final int SHORTEST = 3;

    /** Words that ask something of their own: «кто готовил», «какие машины», «почему». */
    private static final Pattern INTERROGATIVE = Pattern.compile("(?<!\\p{L})(?:кто|кого|кому|что|чё|че|чего|чем|как\\p{L}*|почему|зачем|"
            + "где|куда|откуда|ли|who|what|which|why|how|where)(?!\\p{L})");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final Incidents incidents;
    private final TermAnalysis analysis;
    private final Predicate<String> verb;
    private final KnowledgeSearch words;

    AskedWords(Incidents incidents, TermAnalysis analysis, Predicate<String> verb, KnowledgeSearch words) {
        this.incidents = incidents;
        this.analysis = analysis;
        this.verb = verb;
        this.words = words;
    }

    /** The lower-case text without the words the frame named its things with («нижних ключей», «екб»). */
    private static String withoutNamed(String lowerCase, Frame frame) {
        String asked = lowerCase;
        for (String name : frame.namedAs()) {
            asked = asked.replace(name.toLowerCase(Locale.ROOT).replace('ё', 'е'), " ");
        }
        return asked;
    }

    /** The text without the words that state a moment: «на 08:00 11 апреля», «вчера вечером». */
    static String withoutMoment(String lowerCase) {
        return WHEN_WORDS.matcher(lowerCase).replaceAll(" ");
    }

    /**
     * Whether a model answer to a question that names its own subject speaks of everything else the question asks. A word
     * no fragment the caller may read has asks nothing another answer could speak of: «щас в анкаре теракт на авиазаводе —
     * скока погибших» is answered by the deaths of the attack in Анкара, whose reports call the works «Tusaş», never
     * «авиазавод».
     */
    boolean covered(String question, Briefed briefed, Frame frame, Caller caller) {
        if (!(briefed.answer() instanceof Answer.Grounded grounded)) {
            return true;
        }
        Set<String> said = said(grounded, frame);
        briefed.incident().ifPresent(i -> said.addAll(analysis.stems(incidents.headlines(i.id(), i.title(), caller))));
        grounded.citations().forEach(c -> said.addAll(analysis.stems(c.hit().title() + " " + c.hit().text())));
        String asked = withoutNamed(Attribute.withoutNames(AND_ALSO.split(question, 2)[0]), frame);
        return unsaid(ASKING.matcher(asked).replaceAll(" "), said).stream().noneMatch(w -> words.contains(w, caller.clearance()));
    }

    /**
     * Whether a summary read from the model speaks of every word the question asks besides what it names, the moment and
     * the words that ask for a summary: «по маломобильным нижних ключей коротко» is not answered by the figures of Нижние
     * Ключи, «как население оповещали за половодье» not by the flood's. Only the summary's own text and its incident's
     * headlines count, not the reports it cites: a summary quotes a few lines of them. A word no fragment the caller may
     * read has asks nothing the base could answer otherwise («подготовь сводку»): the summary stands.
     */
    boolean summaryCovered(String question, Briefed briefed, Frame frame, Caller caller) {
        if (!(briefed.answer() instanceof Answer.Grounded grounded)) {
            return true;
        }
        Set<String> said = said(grounded, frame);
        briefed.incident().ifPresent(i -> said.addAll(analysis.stems(incidents.headlines(i.id(), i.title(), caller))));
        String asked = withoutNamed(Attribute.withoutNames(question), frame);
        return unsaid(SUMMARY_ASKING.matcher(ASKING.matcher(asked).replaceAll(" ")).replaceAll(" "), said).stream()
                .noneMatch(w -> words.contains(w, caller.clearance()));
    }

    /**
     * Whether a model answer to a follow-up naming nothing of its own speaks of the words the follow-up adds: «а детей?»
     * after «сколько людей в пвр» is not answered by the people in the shelter again, nor «а объезд?» by the roads closed;
     * «а людей?» after «сколько скота вывезли» asks nothing more than the people evacuated.
     */
    boolean followUpCovered(String question, Answer answer, Frame frame) {
        return !(answer instanceof Answer.Grounded grounded)
                || unsaid(ASKING.matcher(question.toLowerCase(Locale.ROOT)).replaceAll(" "), said(grounded, frame)).isEmpty();
    }

    /**
     * Whether a follow-up asks a thing of its own besides what it names, the figure, the moment and the words that only
     * ask — with a verb or a question word: «а чё столкнулось, какие машины», «уроки отменили?» do; «а сейчас?», «а у
     * заречья?», «а погибшие?», «а из общаги в выхино?» (a new thing, the same figure) do not.
     */
    boolean asksOwn(String question, Frame frame) {
        String lower = question.toLowerCase(Locale.ROOT).replace('ё', 'е');
        String asked = withoutNamed(Attribute.withoutNames(question), frame);
        String words = FOLLOW_UP_FILLER.matcher(withoutMoment(ASKING.matcher(asked).replaceAll(" "))).replaceAll(" ");
        boolean ownWords = !russianWords(words).isEmpty();
        return ownWords && (INTERROGATIVE.matcher(lower).find() || WORD.matcher(asked).results().map(MatchResult::group).anyMatch(verb));
    }

    /**
     * The stems a question asks about besides the thing it is about ({@code subject}, a name; empty for none), the moment
     * and the words that only ask: «электроснабжение лугового как было по времени» of Луговое — «электроснабжен»;
     * «хронология эвакуации нижних ключей» of Нижние Ключи — «эвакуац».
     */
    List<String> topic(String question, String subject) {
        List<String> named = analysis.stems(subject);
        String asked = question.toLowerCase(Locale.ROOT).replace('ё', 'е');
        String words = FOLLOW_UP_FILLER.matcher(withoutMoment(ASKING.matcher(asked).replaceAll(" "))).replaceAll(" ");
        return russianWords(words).stream().filter(w -> named.stream().noneMatch(n -> sameStart(n, w))).toList();
    }

    /**
     * The distinct stems of the text's words of {@value #SHORTEST} letters or more written in Cyrillic: an English word of a
     * question («how many people died…») is not looked for in the Russian texts, though its stem is read in Russian letters.
     */
    private List<String> russianWords(String text) {
        Set<String> latin = analysis.latinStems(text);
        return analysis.stems(text).stream().filter(w -> w.length() >= SHORTEST && !latin.contains(w)).toList();
    }

    private Set<String> said(Answer.Grounded answer, Frame frame) {
        Set<String> said = new HashSet<>(analysis.stems(answer.text()));
        frame.entities().forEach(e -> said.addAll(analysis.stems(e.name())));
        return said;
    }

    private List<String> unsaid(String asked, Set<String> said) {
        String words = FOLLOW_UP_FILLER.matcher(withoutMoment(asked)).replaceAll(" ");
        List<String> unsaid = russianWords(words).stream().filter(w -> said.stream().noneMatch(s -> sameStart(s, w))).toList();
        if (!unsaid.isEmpty()) {
            LOG.debug("The model answer does not speak of {} of «{}»", unsaid, asked);
        }
        return unsaid;
    }

    /**
     * «ключ» and «ключевск», «заречн» and «заречь»: the same start, as long as the shorter one or {@link #SAME_START};
     * a compound's second word counts («автоблогер» speaks of «блогер»).
     */
    static boolean sameStart(String said, String asked) {
        return startsAlike(said, asked) || startsAlike(withoutCombiningForm(said), withoutCombiningForm(asked));
    }

    private static boolean startsAlike(String said, String asked) {
        int n = Math.min(SAME_START, Math.min(said.length(), asked.length()));
        return n >= SHORTEST && said.regionMatches(0, asked, 0, n);
    }

    /** «автоблогер» → «блогер», «электроснабжен» → «снабжен»: a compound's second word, when it is a word of its own. */
    static String withoutCombiningForm(String stem) {
        return COMBINING_FORM.matcher(stem).replaceFirst("");
    }
}
