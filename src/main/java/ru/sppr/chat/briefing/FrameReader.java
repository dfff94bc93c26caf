package ru.sppr.chat.briefing;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sppr.chat.answer.Causes;
import ru.sppr.chat.answer.Language;
import ru.sppr.chat.answer.NumberedObjects;
import ru.sppr.chat.answer.QuestionWords;
import ru.sppr.chat.knowledge.analysis.EnglishWords;
import ru.sppr.chat.knowledge.analysis.TermAnalysis;
import ru.sppr.chat.knowledge.search.KnowledgeSearch;
import ru.sppr.chat.knowledge.search.SearchRequest;
import ru.sppr.chat.situation.Attribute;
import ru.sppr.chat.situation.EventType;
import ru.sppr.chat.situation.Mention;
import ru.sppr.chat.situation.MentionKind;
import ru.sppr.chat.situation.SituationModel;
import ru.sppr.chat.situation.SituationStore.EntityRow;
import ru.sppr.chat.user.Caller;

/**
 * Reads a question into a {@link Frame}: each place, object, organisation or person it names is looked up in the model
 * within the caller's clearance, by its key or, for adjectives and partial names, by the stem of the name
 * («ключевской мост» → «мост у Ключи», «ольховская дамба» → «Ольховская дамба» and «дамба у Ольховка»).
 */
public final class FrameReader {
    private static final Logger LOG = LoggerFactory.getLogger(FrameReader.class);
    /**
     * What a form of a name may add to the stem of another: a suffix and an ending — «ключ|евской», «ольхов|ская»,
     * «нижн|их» — not another root («ленин|градский», «коми|нтерн»).
     */
    private static final Pattern FORM_ENDING = Pattern.compile("(?:[еоиыя]?в|[иеы]н)?(?:ск|цк|к)?(?:ий|ый|ой|ая|яя|ое|ее|ие|ые|ого|его|ому|ему"
            + "|ом|ем|ых|их|им|ым|ими|ыми|ую|юю|ей|ам|ям|ами|ями|ах|ях|ью|ье|ья|а|я|у|ю|е|ы|и|о|ь)?");
    /** The shortest stem a partial name is matched by. */
    private static final int MIN_STEM = 4;
    /** A word in fewer fragments than this may still be a name; one in more, named as a thing in under a quarter of them, is not. */
    private static final int ORDINARY_MIN_FRAGMENTS = 5;
    /** How many entities a misspelt place name is compared with, of those sharing each {@link #SPELLING_WINDOW} letters of it. */
    private static final int KNOWN_PLACES = 500;
    private static final int SPELLING_WINDOW = 3;
    private static final int NAMED_SHARE = 4;
    /** Letters a case ending adds to a name's stem. */
    private static final int CASE_ENDING = 2;
    /**
     * «экипаж при эвакуации как себя показал», «скока погибло во время эвакуации»: an event named as the circumstance of
     * what is asked, not a figure asked.
     */
    private static final Pattern CIRCUMSTANCE = Pattern.compile("(?<!\\p{L})(?:при|во\\s+время|в\\s+ходе|после|перед)\\s+\\p{L}+");
    /** «в пвр 1 продукты берут?»: «в ПВР № N» names the shelter asked about, not the count of people in shelters… */
    private static final Pattern SHELTER_NAMED = Pattern.compile("(?<!\\p{L})в\\s+пвр\\s*(?:№\\s*)?\\d");
    /** …unless people there are counted: «сколько в пвр», «народу в пвр много?», «кто размещён в пвр». */
    private static final Pattern SHELTERED_COUNTED = Pattern.compile("(?<!\\p{L})(?:сколько|скольких|how many|народ\\p{L}*|много|мало|человек)(?!\\p{L})|размещ|пункт\\p{L}* временного");
    private static final Pattern STATE_ASKED = Pattern.compile(
            "(?<!\\p{L})(открыт\\p{L}*|закрыт\\p{L}*|перекрыт\\p{L}*|открыл\\p{L}*|закрыл\\p{L}*|перекрыл\\p{L}*|работа\\p{L}*|статус\\p{L}*|состояни\\p{L}*|действу\\p{L}*|"
                    + "возобновл\\p{L}*|потушен\\p{L}*|потушил\\p{L}*|погашен\\p{L}*|ликвидирован\\p{L}*|ликвидировал\\p{L}*|локализ\\p{L}*|проезд\\p{L}*|"
                    + "ход(?:ят|ит|или)|свернул\\p{L}*|св[её]рнут\\p{L}*|open|closed)(?!\\p{L})");

    /** «переправа работает?», «лодки у ключей ещё ходят?»: the crossing, though the question gives it no name of its own. */
    private static final Pattern CROSSING_ASKED = Pattern.compile("(?<!\\p{L})(?:переправ\\p{L}*|лодочн\\p{L}*|лодк\\p{L}*(?=.*(?<!\\p{L})ход))");
    private static final String CROSSING = "переправа";
    /** The words that ask of a crossing: it is named by them («лодки … ходят»), whatever else the answer says. */
    private static final Pattern CROSSING_WORDS = Pattern.compile("(?<!\\p{L})(?:переправ|лодочн|лодк|ход(?=ят|ит|или))\\p{L}*");
    /** How many crossings a question naming none of them by its place is taken to ask about. */
    private static final int CROSSINGS = 3;

    /**
     * «ольховский пост скока показывал», «что на гп ключи»: a gauge's reading, its water level, asked without naming it —
     * of a gauge the question calls one ({@code GAUGE_NAMED}), not of one only its place names («голов … ключевская»).
     */
    private static final Pattern GAUGE_READING = Pattern.compile("(?<!\\p{L})(?:сколько|показыва\\p{L}*|показани\\p{L}*|что\\s+(?:на|по))(?!\\p{L})");
    /** «ключи на 20:00 14го скока см было»: centimetres asked of a place with a gauge are its water level. */
    private static final Pattern CENTIMETRES = Pattern.compile("(?<!\\p{L})(?:см|сантиметр\\p{L}*)(?!\\p{L})");
    /** «в 10 утра 11го ключи скока показывали»: what a place with a gauge showed is the gauge's level. */
    private static final Pattern SHOWED = Pattern.compile("(?<!\\p{L})(?:показыва\\p{L}*|показал\\p{L}*|показани\\p{L}*)(?!\\p{L})");
    /** «вода в ключах растёт?»: water said to rise or fall at a place with a gauge is its level. */
    private static final Pattern WATER = Pattern.compile("(?<!\\p{L})(?:вода|воды|water)(?!\\p{L})");
    private static final Pattern GAUGE_NAMED = Pattern.compile("(?<!\\p{L})(?:гп|г/п|пост\\p{L}{0,2}|гидропост\\p{L}*)(?!\\p{L})");
    private static final Pattern LOWER_CASE_OBJECT = Pattern.compile(
            "(?<!\\p{L})(?:(\\p{L}{3,}(?:ск|ов|ев|ин)\\p{L}{2,3})\\s+(мост\\p{L}*|дамб\\p{L}*|гидропост\\p{L}*|пост|поста|посту|постом|посте)"
                    + "|(мост\\p{L}*|дамб\\p{L}*|гп|г/п|гидропост\\p{L}*)\\s+(?:(?:у|в|около|возле|под)\\s+)?(?:с\\.\\s*|села\\s+)?(\\p{L}{4,}))");

    /**
     * Quantities the model does not track; an answer that does not name the one asked for is about something else. «волна»
     * only as a noun: «жители волнуются» asks no wave.
     */
    private static final Pattern MEASURES = Pattern.compile(
            "(?<!\\p{L})(температур|осадк|скорост|толщин|расход(?!ятся|ится|ились|илось)|влажност|давлени|глубин|настил|волн(?=[аыуе]?(?!\\p{L})|ой(?!\\p{L})))\\p{L}*");

    /** What {@link #measure} says of a question asking why something happened (not why the assistant says so). */
    static final String CAUSE = "причина";
    /** «вместимость пвр 1», «сколько мест в пвр № 1»: places a shelter has, not the people it holds. */
    static final String CAPACITY = "вместимость";
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:1[89]|20)\\d\\d(?!\\d)");
    private static final Pattern CAPACITY_ASKED = Pattern.compile("(?<!\\p{L})(?:вместим\\p{L}*|(?:сколько|свободн\\p{L}*)\\s+(?:свободн\\p{L}*\\s+)?мест)(?!\\p{L})");
    /** «какого года мост», «год постройки», «когда построен»: when a thing was built. */
    static final String BUILT = "год постройки";
    private static final Pattern BUILT_ASKED = Pattern.compile("(?<!\\p{L})(?:как\\p{L}*\\s+год\\p{L}*|год\\p{L}*\\s+постро\\p{L}*|постро\\p{L}*|построен\\p{L}*)(?!\\p{L})");
    /** «телефон есть?», «куда звонить»: a number to call. */
    static final String PHONE = "телефон";
    private static final Pattern PHONE_ASKED = Pattern.compile("(?<!\\p{L})(?:телефон\\p{L}*|тел\\.|номер\\s+телефон\\p{L}*|куда\\s+звонить|"
            + "как\\s+связаться|контакт\\p{L}*|phone)(?!\\p{L})");
    private static final Pattern PHONE_GIVEN = Pattern.compile("тел\\.|телефон|\\d{2,3}[-‑ ]\\d{2}[-‑ ]\\d{2}|\\+7|8\\s?\\(\\d{3,5}\\)");
    /**
     * «сколько детей в пвр 1», «маломобильных»: a part of the people counted, which the model keeps only inside the figure
     * of all of them («111 человек, из них 19 детей») — the sentences answer, and must name the part. So too people the
     * model does not count at all («сколько волонтёров в пвр» is not the people the shelter holds).
     */
    static final String CHILDREN = "дети";
    private static final Pattern PART_OF_PEOPLE = Pattern.compile("(?<!\\p{L})(?:(дет(?:и|ей|ям|ьми|ях)|реб[её]н\\p{L}*|children)|"
            + "(маломобильн|пожил|пенсионер|инвалид|лежач|волонт[её]р|доброволь|медик|полицейск)\\p{L}*)(?!\\p{L})");
    private static final Pattern CHILDREN_GIVEN = Pattern.compile("(?<!\\p{L})(?:дет(?:и|ей|ям|ьми|ях)|реб[её]н|детск|учащ|ученик|"
            + "школьник|воспитанник|несовершеннолетн|children|child)");
    /** «опасная отметка на гп заречье», «неблагоприятной отметки»: a gauge's mark, which its sources state beside its levels. */
    static final String DANGER_MARK = "опасная отметка";
    static final String ADVERSE_MARK = "неблагоприятная отметка";
    /** «скока ольховке до опасной оставалось», «запас до отметки»: how far the level is below a mark, not the mark itself. */
    static final String DANGER_MARGIN = "запас до опасной отметки";
    static final String ADVERSE_MARGIN = "запас до неблагоприятной отметки";
    private static final Pattern MARGIN_ASKED = Pattern.compile("(?<!\\p{L})(?:до\\s+(?:опасн|неблагоприятн)|запас|остал|остава|не\\s+хватал|не\\s+доход)");
    /** «опасная отметка на гп заречье», «скока ольховке до опасной оставалось»: a gauge's mark, or how far the level is from it. */
    private static final Pattern MARK_ASKED = Pattern.compile("(?<!\\p{L})(?:(опасн|неблагоприятн)\\p{L}*\\s+отметк|до\\s+(опасн|неблагоприятн)ой"
            + "(?=\\s*$|\\s*[?,.!]|\\s+(?:остава\\p{L}*|остал\\p{L}*|было|был|не|ещ[её]|сколько|скока|см|сантим\\p{L}*|на|у|в|по|к)(?!\\p{L})))");
    /** «а кинологов скока там работало»: how many were at work is a count, not whether something works. */
    private static final Pattern COUNTED_AT_WORK = Pattern.compile("(?<!\\p{L})(?:сколько|скока|скок|how many)(?!\\p{L}).*(?<!\\p{L})(?:работа|действова|действу)\\p{L}*");
    /** «на какой улице дом рухнул», «какой адрес»: where in a town, by its street — an answer without a street is none. */
    static final String STREET = "улица";
    private static final Pattern STREET_ASKED = Pattern.compile("(?<!\\p{L})(?:как\\p{L}*\\s+(?:улиц|адрес)\\p{L}*|(?:what|which)\\s+street|address)(?!\\p{L})");
    private static final Pattern STREET_GIVEN = Pattern.compile("(?<!\\p{L})(?:ул\\.|улиц|проспект|пр-т|переул|шоссе|бульвар|набережн|проезд|street|avenue)");
    /** «скока лет водителю», «какого возраста»: a person's age — an answer without one is none. */
    static final String AGE = "возраст";
    private static final Pattern AGE_ASKED = Pattern.compile("(?<!\\p{L})(?:сколько|скока|скок)\\s+(?:ему\\s+|ей\\s+|им\\s+)?лет(?!\\p{L})|(?<!\\p{L})возраст\\p{L}*|how old");
    private static final Pattern AGE_GIVEN = Pattern.compile("\\d+(?:[.,]\\d+)?\\s*(?:(?:тыс|млн|млрд|миллион|миллиард)\\p{L}*\\.?\\s*)?-?\\s*"
            + "(?:летн|лет(?!\\p{L})(?!\\s+(?:лишени|колони|заключени|тюрьм|строгого|общего|исправительн|принудительн))|год(?:а|у)?(?!\\p{L}))"
            + "|(?<!\\p{L})возраст|years? old"
            + "|(?<!\\p{L})(?:(?:один|одного|два|двух|три|тр[её]х|четыре|четыр[её]х|пят[ьи]|шест[ьи]|сем[ьи]|восем[ьи]|восьми|девят[ьи]"
            + "|десят[ьи]|\\p{L}+надцат[ьи]|двадцат[ьи]|тридцат[ьи]|сорок|сорока|\\p{L}+десят|\\p{L}+десяти|девяност[оа])\\s+"
            + "(?:лет|год(?:а|у)?)(?!\\p{L})(?!\\s+назад)|\\p{L}+летн)");
    /** Measures {@link #measure} gives as whole words; the others are stems («температур…»). */
    static final Set<String> WHOLE_WORDS = Set.of(CAUSE, CAPACITY, BUILT, PHONE, CHILDREN, DANGER_MARK, ADVERSE_MARK, DANGER_MARGIN,
            ADVERSE_MARGIN, STREET, AGE);
    private static final Pattern WHO_OR_WHERE = Pattern.compile("(?<!\\p{L})(" + QuestionWords.WHO + "|" + QuestionWords.FROM + "|"
            + QuestionWords.NAMED + "|where from)(?!\\p{L})|^(?:(?:а|и|ну)\\s+)?(?:" + QuestionWords.WHERE + ")(?!\\p{L})");
    private static final Pattern QUOTED = Pattern.compile("[«»\"“”]");
    /** Kinds of objects named for the place they are at: a gauge, a bridge, a dam, a crossing. */
    private static final Pattern NAMED_FOR_A_PLACE = Pattern.compile("гп|гидропост\\p{L}*|мост\\p{L}*|дамб\\p{L}*|переправ\\p{L}*");
    private static final Pattern CAUSE_ASKED = Pattern.compile("(?<!\\p{L})(причин\\p{L}*|из[- ]за\\s+чего|почему|отчего|" + Causes.FROM_WHAT + "|why|cause\\p{L}*)(?!\\p{L})(?!\\s+(?:ты|вы|так\\s+(?:счита|дума|реш)|you|do you))");
    /** «подъём 1,5–2 см/ч», «до 2,1 м/с»: a speed given by its unit. */
    private static final Pattern SPEED_GIVEN = Pattern.compile("\\d\\s*(?:см|м|км|мм)\\s*/\\s*(?:ч|с|сут)|сантиметр\\p{L}*\\s+в\\s+час|метр\\p{L}*\\s+в\\s+секунд|км/ч");
    private static final Pattern CAUSE_GIVEN = Pattern.compile(Causes.NAMED_WORDS + "|в связи с|ввиду|в результате|подвел|"
            + "связыва|замыкани|утечк|неисправн|нарушени|поджог|" + Causes.SET_ON_FIRE + "|" + Causes.CIRCUMSTANCE + "|размыв|неосторожн|взрыв[а-я]* газа|хлопок газа|газов[а-я]* баллон|because|caused");
    private static final Pattern OVERVIEW = Pattern.compile("(?<!\\p{L})(что\\s+(?:там\\s+)?со?(?!\\p{L})|как\\s+там|как\\s+дела|"
            + "обстановк|ситуаци|сводк|что\\s+известно|что\\s+по(?!\\p{L})|что\\s+(?:там\\s+)?(?:было|происходило|творилось)(?!\\p{L})|what about|status of)");

    /** «доложи», «расскажи», «дай»: words that ask for a report of what is named, and name nothing. */
    static final String REPORT_VERBS = "доложи\\p{L}*|доклад\\p{L}*|дай|дайте|покажи|расскажи|скажи|опиши";
    /** What may stand beside an overview asking of the whole situation: brevity, time words, filler. */
    private static final Pattern WHOLE_SITUATION_WORDS = Pattern.compile("(?<!\\p{L})(?:обстановк\\p{L}*|ситуаци\\p{L}*|сводк\\p{L}*|дела|кратко|коротко|вкратце|в\\s+двух\\s+словах|в\\s+целом|общ\\p{L}*|"
            + "текущ\\p{L}*|" + REPORT_VERBS + "|мне|нам|пожалуйста|сейчас|щас|сегодня|вчера|утр\\p{L}*|вечер\\p{L}*|ноч\\p{L}*|дн[её]м|на|по|за|в|к|как|какая|какова|что|там|"
            + "сложилась|был[аио]?|есть|у\\s+нас|what'?s|what|is|how|the|situation|now|current|currently|overall|brief|briefly|in\\s+brief)(?!\\p{L})|[\\d\\p{Punct}«»—–]+");

    /** «a321», «alpha»: a word in Latin letters, with digits or without. */
    private static final Pattern LATIN_NAME = Pattern.compile("(?<![\\p{L}\\d])[A-Za-z][A-Za-z\\d-]+(?![\\p{L}\\d])");
    private static final Pattern SUMMARY_OF = Pattern.compile("(?<!\\p{L})(?:по|про|об?)\\s+(\\p{L}{3,})");
    private static final Pattern SUMMARY_OF_WHOLE = Pattern.compile("обстановк|ситуаци|состояни|итог|порядк|район|област|округ|регион|"
            + "смен|сутк|текущ|всем|всему|происшест|чс|событи|инцидент|случивш|произошедш|главн|основн|сегодн|вчера|утр|вечер|ноч|сводк");

    private static final Pattern WHEN_STATE = Pattern.compile("(?<!\\p{L})(?:когда|во\\s+сколько|с\\s+какого|с\\s+каких)(?!\\p{L}).*?"
            + "(?<!\\p{L})(?:(откр|закр|перекр)(?:ыл|ыт)\\p{L}*)|(?<!\\p{L})(откр|закр|перекр)(?:ыл|ыт)\\p{L}*.*?(?<!\\p{L})(?:когда|во\\s+сколько)(?!\\p{L})");

    /** «у Старокорсунской»: «у» before a capitalised word (the space kept, so the text keeps its length). */
    private static final Pattern AT_PLACE = Pattern.compile("(?<!\\p{L})[уУ](\\s+\\p{Lu})");
    private static final Pattern ABBREVIATIONS = Pattern.compile(
            "(?<!\\p{L})(пвр|гп|тп|ктп|кчс|еддс|мчс|цукс|цгмс|рэс|дтп|азс|нии|жк|тц|трц|сэп|гибдд|сош|фап|псч|нпз|гэс|тэц|аэс|лэп|ржд|мвд)(?!\\p{L})");
    /** «38к-031», «м-4»: a road's number typed in lower case, written as the base writes it («38К-031»). */
    private static final Pattern ROAD_CODE = Pattern.compile("(?<![\\p{L}\\d])(?:\\d{2}[а-яё]{1,2}|[мран])-\\d{1,4}(?![\\p{L}\\d])");
    /** Words not capitalised in a lower-case question: type words the rules expect in lower case, and everyday words. */
    private static final Pattern COMMON = Pattern.compile("(район|области|область|округ|края|край|реке|река|реки|рек[аеиуой]|улиц\\p{L}*|"
            + "сел[оаеу]|деревн\\p{L}*|поселк\\p{L}*|посёлк\\p{L}*|город\\p{L}*|мост\\p{L}*|дамб\\p{L}*|переправ\\p{L}*|"
            + "трасс\\p{L}*|дорог\\p{L}*|проспект\\p{L}*|бульвар\\p{L}*|шоссе|площад\\p{L}*|"
            + "районе|район[аеу]|областях|сколько|скока|скок|какой|какая|какие|каков|когда|где|что|чем|кто|почему|зачем|как|"
            + "т(?:от|ого|ому|ем|ех|еми|ой|у|е|ом|а|о)|эт\\p{L}*|вс(?:е|ё|ех|ем|его|ему|ей|ю|я|еми)|"
            + "было|были|был|была|есть|сейчас|щас|уровень|уровня|воды|вода|людей|человек|погиб\\p{L}*|пострада\\p{L}*|"
            + "эвакуир\\p{L}*|эвакуац\\p{L}*|пожар\\p{L}*|взрыв\\p{L}*|обрушен\\p{L}*|хронолог\\p{L}*|сводк\\p{L}*|"
            + "данные|данных|последн\\p{L}*|утр\\p{L}*|вечер\\p{L}*|апреля|мая|марта|июня|июля|августа|сентября|октября|ноября|"
            + "декабря|января|февраля|вчера|сегодня|открыт\\p{L}*|закрыт\\p{L}*|подтоп\\p{L}*|дом|дома|доме|домом|домов|домах|домам)");

    /** Places by a proper name: that the base has the word in passing does not make the place known to the model. */
    private static final Set<MentionKind> BY_NAME_ONLY = Set.of(MentionKind.SETTLEMENT, MentionKind.REGION, MentionKind.COUNTRY);
    /** A preposition that puts a place after it, ending the text before a word. */
    private static final Pattern IN_PLACE = Pattern.compile("(?iu)(?<!\\p{L})(?:в|во|под|из)\\s+$");
    /** Words after «в», «на», «под» that a capitalised copy takes for places: «в ходе», «в течение», «на сегодня». */
    private static final Pattern NOT_A_NAME = Pattern.compile("(ходе|течени\\p{L}*|качестве|связи|случае|целом|итоге|результате|"
            + "том|тот|этом|время|виду|сторон\\p{L}*|рамках|пределах|части|мест\\p{L}*|момент\\p{L}*|сегодня|завтра|сутки|"
            + "данный|ближайш\\p{L}*|последн\\p{L}*|настоящ\\p{L}*|утро|вечер|ночь|день|начал\\p{L}*|конц\\p{L}*|счет|счёт|"
            + "двух|трех|трёх|словах|кратце|общем|среднем|порядку|порядке|очереди|деле|самом|итогам|данным|объезде|переправе|борту|новост\\p{L}*|сми|"
            + "(?:январ|феврал|апрел|сентябр|октябр|ноябр|декабр|июн|июл)(?:ь|я|е|ем|ём)|март(?:а|е|ом)?|ма(?:й|я|е|ем)|август(?:а|е|ом)?)");

    /** «районе » of «в районе больницы», read as a district «Больницы» when the question is capitalised to be read. */
    private static final Pattern DISTRICT_WORD = Pattern.compile("^(?iu)район\\p{L}*\\s+");

    /** Words for a kind of place, in their cases: «проезд», «улица», «района», «селе» — alone, no name. */
    private static final Pattern KIND_OF_PLACE = Pattern.compile("проезд(?:а|е|у|ом)?|улиц(?:а|е|у|ы|ей|ой)|переул(?:ок|ка|ке|ку|ком)"
            + "|проспект(?:а|е|у|ом)?|шоссе|набережн(?:ая|ой|ую)|бульвар(?:а|е|у|ом)?|площад(?:ь|и|ью)|район(?:а|е|у|ом)?"
            + "|област(?:ь|и|ью)|кра(?:й|я|ю|е|ем)|город(?:а|е|у|ом)?|сел(?:о|а|е|у|ом)|деревн(?:я|и|е|ю|ей)"
            + "|посел(?:ок|ка|ке|ку|ком)|трасс(?:а|е|у|ы|ой)|дорог(?:а|е|у|и|ой)|мост(?:а|е|у|ом)?");
    /** «на », «на большой »: what puts a street named by an adjective after it («на Большой Тульской»). */
    private static final Pattern AFTER_NA = Pattern.compile("(?<!\\p{L})[нН]а\\s+(?:(?:больш|мал|нов|стар|верхн|нижн|средн)\\p{L}*\\s+)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}+)");
    private static final Pattern ABBREVIATION_AFTER = Pattern.compile("\\s+\\p{Lu}{2,}(?!\\p{Ll})");
    /** The endings of an adjective made from a name: «таман|ской», «перов|ском», «рябин|овой». */
    private static final Pattern ADJECTIVE_ENDING = Pattern.compile("(?:ск|ов|ев|н)?(?:ий|ый|ой|ая|ое|ие|ые|ом|ем|ую|им|ым|ых|их|ого|ому|ей)$");
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?<!\\p{L})\\p{Ll}{3,}");
    /** Kinds of objects a situation centre tracks: asking about one the base lacks is asking about something not in it. */
    private static final Pattern TRACKED = Pattern.compile("гидропост|мост|дамба|пвр|тп|ктп|фидер|азс|склад\\p{L}*|тц|трц|жк|завод\\p{L}*|"
            + "шахт\\p{L}*|аэропорт\\p{L}*|плотин\\p{L}*|школа|больниц\\p{L}*");

    private static final Pattern WHAT_HAPPENED = Pattern.compile("(?<!\\p{L})(?:что\\s+(?:там\\s+|же\\s+)?(?:случилось|произошло|было|стряслось|"
            + "творится|происходит|происходило)|как(?:ие|ое)\\s+(?:были\\s+)?(?:происшестви\\p{L}*|чп|инцидент\\p{L}*)(?:\\s+был[ои]?)?|"
            + "what\\s+happened)(?!\\p{L})");
    /** «что случилось с поездом»: with a thing, not at a place. */
    private static final Pattern WITH_SOMETHING = Pattern.compile("\\s+(?:с|со)\\s");
    /** Words besides «что случилось» a question about a place's incidents has: the place («нижнем тагиле») and «кратко». */
    private static final int WHAT_HAPPENED_WORDS = 3;
    private static final Pattern TRACKED_WORD = Pattern.compile("(?<!\\p{L})(?:" + TRACKED.pattern() + ")\\p{L}{0,2}(?!\\p{L})");

    /** Put before a question's first word to read it as a place would be read after a preposition. */
    private static final String PLACE_FIRST = "в ";
    /** Fragments read to tell whether a street's name is written in the base. */
    private static final int STREET_HITS = 5;
    private final SituationModel model;
    private final KnowledgeSearch words;
    private final TermAnalysis analysis;

    /** {@code words} tells which words the base holds: a lower-case «в воздействии» is a word of it, «в дербенте» no name of it. */
    public FrameReader(SituationModel model, KnowledgeSearch words, TermAnalysis analysis) {
        this.model = model;
        this.words = words;
        this.analysis = analysis;
    }

    public Frame read(String question, ZonedDateTime askedAt, Caller caller) {
        String written = asWritten(question);
        List<Mention> asTyped = model.mentionsOfQuestion(question, askedAt);
        List<Mention> mentions = new ArrayList<>(written.equals(question) ? asTyped
                : withAdjectivesTyped(model.mentionsOfQuestion(written, askedAt), asTyped));
        mentions.addAll(knownPlacesAfterU(written, mentions, askedAt, caller));
        mentions.addAll(knownPlaceFirst(written, mentions, askedAt, caller));
        mentions.removeIf(m -> ordinaryWord(m, question, caller) || onlyAKindOfPlace(m));
        LOG.debug("Mentions of «{}» read as «{}»: {}", question, written, mentions);
        Map<String, EntityRow> entities = new LinkedHashMap<>();
        List<String> namedAs = new ArrayList<>();
        List<Mention> missing = new ArrayList<>();
        List<Mention> unknown = new ArrayList<>();
        Optional<EventType> event = Optional.empty();
        for (Mention m : mentions) {
            if (m.kind() == MentionKind.EVENT) {
                event = event.or(() -> Optional.of(EventType.parse(m.subtype())));
                namedAs.add(m.text());
                continue;
            }
            if (!m.kind().entity()) {
                continue;
            }
            if (adjectiveAfterNa(m, written)) {
                Optional<EntityRow> street = streetNamedBy(m, caller);
                street.ifPresent(e -> {
                    entities.putIfAbsent(e.key(), e);
                    namedAs.add(m.text());
                });
                if (street.isPresent() || nothingNamedAfter(written.substring(m.end()))) {
                    continue;
                }
            }
            List<EntityRow> found = matches(m, caller);
            if (found.isEmpty() && m.kind().place()) {
                found = MisspeltPlaces.of(m.text(), placesSpeltAlike(m.text(), caller)).map(List::of).orElse(List.of());
            }
            if (found.isEmpty() && mayBeMissing(m, asTyped) && !streetWrittenInBase(m, askedAt, caller)) {
                missing.add(m);
            } else if (found.isEmpty() && unknownPlace(m, written, caller)) {
                unknown.add(m);
            }
            found.forEach(e -> entities.putIfAbsent(e.key(), e));
            if (!found.isEmpty()) {
                namedAs.add(m.text());
            }
        }
        missing.removeIf(m -> kindAtAPlace(m, entities.values(), question));
        objectsTypedInLowerCase(question, caller, missing).forEach(e -> entities.putIfAbsent(e.key(), e));
        numbered(question, entities, missing, caller);
        missing.removeIf(m -> gaugesOfARiver(m, entities.values()));
        String lower = question.toLowerCase(Locale.ROOT).replace('ё', 'е');
        crossings(lower, entities, namedAs, caller);
        List<Attribute> attributes = attributesAsked(question);
        Optional<String> measure = measure(question);
        if (measure.isPresent()) {
            attributes.clear();
        } else if (attributes.isEmpty() && asksGaugeLevel(lower)
                && entities.values().stream().anyMatch(e -> "гидропост".equalsIgnoreCase(e.subtype()))) {
            attributes.add(Attribute.WATER_LEVEL);
        }
        Moment moment = moment(question, askedAt, askedAt);
        return new Frame(List.copyOf(entities.values()), namedAs, missing, unknown, attributes, event, moment, measure, askedAt.toInstant(), false, false);
    }

    /**
     * The figures and states a question asks by their words: not a place's shelter («в пвр 1 продукты берут?»), not an
     * event named as the circumstance of what is asked («экипаж при эвакуации как себя показал»); a state only when asked
     * of («мост открыли?»), not of the forces at work.
     */
    static List<Attribute> attributesAsked(String question) {
        String lower = question.toLowerCase(Locale.ROOT).replace('ё', 'е');
        List<Attribute> attributes = new ArrayList<>(Attribute.namedIn(question));
        attributes.retainAll(Attribute.namedIn(CIRCUMSTANCE.matcher(lower).replaceAll(" ")));
        attributes.remove(Attribute.STATE);
        if (SHELTER_NAMED.matcher(lower).find() && !SHELTERED_COUNTED.matcher(lower).find()) {
            attributes.remove(Attribute.SHELTERED);
        }
        if (STATE_ASKED.matcher(lower).find() && !COUNTED_AT_WORK.matcher(lower).find()) {
            attributes.add(Attribute.STATE);
        }
        return attributes;
    }

    /**
     * «гп ключи скока показывал», «ключи на 20:00 14го скока см было», «вода в ключах растёт?»: asked of a place with a
     * gauge, its water level, though no word names the level.
     */
    private static boolean asksGaugeLevel(String lower) {
        return GAUGE_READING.matcher(lower).find() && GAUGE_NAMED.matcher(lower).find() || CENTIMETRES.matcher(lower).find()
                || SHOWED.matcher(lower).find() || WATER.matcher(lower).find() && Figures.CHANGE.matcher(lower).find();
    }

    /**
     * Whether a mention no entity matches is a place the base does not know: a settlement, region or country by its name
     * (the base may have the word in passing: «Энергетики Липецка …»), a town after «в» read as a person's name, or
     * another place whose words the base never has.
     */
    private boolean unknownPlace(Mention m, String written, Caller caller) {
        if (!(m.kind().place() || cityAfterPreposition(m, written)) || NOT_A_NAME.matcher(m.text().toLowerCase(Locale.ROOT)).matches()) {
            return false;
        }
        return BY_NAME_ONLY.contains(m.kind()) || analysis.stems(m.text()).stream().noneMatch(w -> words.contains(w, caller.clearance()));
    }

    /**
     * Whether a street the model made no entity of is written in a fragment the caller may read all the same, every word
     * of its name there (a log typed in lower case: «дтп на мичуринском проспекте»): then it is no street missing from
     * the base.
     */
    private boolean streetWrittenInBase(Mention m, ZonedDateTime askedAt, Caller caller) {
        List<String> name = analysis.stems(m.text());
        if (m.kind() != MentionKind.STREET || name.size() < 2) {
            return false;
        }
        return words.search(SearchRequest.simple(m.text(), STREET_HITS, caller.clearance(), askedAt.toInstant())).stream()
                .anyMatch(hit -> new HashSet<>(analysis.stems(hit.text())).containsAll(name));
    }

    /**
     * A single word read as a person's name right after «в», «во», «под», «из»: a town with a person's name («в Салавате»,
     * «в Королёве»), not a person — people are not asked about «в Салавате».
     */
    private static boolean cityAfterPreposition(Mention m, String written) {
        return m.kind() == MentionKind.PERSON && m.text().indexOf(' ') < 0
                && IN_PLACE.matcher(written.substring(0, m.start())).find();
    }

    /**
     * «на таманской дом горел», «автосервис на перовском горит»: an adjective after «на» names a street («Таманская
     * улица», «Перовский проезд»; «на большой тульской» — «Большая Тульская») rather than the town it is made from (Тамань,
     * Перу, Тула). Not before an abbreviation:
     * «на московском ТТК» is in Москва.
     */
    private static boolean adjectiveAfterNa(Mention m, String written) {
        return "adjective".equals(m.subtype()) && AFTER_NA.matcher(written.substring(0, m.start())).find()
                && !ABBREVIATION_AFTER.matcher(written.substring(m.end())).lookingAt();
    }

    /**
     * The entities whose names have the first {@value #SPELLING_WINDOW} letters of a name typed, or the ones after them:
     * one letter typed wrong, missing or extra leaves one of the two as written.
     */
    private List<EntityRow> placesSpeltAlike(String typed, Caller caller) {
        String name = typed.toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (name.length() < 2 * SPELLING_WINDOW) {
            return List.of();
        }
        return Stream.of(name.substring(0, SPELLING_WINDOW), name.substring(SPELLING_WINDOW, 2 * SPELLING_WINDOW))
                .flatMap(part -> model.entities(part, KNOWN_PLACES, caller).stream()).distinct().toList();
    }

    /** Whether no noun follows: the question ends, or goes on with a verb or a function word («на перовском горит»). */
    private boolean nothingNamedAfter(String rest) {
        var next = NEXT_WORD.matcher(rest);
        return !next.lookingAt() || model.functionWordOrVerb(next.group(1).toLowerCase(Locale.ROOT));
    }

    /** The street the base has that an adjective names: «таманской» — «Таманская улица». */
    private Optional<EntityRow> streetNamedBy(Mention m, Caller caller) {
        String stem = ADJECTIVE_ENDING.matcher(m.text().toLowerCase(Locale.ROOT).replace('ё', 'е')).replaceAll("");
        if (stem.length() < MIN_STEM) {
            return Optional.empty();
        }
        return model.entities(stem.substring(0, MIN_STEM), 300, caller).stream()
                .filter(e -> e.kind() == MentionKind.STREET && Stream.of(tail(e.key()).split(" ")).anyMatch(w -> w.startsWith(stem)))
                .max(Comparator.comparingInt(EntityRow::mentions));
    }

    /**
     * «у старокорсунской», «у Ключей»: a place after «у», which the rules for reports do not take for one (in reports it
     * is as often a person: «у Иванова»), when the base knows a place of that name.
     */
    private List<Mention> knownPlacesAfterU(String written, List<Mention> mentions, ZonedDateTime askedAt, Caller caller) {
        if (!AT_PLACE.matcher(written).find()) {
            return List.of();
        }
        return model.mentionsOfQuestion(AT_PLACE.matcher(written).replaceAll("в$1"), askedAt).stream()
                .filter(m -> m.kind().place() && mentions.stream().noneMatch(m::overlaps))
                .filter(m -> !matches(m, caller).isEmpty()).toList();
    }

    /**
     * «фрязино платан, площадь пожара …»: a place the base knows that the question starts with, written as the reports write
     * it, though no preposition marks it as a place.
     */
    private List<Mention> knownPlaceFirst(String written, List<Mention> mentions, ZonedDateTime askedAt, Caller caller) {
        if (written.isEmpty() || !Character.isUpperCase(written.charAt(0)) || mentions.stream().anyMatch(m -> m.kind().entity() && m.start() == 0)) {
            return List.of();
        }
        int shift = PLACE_FIRST.length();
        return model.mentionsOfQuestion(PLACE_FIRST + written, askedAt).stream()
                .filter(m -> m.start() == shift && m.kind().place())
                .map(m -> new Mention(m.start() - shift, m.end() - shift, m.text(), m.kind(), m.subtype(), m.key(), m.name()))
                .filter(m -> !matches(m, caller).isEmpty()).toList();
    }

    /**
     * The mentions of the question as written, with the places it names by adjectives as typed: «омский нпз» written
     * «Омский НПЗ» reads as a name, while the lower-case «омский» is the adjective made from Омск.
     */
    private static List<Mention> withAdjectivesTyped(List<Mention> written, List<Mention> asTyped) {
        List<Mention> all = new ArrayList<>(written);
        asTyped.stream().filter(m -> "adjective".equals(m.subtype()))
                .filter(m -> written.stream().noneMatch(w -> w.kind().entity() && w.overlaps(m)))
                .forEach(all::add);
        return all;
    }

    /** The moment a question asks about, a day given only by its number («к утру 28-го») taken nearest to {@code focus}. */
    Moment moment(String question, ZonedDateTime askedAt, ZonedDateTime focus) {
        String dated = MomentReader.withFullYears(question, askedAt);
        return MomentReader.read(dated, askedAt, focus, model.timesOf(dated, askedAt));
    }

    /**
     * Objects named the way people type: «ключевской мост», «ольховская дамба», «ольховский пост», «гп ключи», «мост у ключей» — in lower case,
     * which the extraction rules (written for reports) do not take for names. Such an object at a place the base knows
     * but without one of its kind there («мост в ольховке») is added to {@code missing}.
     */
    private List<EntityRow> objectsTypedInLowerCase(String question, Caller caller, List<Mention> missing) {
        List<EntityRow> found = new ArrayList<>();
        var m = LOWER_CASE_OBJECT.matcher(question.toLowerCase(Locale.ROOT).replace('ё', 'е'));
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(4);
            String noun = m.group(2) != null ? m.group(2) : m.group(3);
            String subtype = noun.startsWith("мост") ? "мост" : noun.startsWith("дамб") ? "дамба" : "гидропост";
            String stem = stem(name);
            List<EntityRow> candidates = model.entities(stem.substring(0, Math.min(stem.length(), MIN_STEM)), 100, caller);
            List<EntityRow> named = candidates.stream()
                    .filter(e -> e.kind() == MentionKind.OBJECT && e.subtype().equalsIgnoreCase(subtype))
                    .filter(e -> alike(name, tail(e.key())) || alike(stem, tail(e.key()))).toList();
            found.addAll(named);
            boolean placeKnown = candidates.stream().anyMatch(e -> e.kind().place() && alike(name, tail(e.key())));
            if (named.isEmpty() && placeKnown
                    && missing.stream().noneMatch(x -> x.kind() == MentionKind.OBJECT && subtype.equalsIgnoreCase(x.subtype()))) {
                missing.add(new Mention(m.start(), m.end(), m.group(), MentionKind.OBJECT, subtype, "object:" + subtype + ":" + stem, m.group()));
            }
        }
        return found;
    }

    /**
     * The crossings a question asks about («переправа у ключей работает?», «лодки ещё ходят?»): those at a place it names
     * and those the base knows by the kind alone («лодочная переправа», most often the same one) — each the base has when
     * it names no place (a base seldom has more than one); the words that ask of it name it. The one known by the kind
     * alone comes first: reports tell its states («Лодочная переправа свёрнута»), headings its place («Переправа у с.
     * Ключи»). Objects of other kinds came with the place («мост у Ключи» with «у ключей»): the question is not about
     * them unless it names their kind.
     */
    private void crossings(String lower, Map<String, EntityRow> entities, List<String> namedAs, Caller caller) {
        if (!CROSSING_ASKED.matcher(lower).find()) {
            return;
        }
        CROSSING_WORDS.matcher(lower).results().map(MatchResult::group).forEach(namedAs::add);
        Set<String> places = entities.values().stream().filter(e -> e.kind().place()).map(e -> tail(e.key())).collect(Collectors.toSet());
        List<EntityRow> known = model.entities("object:" + CROSSING + ":", 50, caller).stream()
                .filter(e -> e.key().startsWith("object:" + CROSSING + ":")).toList();
        List<EntityRow> chosen = places.isEmpty() ? known.stream().limit(CROSSINGS).toList()
                : known.stream().filter(c -> tail(c.key()).isEmpty() || places.contains(tail(c.key()))).toList();
        chosen.forEach(e -> entities.putIfAbsent(e.key(), e));
        List<EntityRow> byKindOnly = chosen.stream().filter(c -> tail(c.key()).isEmpty()).toList();
        if (!byKindOnly.isEmpty()) {
            var rest = new LinkedHashMap<>(entities);
            entities.clear();
            byKindOnly.forEach(e -> entities.put(e.key(), e));
            rest.forEach(entities::putIfAbsent);
        }
        if (entities.values().stream().anyMatch(e -> CROSSING.equalsIgnoreCase(e.subtype()))) {
            entities.values().removeIf(e -> e.kind() == MentionKind.OBJECT && !CROSSING.equalsIgnoreCase(e.subtype())
                    && places.contains(tail(e.key())) && !lower.contains(e.subtype().toLowerCase(Locale.ROOT)));
        }
    }

    /**
     * «пвр 1», «ТП-31», «ПСЧ № 58»: of the objects of that kind only the one with that number; when the base has objects
     * of the kind but not that number, the object asked for is missing.
     */
    private void numbered(String question, Map<String, EntityRow> entities, List<Mention> missing, Caller caller) {
        var m = NumberedObjects.NUMBERED.matcher(question.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String kind = m.group(1).replace(".", "");
            String key = "object:" + kind + ":" + m.group(2);
            List<EntityRow> ofKind = model.entities("object:" + kind + ":", 200, caller).stream()
                    .filter(e -> e.key().startsWith("object:" + kind + ":")).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            Optional<EntityRow> exact = ofKind.stream().filter(e -> e.key().equals(key)).findFirst();
            entities.values().removeIf(e -> e.key().startsWith("object:" + kind + ":") && !e.key().equals(key));
            if (exact.isPresent()) {
                entities.putIfAbsent(key, exact.get());
            } else {
                missing.add(new Mention(m.start(), m.end(), m.group(), MentionKind.OBJECT, ofKind.getFirst().subtype(), key,
                        ofKind.getFirst().subtype() + " № " + m.group(2)));
            }
        }
    }

    /**
     * The question as a report would write it, for rules made for reports: abbreviations in capitals («пвр» → «ПВР»), and
     * when it is typed all in lower case, names capitalised («на реке быстрая» → «на реке Быстрая») — not words that read
     * as function words or verbs («уже», «горела»); the length stays.
     */
    String asWritten(String question) {
        String text = ROAD_CODE.matcher(ABBREVIATIONS.matcher(question).replaceAll(r -> r.group().toUpperCase(Locale.ROOT)))
                .replaceAll(r -> r.group().toUpperCase(Locale.ROOT));
        String rest = question.substring(Math.min(1, question.length()));
        if (!rest.equals(rest.toLowerCase(Locale.ROOT))) {
            return text;
        }
        return LOWER_CASE_WORD.matcher(text).replaceAll(r -> COMMON.matcher(r.group()).matches() || model.functionWordOrVerb(r.group())
                || englishWord(r.group()) ? r.group() : Character.toUpperCase(r.group().charAt(0)) + r.group().substring(1));
    }

    /** «according», «leaflet»: a word of English in Latin letters, no name to capitalise («klyuchi», «podolsk» are). */
    private static boolean englishWord(String word) {
        return word.chars().allMatch(c -> c < 128) && EnglishWords.knows(word);
    }

    /**
     * Whether a person or place read from a lower-case question only because it was capitalised is an everyday word of
     * the base: «русло», «машины», «пост» are in many fragments, and what the base names so («Машины» once as a surname)
     * is named in few of them — while «Москва», «Ключи», «Тагил» are named about as often as they are written. A word the
     * base lacks stays a name it may lack («в дербенте»).
     */
    private boolean ordinaryWord(Mention m, String question, Caller caller) {
        String name = m.kind() == MentionKind.DISTRICT ? DISTRICT_WORD.matcher(m.text()).replaceFirst("") : m.text();
        if (m.kind() != MentionKind.PERSON && m.kind() != MentionKind.PLACE && m.kind() != MentionKind.DISTRICT || name.contains(" ")
                || !Character.isLowerCase(question.charAt(m.end() - name.length()))) {
            return false;
        }
        int fragments = analysis.stems(name).stream().mapToInt(s -> words.fragmentsWith(s, caller.clearance())).max().orElse(0);
        String stem = stem(name.toLowerCase(Locale.ROOT).replace('ё', 'е'));
        return fragments >= ORDINARY_MIN_FRAGMENTS && matches(m, caller).stream().filter(e -> namedBy(tail(e.key()), stem))
                .mapToInt(EntityRow::mentions).sum() * NAMED_SHARE < fragments;
    }

    /** «Проезд по набережной …» (the question's first word capitalised): a word that only says what kind of place follows names none. */
    private static boolean onlyAKindOfPlace(Mention m) {
        return m.kind().place() && KIND_OF_PLACE.matcher(m.text().toLowerCase(Locale.ROOT).replace('ё', 'е')).matches();
    }

    /** Whether a word of the name is the word of that stem in some case («нижний тагил» — «тагил»), not one made from it («школьный» — «школ»). */
    private static boolean namedBy(String name, String stem) {
        return Stream.of(name.split(" ")).anyMatch(w -> w.startsWith(stem) && w.length() - stem.length() <= CASE_ENDING
                || stem.startsWith(w) && stem.length() - w.length() <= CASE_ENDING);
    }

    /** «на 1 ноября последний раз где колония горела»: the latest case of a kind as of a moment is asked. */
    public static boolean asksLastCase(String question) {
        return MomentReader.LAST_CASE.matcher(question).find();
    }

    /** The text without the words asking the latest case («последний раз», «последний случай»), which its reports do not say. */
    public static String withoutLastCase(String text) {
        return asksLastCase(text) ? MomentReader.LAST_CASE.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip() : text;
    }

    /** «из-за чего загорелось», «почему закрыли», «а причина?»: a cause is asked. */
    public static boolean asksCause(String question) {
        return CAUSE_ASKED.matcher(question.toLowerCase(Locale.ROOT)).find();
    }

    /** Whether a text gives a cause of something — not the event as the cause of what followed it. */
    public static boolean givesCause(String text) {
        return speaksOf(text, CAUSE);
    }

    /** «что с дамбой?», «как там в Ключах?», «обстановка в районе»: what is known of a thing, not one figure of it. */
    static boolean asksOverview(String question) {
        return OVERVIEW.matcher(question.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * «обстановка на утро 10 апреля кратко», «как обстановка?»: the situation as a whole — an overview asking of nothing
     * but a moment. {@code said}: the words the question gives its moment in, if any.
     */
    static boolean asksWholeSituation(String question, String said) {
        String lower = question.toLowerCase(Locale.ROOT);
        if (!OVERVIEW.matcher(lower).find()) {
            return false;
        }
        if (said != null && !said.isEmpty()) {
            lower = lower.replace(said.toLowerCase(Locale.ROOT), " ");
        }
        return WHOLE_SITUATION_WORDS.matcher(lower).replaceAll(" ").isBlank();
    }

    /**
     * «кратко по ловцову», «сводка про гринпарк», «a321 когалымавиа над синаем, кратко что было»: a summary of something the
     * model does not know — named after «по», «про», or in Latin letters in a Russian question — not of the situation as a
     * whole, which «по обстановке», «по району», «по состоянию на» still ask for.
     */
    static boolean asksOfUnknown(String question) {
        var m = SUMMARY_OF.matcher(question.toLowerCase(Locale.ROOT).replace('ё', 'е'));
        while (m.find()) {
            if (!SUMMARY_OF_WHOLE.matcher(m.group(1)).lookingAt()) {
                return true;
            }
        }
        return Language.of(question) == Language.RU && LATIN_NAME.matcher(question).find();
    }

    /**
     * «кто проводил сверку списков эвакуированных?», «откуда данные о погибших?», «чья заправка?»: a person, an
     * organisation, a source or a place is asked for, not a figure, though the question names one.
     */
    static boolean asksWhoOrWhere(String question) {
        return WHO_OR_WHERE.matcher(question.toLowerCase(Locale.ROOT)).find();
    }

    /** «когда закрыли мост?», «во сколько открыли?»: the state whose start is asked for, if that is the question. */
    static Optional<String> stateAskedWhen(String question) {
        var m = WHEN_STATE.matcher(question.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return Optional.empty();
        }
        String verb = m.group(1) != null ? m.group(1) : m.group(2);
        return Optional.of(verb.startsWith("откр") ? "открыт" : "закрыт");
    }

    /** The quantity a question asks for that the model does not track («температура воды»), if any. */
    static Optional<String> measure(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (CAUSE_ASKED.matcher(lower).find()) {
            return Optional.of(CAUSE);
        }
        if (CAPACITY_ASKED.matcher(lower).find()) {
            return Optional.of(CAPACITY);
        }
        if (BUILT_ASKED.matcher(lower).find()) {
            return Optional.of(BUILT);
        }
        if (PHONE_ASKED.matcher(lower).find()) {
            return Optional.of(PHONE);
        }
        if (STREET_ASKED.matcher(lower).find()) {
            return Optional.of(STREET);
        }
        if (AGE_ASKED.matcher(lower).find()) {
            return Optional.of(AGE);
        }
        var mark = MARK_ASKED.matcher(lower.replace('ё', 'е'));
        if (mark.find()) {
            boolean adverse = (mark.group(1) != null ? mark.group(1) : mark.group(2)).startsWith("неблаг");
            boolean margin = MARGIN_ASKED.matcher(lower.replace('ё', 'е')).find();
            return Optional.of(margin ? (adverse ? ADVERSE_MARGIN : DANGER_MARGIN) : adverse ? ADVERSE_MARK : DANGER_MARK);
        }
        var part = PART_OF_PEOPLE.matcher(lower);
        if (part.find()) {
            return Optional.of(part.group(1) != null ? CHILDREN : part.group(2));
        }
        var m = MEASURES.matcher(lower);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Whether a measure is a gauge's mark, which the model answers from the gauge's levels and their sources. */
    static boolean isMark(String measure) {
        return !markOf(measure).isEmpty();
    }

    /** The mark a measure is or is measured from («опасная отметка» of «запас до опасной отметки»); empty for other measures. */
    static String markOf(String measure) {
        return switch (measure) {
            case DANGER_MARK, DANGER_MARGIN -> DANGER_MARK;
            case ADVERSE_MARK, ADVERSE_MARGIN -> ADVERSE_MARK;
            default -> "";
        };
    }

    /** Whether an answer speaks of the unmodelled thing asked: names the quantity, or for a cause gives one. */
    static boolean speaksOf(String answer, String measure) {
        String lower = answer.toLowerCase(Locale.ROOT).replace('ё', 'е');
        return switch (measure) {
            case CAUSE -> CAUSE_GIVEN.matcher(Causes.withoutEventAsCause(lower)).find();
            case CAPACITY -> lower.contains("мест");
            case BUILT -> lower.contains("постро") || YEAR.matcher(lower).find();
            case "скорост" -> lower.contains(measure) || SPEED_GIVEN.matcher(lower).find();
            case PHONE -> PHONE_GIVEN.matcher(lower).find();
            case STREET -> STREET_GIVEN.matcher(lower).find();
            case AGE -> AGE_GIVEN.matcher(lower).find();
            case CHILDREN -> CHILDREN_GIVEN.matcher(lower).find();
            case DANGER_MARK, ADVERSE_MARK -> lower.contains(measure.substring(0, 8)) && lower.contains("отметк");
            case DANGER_MARGIN, ADVERSE_MARGIN -> lower.contains("отметк") && lower.contains(ADVERSE_MARGIN.equals(measure) ? "неблагоприятн" : "опасн")
                    && (lower.contains("оставал") || lower.contains("запас") || lower.contains("выше ") || lower.contains("достиг"));
            default -> lower.contains(measure);
        };
    }

    /**
     * «азс махачкала», «тц москва»: a kind of object followed by the name of a place the question names too is an object of
     * that kind at that place, not one named so — unless the name is quoted («ТЦ «Москва»»), or objects of the kind are
     * named for their place ({@link #NAMED_FOR_A_PLACE}: «ГП Нижние Ключи» is a gauge the base may lack).
     */
    private static boolean kindAtAPlace(Mention object, Collection<EntityRow> named, String question) {
        return !QUOTED.matcher(question).find()
                && !NAMED_FOR_A_PLACE.matcher(object.subtype() == null ? "" : object.subtype().toLowerCase(Locale.ROOT)).matches()
                && kindThenNameOf(object, named, e -> e.kind().place());
    }

    /**
     * «по всем гп сосна»: the gauges on a river the question names, not a gauge named for it — a gauge is named for the
     * place it stands at («ГП Ключи»), so no gauge of the base is named «ГП Сосна».
     */
    private static boolean gaugesOfARiver(Mention object, Collection<EntityRow> named) {
        return "гидропост".equalsIgnoreCase(object.subtype()) && kindThenNameOf(object, named, e -> e.kind() == MentionKind.RIVER);
    }

    /** Whether an object mention is its kind followed by the name of one of {@code named} that {@code is}: «азс махачкала». */
    private static boolean kindThenNameOf(Mention object, Collection<EntityRow> named, Predicate<EntityRow> is) {
        String[] words = object.text().split("\\s+", 2);
        return object.kind() == MentionKind.OBJECT && words.length == 2
                && named.stream().anyMatch(e -> is.test(e) && e.name().equalsIgnoreCase(words[1].strip()));
    }

    /**
     * Whether a name the model does not know makes the question one about something not in the base: a place the
     * question itself spells as a name (not one only its capitalised copy suggests, unless a type word says what it is:
     * «на реке быстрая» — but not «площадь», which in «итоговая площадь какая» is the area asked), or an object of a
     * kind operators track.
     */
    private static boolean mayBeMissing(Mention m, List<Mention> asTyped) {
        if (m.kind() == MentionKind.OBJECT) {
            return m.subtype() != null && TRACKED.matcher(m.subtype().toLowerCase(Locale.ROOT)).matches()
                    && !tail(m.key()).isEmpty();
        }
        if (!m.kind().place() || m.kind() == MentionKind.PLACE) {
            return false;
        }
        boolean typedSo = asTyped.stream().anyMatch(t -> t.start() == m.start() && t.end() == m.end() && t.kind() == m.kind());
        return typedSo || m.kind() == MentionKind.RIVER || m.kind() == MentionKind.DISTRICT
                || m.kind() == MentionKind.STREET && !m.text().toLowerCase(Locale.ROOT).contains("площад");
    }

    /** Whether {@code tail} is a number («1» of «ПВР № 1») the question says. */
    static boolean numberIn(String question, String tail) {
        return !tail.isEmpty() && tail.chars().allMatch(Character::isDigit)
                && Pattern.compile("(?<!\\d)" + tail + "(?!\\d)").matcher(question).find();
    }

    /** An object of a kind a situation centre tracks (a bridge, a dam, a gauge), not any named thing. */
    static boolean tracked(EntityRow e) {
        return e.kind() == MentionKind.OBJECT && TRACKED.matcher(e.subtype().toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * The model's entities a mention means: its own key, else those whose name starts like it, most mentioned first; a
     * one-word place the model lacks may be the last word of a longer name («Ключи» of «Нижние Ключи»), unless its stem is
     * too short to tell («Бор», a town of its own, is not «Верхний Бор»).
     */
    private List<EntityRow> matches(Mention m, Caller caller) {
        String tail = tail(m.key());
        if (tail.isEmpty()) {
            return model.entities(m.key(), 500, caller).stream().filter(e -> e.key().startsWith(m.key())).toList();
        }
        String stem = stem(tail);
        List<EntityRow> candidates = model.entities(stem.substring(0, Math.min(stem.length(), MIN_STEM)), 300, caller);
        List<EntityRow> exact = candidates.stream().filter(e -> e.key().equals(m.key())).toList();
        List<EntityRow> alike = candidates.stream()
                .filter(e -> !e.key().equals(m.key()) && sameThing(m, e) && alike(tail, tail(e.key())))
                .sorted(Comparator.comparingInt(EntityRow::mentions).reversed()).toList();
        List<EntityRow> all = new ArrayList<>(exact);
        all.addAll(alike);
        if (all.isEmpty() && m.kind().place() && !tail.contains(" ") && stem.length() >= MIN_STEM) {
            candidates.stream().filter(e -> e.kind().place() && tail(e.key()).contains(" "))
                    .filter(e -> alike(tail, tail(e.key()).substring(tail(e.key()).lastIndexOf(' ') + 1)))
                    .sorted(Comparator.comparingInt(EntityRow::mentions).reversed()).forEach(all::add);
        }
        if (m.kind().place() && !all.isEmpty()) {
            candidates.stream().filter(e -> e.kind() == MentionKind.OBJECT && alike(tail, tail(e.key())))
                    .sorted(Comparator.comparingInt(EntityRow::mentions).reversed()).forEach(all::add);
        }
        return all;
    }

    /** A place matches places, an object objects of its kind (a bridge a bridge), others their own kind. */
    private static boolean sameThing(Mention m, EntityRow e) {
        if (m.kind() == MentionKind.OBJECT) {
            return e.kind() == MentionKind.OBJECT && e.subtype().equalsIgnoreCase(m.subtype() == null ? "" : m.subtype());
        }
        return m.kind().place() ? e.kind().place() : e.kind() == m.kind();
    }

    /**
     * Two names of the same thing in other forms: word by word, one is a form of the other's stem ({@link #formOf}:
     * «ключевской» and «ключ», «ольховская» and «ольховка»); «лесной район» is not «лесной городок», nor «ленинградский
     * проспект» «ленинский проспект».
     */
    static boolean alike(String name, String other) {
        String[] a = name.split(" ");
        String[] b = other.split(" ");
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            String stem = stem(a[i]);
            String otherStem = stem(b[i]);
            if (!(formOf(b[i], stem) || formOf(a[i], otherStem))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word is a form of the stem, up to a hyphen («выхино-жулебино»): {@link #FORM_ENDING} is all it adds. */
    private static boolean formOf(String word, String stem) {
        if (!word.startsWith(stem)) {
            return false;
        }
        int hyphen = word.indexOf('-', stem.length());
        return FORM_ENDING.matcher(word.substring(stem.length(), hyphen < 0 ? word.length() : hyphen)).matches();
    }

    static String tail(String key) {
        return key.substring(key.lastIndexOf(':') + 1).strip();
    }

    /**
     * «что случилось в подольске», «какие чп были в тагиле»: what happened at a place, naming no object («на азс») and
     * little else — the incidents there are asked for.
     */
    static boolean asksWhatHappened(String question, TermAnalysis analysis) {
        String lower = question.toLowerCase(Locale.ROOT).replace('ё', 'е');
        var m = WHAT_HAPPENED.matcher(lower);
        if (!m.find() || TRACKED_WORD.matcher(lower).find() || WITH_SOMETHING.matcher(lower).region(m.end(), lower.length()).lookingAt()) {
            return false;
        }
        return analysis.stems(m.replaceAll(" ")).size() <= WHAT_HAPPENED_WORDS;
    }

    /**
     * Whether a lower-case text names the place: every word of its name by its stem («нижнем тагиле» names «Нижний Тагил»,
     * «перми» names «Пермь»).
     */
    static boolean namesPlace(String text, String name) {
        return Stream.of(name.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[\\s-]+")).filter(w -> !w.isEmpty())
                .allMatch(w -> text.contains(stem(w.endsWith("ь") ? w.substring(0, w.length() - 1) : w)));
    }

    /** The text in lower case with «ё» read as «е», as names and words are compared here. */
    static String lowered(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** «ключевской» → «ключ», «ольховская» → «ольхов»: the name without the ending an adjective or a case adds. */
    static String stem(String name) {
        String stem = name.replaceAll("(ск(ий|ой|ая|ое|ие)|ов(ый|ой|ая|ое)|ев(ый|ой|ая|ое)|к(а|и|е|у|ой)|(ый|ий|ой|ая|ое|ые|ие|а|я|ы|и|е|у|ю|о))$", "");
        return stem.length() >= MIN_STEM ? stem : name.length() >= MIN_STEM ? name.substring(0, MIN_STEM) : name;
    }
}
