package ru.sppr.chat.answer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import ru.sppr.chat.knowledge.analysis.RussianMonths;
import ru.sppr.chat.knowledge.analysis.RussianNumbers;
import ru.sppr.chat.knowledge.search.SearchHit;

/**
 * What reports of the same story say of the figure asked when they disagree: «погибли 12 человек»
 * against «жертвами стали 11 человек», «пожар начался около 20:00» against «загорелся около 9 вечера». News channels
 * disagree on counts and times, and an operator has to see both to know the figure is not settled.
 * <p>
 * A figure is a count of the thing asked (a number, in digits or words, next to a word of it: «четыре человека погибли»,
 * «12 авто», «около 350 пострадали») or a moment (a clock time, «9 вечера», «26 июня»). Other accounts are looked for in
 * the sentences of fragments that tell the story asked (their sentences together hold {@link Selection#CLAIM_FLOOR} of
 * the question's words), the answer's own report included: one article may quote two sources.
 */
final class DifferingAccounts {
    /** How far apart in time the reports of one story may be: a week of updates to a death toll, a court hearing. */
    private static final Duration STORY = Duration.ofDays(7);
    /** How many values besides the answer's own an answer lists. */
    static final int MOST = 2;
    /** Words that name people counted, between a number and the word of what befell them («12 человек погибли»). */
    private static final Pattern PEOPLE = Pattern.compile("(?:человек|люд|дет|ребен|ребён|пассажир|взросл|жител|мужчин|женщин|сотрудник|"
            + "горняк|рабоч|турист|пациент)\\p{L}*");
    /** What a count of people is of, in the words a question and a report may use for it. */
    private static final List<Pattern> PEOPLE_FATES = Stream.of(
            "погиб|гибел|жертв|скончал|умер|смерт|тел[оа]?(?!\\p{L})",
            "пострада|ранен|ранил|травм|ожог",
            "госпитал|в больниц",
            "эвакуир|эвакуац|вывез|вывоз|отселен",
            "спасл|спасен|спасён|спасат",
            "пропал|пропавш|без вести").map(p -> Pattern.compile("(?<!\\p{L})(?:" + p + ")")).toList();
    /**
     * Things counted under several names: an operator's «машин» is a report's «авто», «детей» are «ребёнка». A question
     * naming one («скока детей вывезли») counts it, whatever befell them.
     */
    private static final List<Pattern> THINGS = Stream.of(
            "машин|авто(?!\\p{L})|автомоб|легков|грузов|фур[аыуе]?(?!\\p{L})|транспортн|иномар",
            "дет(?:и|ей|ям|ьми|ях)(?!\\p{L})|ребен|ребён|несовершеннолет|школьни|малолет|младен",
            "пассажир").map(p -> Pattern.compile("(?<!\\p{L})(?:" + p + ")")).toList();
    /** The word after «сколько» in any spelling: group 1. */
    private static final Pattern COUNTED_WORD = Pattern.compile("(?<!\\p{L})(?:скольк\\p{L}*|скока|скоко|скок)\\s+(?:всего\\s+|было\\s+)?(\\p{L}+)");
    /** A number and the word after it: «12 человек», «четыре человека», «1 200 квадратов»; or none, ending a clause («погибших до трёх»). */
    private static final Pattern COUNT = Pattern.compile("(?<![\\p{L}\\d.,:/+№-])(\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3}){1,3}|\\d{1,9}|"
            + AnswerType.SpokenNumbers.UP_TO_TEN + ")(?![\\d.,:]?\\d)(?!\\p{L})[\\s\\u00A0]*(\\p{L}+)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words after a number that make it no count of people or things: money, distances, ages, shares. */
    private static final Pattern NOT_COUNTED = Pattern.compile("(?:м|см|км|мм|кг|т|га|лет|год|года|раз|раза|дня|дней|ч)|"
            + "(?:млн|млрд|тыс|руб|доллар|евро|километр|метр|процент|час|минут|секунд|сут|недел|месяц|числ|январ|феврал|март|"
            + "апрел|июн|июл|август|сентябр|октябр|ноябр|декабр)\\p{L}*");
    /** How near a count the word of what befell people must be: words before it, words after the word after it. */
    private static final int WORDS_BEFORE = 4;
    private static final int WORDS_AFTER = 2;
    /** A report of at most this many sentences tells one story; a longer article may recall others. */
    private static final int SHORT_POST = 10;
    /** A word of what befell people or of a thing counted: no sign on its own of which story a sentence tells. */
    static final Pattern THING_WORD = Pattern.compile(Stream.concat(PEOPLE_FATES.stream(), THINGS.stream())
            .map(Pattern::pattern).reduce((x, y) -> x + "|" + y).orElseThrow());
    /** What may follow a clause's last word: spaces and the marks that end a sentence or a quotation. */
    static final Pattern CLAUSE_ENDS = Pattern.compile("[\\s.!?…»\"]*$");
    /** A clause ending in its count is quoted whole when this short: «погибших до трёх», not «трёх». */
    private static final int SAID_WHOLE = 5;
    /**
     * A moment of the day: «в 18:26», «около 20:00», «около 9 вечера», «в восемь утра», «в 2 часа ночи»; not a date («12.04»)
     * nor a span («тушили два дня», «три ночи подряд»).
     */
    private static final Pattern CLOCK = Pattern.compile("(?<![\\d:.])([01]?\\d|2[0-3]):([0-5]\\d)(?![\\d:]|\\.\\d|\\s*(?:млн|тыс|%))"
            + "|(?<![\\p{L}\\d])(\\d{1,2}|" + AnswerType.SpokenNumbers.UP_TO_TEN + "|одиннадцат\\p{L}*|двенадцат\\p{L}*)"
            + "\\s+(?:(?:час\\p{L}*\\s+)(утра|вечера|ночи|дня)|(утра|вечера))(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DAY = Pattern.compile("(?<!\\d)(\\d{1,2})\\s+(" + RussianMonths.ALTERNATION + ")(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The word before a moment that says how exact it is: «около 20:00», «примерно в 9 вечера», «после 18:00». */
    private static final Pattern APPROXIMATELY = Pattern.compile("(?iu)(?<!\\p{L})(около|примерно|приблизительно|почти|после|до|к|в)\\s+$");
    /** Verbs that tell when something began or happened, though the question asks with another one. */
    private static final Pattern ONSET = Pattern.compile("(?<!\\p{L})(?:загор|началс|начал|вспыхн|произош|случил|взорв|рванул|разбил|"
            + "упал|рухнул|столкн|перевернул|обрушил|потерпел|возник)\\p{L}*");
    /** Where a clause ends: a comma, a dash, a bracket, a colon before a space («UPD: …»), not one inside «18:26». */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;()—]|:\\s");

    private DifferingAccounts() {
    }

    /** One account: the sentence, the figure as it says it, and the value compared («12», «21:00», «26 июня»). */
    record Account(Candidate candidate, String figure, String value) {}

    /**
     * The accounts of the figure asked, one per value: the answer's first, then those of other sentences that differ,
     * best-scored first, at most {@value #MOST} of them; empty when the answer's sentence gives no figure of the thing asked
     * or nothing read says otherwise.
     */
    static List<Account> of(Selection s, Candidate answer, String question, List<SearchHit> hits) {
        if (s.expected() == AnswerType.CAUSE) {
            return DifferingCauses.of(s, answer, hits);
        }
        Optional<Figures> figures = Figures.asked(s.expected(), question, s);
        List<Account> given = figures.map(f -> f.in(answer)).orElse(List.of());
        if (given.isEmpty()) {
            return List.of();
        }
        Set<String> values = new HashSet<>();
        given.forEach(a -> values.add(a.value()));
        Set<Integer> ofTheStory = s.fragmentsOfTheStory();
        List<Account> accounts = new ArrayList<>(List.of(given.getFirst()));
        s.candidates().stream().filter(c -> c.hit() != answer.hit() || c.position() != answer.position())
                .filter(c -> (c.hit() == answer.hit() || ofTheStory.contains(c.hit()) && madeNear(hits.get(c.hit()), hits.get(answer.hit())))
                        && ofTheStoryItself(c, s))
                .sorted((a, b) -> Double.compare(b.score(), a.score()))
                .forEach(c -> figures.get().in(c).stream().filter(a -> values.add(a.value())).findFirst()
                        .filter(a -> accounts.size() <= MOST).ifPresent(accounts::add));
        return accounts.size() > 1 ? accounts : List.of();
    }

    /**
     * Whether two reports were made within {@link #STORY} of each other (or either time is unknown): the crash on one
     * embankment in November and one on another in December share the words asked, not the story.
     */
    static boolean madeNear(SearchHit one, SearchHit other) {
        Instant a = one.observedAt();
        Instant b = other.observedAt();
        return a == null || b == null || Duration.between(a, b).abs().compareTo(STORY) <= 0;
    }

    /**
     * Whether a sentence speaks of the story itself, not of another one its report recalls («В аварии погибли три
     * человека» of an earlier crash in an article on this one): it, or the sentence it follows, has a word asked that is
     * not the thing counted («…в Кабуле… произошёл взрыв. Число жертв … около 350 пострадали»), or its report is a short
     * post, which tells one story.
     */
    static boolean ofTheStoryItself(Candidate c, Selection s) {
        return s.sentencesOf(c.hit()).size() <= SHORT_POST || namesTheStory(c, s)
                || s.sentenceAt(c.hit(), c.position() - 1).filter(b -> namesTheStory(b, s)).isPresent();
    }

    private static boolean namesTheStory(Candidate c, Selection s) {
        return s.questionStems().stream().anyMatch(w -> c.stems().contains(w) && !THING_WORD.matcher(w).lookingAt());
    }

    /** How to find the figures of the thing a question asks in a sentence. */
    private interface Figures {
        List<Account> in(Candidate c);

        static Optional<Figures> asked(AnswerType expected, String question, Selection s) {
            String lower = question.toLowerCase(Locale.ROOT);
            return switch (expected) {
                case COUNT -> countedIn(lower).map(thing -> (Figures) c -> counts(c, thing));
                case TIME_OF_DAY -> Optional.of(c -> moments(c, CLOCK, s.questionStems(), ONSET.matcher(lower).find()));
                case TIME -> Optional.of(c -> moments(c, DAY, s.questionStems(), ONSET.matcher(lower).find()));
                default -> Optional.empty();
            };
        }
    }

    /** Whether a word counted in a question and a word after a number name one kind of thing: «машин» and «авто». */
    static boolean sameThing(String counted, String written) {
        return THINGS.stream().anyMatch(p -> p.matcher(counted).lookingAt() && p.matcher(written).lookingAt());
    }

    /**
     * The words of the thing a count question counts: the kind of thing after «сколько» («скока детей вывезли»), else
     * what befell people («скока погибло когда фура с салютами рванула»: not the lorry), else a kind of thing named.
     */
    private static Optional<Pattern> countedIn(String question) {
        Matcher asked = COUNTED_WORD.matcher(question);
        Optional<Pattern> named = asked.find() ? THINGS.stream().filter(p -> p.matcher(asked.group(1)).lookingAt()).findFirst() : Optional.empty();
        return named.or(() -> Stream.concat(PEOPLE_FATES.stream(), THINGS.stream()).filter(p -> p.matcher(question).find()).findFirst());
    }

    private static List<Account> counts(Candidate c, Pattern thing) {
        List<Account> found = new ArrayList<>();
        for (String clause : clauses(c.sentence())) {
            String lower = clause.toLowerCase(Locale.ROOT);
            Matcher m = COUNT.matcher(clause);
            while (m.find()) {
                String next = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
                if (NOT_COUNTED.matcher(next).matches()) {
                    continue;
                }
                boolean ofPeople = PEOPLE.matcher(next).matches() || next.isEmpty() && CLAUSE_ENDS.matcher(clause.substring(m.end())).lookingAt();
                boolean ofTheThing = !next.isEmpty() && thing.matcher(next).lookingAt()
                        || ofPeople && PEOPLE_FATES.contains(thing) && thing.matcher(near(clause, m).toLowerCase(Locale.ROOT)).find();
                if (ofTheThing) {
                    String figure = next.isEmpty() && Words.count(clause) <= SAID_WHOLE ? CLAUSE_ENDS.matcher(clause).replaceFirst("").strip()
                            : clause.substring(m.start(), m.end()).strip();
                    found.add(new Account(c, inList(figure), String.valueOf(number(m.group(1)))));
                }
            }
        }
        return found;
    }

    /** A sentence's opening words as an item of a list: «Двое человек» → «двое человек», «Количество погибших…» → «количество…». */
    static String inList(String figure) {
        return figure.length() > 1 && Character.isUpperCase(figure.charAt(0)) && Character.isLowerCase(figure.charAt(1))
                ? Character.toLowerCase(figure.charAt(0)) + figure.substring(1) : figure;
    }

    /** The words around a count: {@value #WORDS_BEFORE} before it and {@value #WORDS_AFTER} after the word after it. */
    private static String near(String clause, Matcher m) {
        String[] before = clause.substring(0, m.start()).strip().split("\\s+");
        String[] after = clause.substring(m.end()).strip().split("\\s+");
        return String.join(" ", List.of(before).subList(Math.max(0, before.length - WORDS_BEFORE), before.length)) + " "
                + String.join(" ", List.of(after).subList(0, Math.min(WORDS_AFTER, after.length)));
    }

    /**
     * The moments a sentence gives of something asked: its clause has a word of the question, or ({@code onsetAsked}: when
     * something began or happened is asked, «во сколько начался пожар») a verb of an onset («загорелся около 9 вечера»).
     */
    private static List<Account> moments(Candidate c, Pattern moment, List<String> questionStems, boolean onsetAsked) {
        List<Account> found = new ArrayList<>();
        for (String clause : clauses(c.sentence())) {
            String lower = clause.toLowerCase(Locale.ROOT);
            boolean ofWhatIsAsked = onsetAsked && ONSET.matcher(lower).find() || questionStems.stream().anyMatch(lower::contains);
            Matcher m = moment.matcher(clause);
            while (m.find()) {
                if (ofWhatIsAsked) {
                    Matcher before = APPROXIMATELY.matcher(clause.substring(0, m.start()));
                    String said = (before.find() ? before.group(1) + " " : "") + m.group().strip();
                    found.add(new Account(c, said, moment == CLOCK ? clockValue(m) : m.group().toLowerCase(Locale.ROOT)));
                }
            }
        }
        return found;
    }

    /** «18:26» as it is; «9 вечера» as «21:00», «восьми утра» as «08:00». */
    private static String clockValue(Matcher m) {
        if (m.group(1) != null) {
            return "%02d:%s".formatted(Integer.parseInt(m.group(1)), m.group(2));
        }
        String said = m.group(3).toLowerCase(Locale.ROOT);
        String part = (m.group(4) != null ? m.group(4) : m.group(5)).toLowerCase(Locale.ROOT);
        long hour = said.startsWith("одиннадцат") ? 11 : said.startsWith("двенадцат") ? 12 : number(said);
        boolean afternoon = switch (part) {
            case "вечера" -> hour < 12;
            case "дня" -> hour < 6;
            default -> false;
        };
        return "%02d:00".formatted(afternoon ? hour + 12 : hour % 12 == 0 && "ночи".equals(part) ? 0 : hour);
    }

    static List<String> clauses(String sentence) {
        return List.of(CLAUSE_END.split(sentence));
    }

    private static long number(String written) {
        OptionalInt word = RussianNumbers.value(written);
        return word.isPresent() ? word.getAsInt() : Long.parseLong(written.replaceAll("[ \\u00A0\\u202F]", ""));
    }
}
