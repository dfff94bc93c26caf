package ru.sppr.chat.situation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.sppr.chat.knowledge.analysis.RussianNumbers;
import ru.sppr.chat.situation.Observation.Qualifier;

/**
 * Dated figures and states from a fragment: a number with the word it counts («эвакуировано 327 человек», «погибли
 * трое», «уровень 691 см», «площадь пожара 500 кв. м»), a state of an object («мост закрыт с 16:00»), and table rows
 * whose header names a level and a gauge or place. The entity is the nearest place or object of the sentence; the time
 * the one the sentence gives, else the fragment's, else the report's. Pure.
 */
final class ObservationExtractor {
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]+(?=\\s+[«\"(]?[А-ЯЁA-Z\\d])|\\n+");
    /** A unit written short right after a number: «686 см», «3,5 т», «340 га». */
    private static final Pattern UNIT_AFTER_NUMBER = Pattern.compile("\\d\\s*(?:см|мм|км|м|га|т|кг)$");
    private static final Pattern ABBREVIATION = Pattern.compile("(?:^|[\\s(])(?:[а-яё]{1,3}|обл|пос|ст-ца|р-н|пр-т|просп|тыс|млн|млрд|руб|им|ул|д|т\\.?\\s?е|т\\.?\\s?д|т\\.?\\s?ч|др|[А-ЯЁ])$");
    private static final String UNITS = "один|одна|одного|два|две|двух|три|трех|трёх|четыре|четырех|четырёх|пять|пяти|шесть|шести|"
            + "семь|семи|восемь|восьми|девять|девяти";
    /** «двадцать пять», «тридцати», «одиннадцать», «трое», «пять»: numbers written in words, compounds first. */
    private static final String WORD_NUMBERS = "(?:двадцат[ьи]|тридцат[ьи]|сорок[а]?|пятьдесят|пятидесяти)(?:\\s+(?:" + UNITS + ")(?!\\p{L}))?|"
            + "(?:одиннадцат|двенадцат|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат)[ьи]|"
            + UNITS + "|десять|двое|трое|четверо|пятеро|шестеро|семеро|восьмеро|девятеро|десятеро|двоих|троих|четверых|пятерых|десяти";
    /**
     * «тело пятого погибшего», «о третьей жертве»: the nth dead counts at least n dead. Only of the dead — «пятый этаж» is
     * no count, and «скончался третий пострадавший» does not tell how many were hurt.
     */
    private static final String NTH_ENDINGS = "(?:ого|ой|ую|ая|ий|ый|ье|ьего|ьей|ью|ья)";
    private static final String NTH_DEAD = "(?:втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)" + NTH_ENDINGS + "(?=\\s+(?:погибш|жертв))";
    private static final Pattern NTH = Pattern.compile("(?iu)^(втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)" + NTH_ENDINGS + "$");
    private static final Map<String, Integer> NTH_VALUES = Map.of("втор", 2, "трет", 3, "четверт", 4, "пят", 5,
            "шест", 6, "седьм", 7, "восьм", 8, "девят", 9, "десят", 10);
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,:+-])(?:(не менее|не меньше|как минимум|более|свыше|больше|около|"
            + "порядка|почти|примерно|приблизительно|до)\\s+)?(\\d{1,3}(?:[  ]\\d{3})+|\\d+(?:,\\d+)?|" + NTH_DEAD + "|(?:" + WORD_NUMBERS + ")(?!\\p{L}))"
            + "(?:-(?:х|ти|ми|ух|ем|ого|ому|ым|их)(?!\\p{L}))?(?![\\d:.]\\d)(?:\\s*(человек[а]?|чел\\.|людей|жител[а-я]*|жильц[а-я]*|детей|ребен[а-я]*|ребён[а-я]*|взрослых|пассажир[а-я]*|"
            + "жертв[а-я]*|сотрудник[а-я]*|пациент[а-я]*|школьник[а-я]*|студент[а-я]*|турист[а-я]*|рабоч[а-я]+|горняк[а-я]*|спасател[а-я]*|пожарн[а-я]+|пострадавш[а-я]*|погибш[а-я]*|раненых|"
            + "см|сантиметр[а-я]*|м|метр[а-я]*|га|гектар[а-я]*|кв\\.?\\s?метр[а-я]*|кв\\.?\\s?м|м2|м²|квадратн[а-я]+\\s+метр[а-я]*|[«\"]?квадрат(?:ов|а)[»\"]?|"
            + "(?:жил[а-я]*\\s+|частн[а-я]*\\s+)?дом[а-я]*|домовладени[а-я]*|приусадебн[а-я]+\\s+участ(?:к[а-я]*|ок)|участ(?:к[а-я]*|ок)|двор[а-я]*|"
            + "населенн[а-я]+\\s+пункт[а-я]*|населённ[а-я]+\\s+пункт[а-я]*|сел[а]?|деревн[а-я]*|посел[а-я]*|посёл[а-я]*|квартир[а-я]*|абонент[а-я]*|потребител[а-я]*)(?![\\p{L}\\d³]))?", F);
    /**
     * A state said of a road or an object: «закрыта», «возобновила работу», «приостановлена», «свёрнута», «не работает»,
     * «работает» (of a crossing, a shelter), «завершила работу»; «локализован», «ликвидирован» of a fire.
     */
    private static final Pattern STATE = Pattern.compile("(?<!\\p{L})(не\\s+работа(?=ет|ют|л)|завершил(?=\\p{L}*\\s+работ)|закрыт|перекрыт|открыт|"
            + "возобновл|возобновил|приостановл|св[её]рнут(?!ь)|работа(?=ет|ют|л)|локализован|потушен|ликвидирован)\\p{L}*", F);
    /** The states a thing is said to have by working or not: of a crossing only («в ПВР работают группы» is no state of it). */
    private static final Set<String> RUNNING = Set.of("работа", "не работа", "завершил");
    /**
     * Times said in one sentence lie this close: «12:00 15.04 — …; ПВР № 2 закрыт в 18:00» is 18:00 of the 15th, though
     * a clock time alone is read as the last one before the report.
     */
    private static final Duration SAME_SENTENCE = Duration.ofHours(12);
    /** A time said of a state: «в 18:00», «с 16:00», «к 20:00 15.04», «15.04 в 18:00». */
    private static final Pattern STATE_TIME = Pattern.compile("(?:в|с|к)\\s|\\d");
    /** «закрыто», «приостановлено»: a state in the neuter, said of «движение», not of a feminine thing beside it. */
    private static final Pattern NEUTER_STATE = Pattern.compile("о$");
    /** «о возобновлении», «до открытия»: the act named as a noun is no state; «если открыт» is a condition. */
    private static final Pattern NOT_A_STATE = Pattern.compile("(?:ие|ия|ии|ию|ием|иям|иями|иях)$");
    private static final Pattern CONDITION = Pattern.compile("(?:если|когда|пока|будет|будут)\\s*$");
    /**
     * A sentence that replaces an earlier figure: «уточнённые данные», «ранее сообщалось», a post's «UPD.», «число погибших
     * увеличилось до трёх». Matched against the sentence in lower case: a case-insensitive search tries every letter's
     * case at every position.
     */
    private static final Pattern CORRECTION = Pattern.compile("уточн|ранее сообщалось|скорректир|исправлен|вместо ранее|(?<!\\p{L})upd"
            + "|(?:увеличил|вырос|возрос)\\p{L}*\\s+до\\s");
    /** A Markdown table flattened into one line (as fragments stored before they kept their lines). */
    private static final Pattern FLAT_TABLE = Pattern.compile("[ \\t]-{3,}(?:\\|-{3,}){2,}[ \\t]");
    private static final Pattern ROW_BOUNDARY = Pattern.compile("([+\\-—–]?\\d[\\d.,]*|[—–-])\\s+(\\S.*)");
    /**
     * «опасная отметка 650 см», «ожидается до 700 см», «настил на отметке 590 см», «подъём на 38 см», «+38 см», «при уровнях
     * 650–700 см», «стояние в пределах 1–2 см», «длина 84 м»: a mark, a forecast, a condition, a change or a size, not a reading of the level.
     */
    private static final Pattern NOT_A_READING = Pattern.compile("отметк|запас|гребн|ожида|прогноз|может|составит|достигнет|максимум|"
            + "при\\s+(?:\\p{L}+\\s+)?уровн|длин|ширин|пролет|пролёт|габарит|толщин|диаметр|"
            + "превыс|выше|ниже|на высоте|настил|подъ[её]м|спад|рост|сниж|пониз|повыс|измен|прибыл|убыл|за сутки|в пределах|колебан|стояни|(?:^|\\s)на\\s*$|[+−-]\\s*$");
    /** «около 0,8 м выше фундамента», «на 30 см ниже опасной отметки»: a height against something else. */
    private static final Pattern RELATIVE_AFTER = Pattern.compile("^\\s*(?:выше|ниже|над|от\\s|до\\s)");
    /** «1,5–2 см/ч», «2 сантиметра в час», «+1 см за 3 часа»: a rate of rise, not a level. */
    private static final Pattern RATE_AFTER = Pattern.compile("^\\s*(?:/\\s*(?:ч|час|с|сут)|в\\s+(?:час|сутки|секунду)|за\\s+(?:\\d+\\s+)?(?:час|сут))");
    private static final Pattern SEPARATOR_ROW = Pattern.compile("[-|:\\s]+");
    private static final Pattern NUMBER_CELL = Pattern.compile("\\d{2,4}(?:[.,]\\d+)?");
    /** «label: value» of a row, from the start of a line or after «;», neither running over a line. */
    private static final Pattern TABLE_PAIR = Pattern.compile("(?:^|;[ \\t]*)([^:;\\n]{1,40}):[ \\t]*([^;\\n]*)", Pattern.MULTILINE);
    private static final List<Attribute> PEOPLE = List.of(Attribute.DEATHS, Attribute.HOSPITALIZED, Attribute.INJURED,
            Attribute.REFUSED, Attribute.EVACUATED, Attribute.RESCUED, Attribute.MISSING, Attribute.SHELTERED, Attribute.WITH_RELATIVES,
            Attribute.DEENERGIZED);
    private static final int NEAR = 60;
    /**
     * «один пилот погиб, три человека (… пострадали)»: a word announcing an attribute before a comma is the predicate of
     * the clause before; a count after the comma takes one of its own clause first, where there is one.
     */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;]");
    private static final Duration HISTORY = Duration.ofDays(365);
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");
    /** «в подмосковном Одинцове»: a region or country is where a figure is only when the sentence names nothing narrower. */
    private static final Set<MentionKind> BROAD = EnumSet.of(MentionKind.REGION, MentionKind.COUNTRY);
    /** What may stand between a gauge's name and its level: «ГП Ключи 684», «ГП Ключи — 684», «ГП Ключи: 684». */
    private static final Pattern GAUGE_GAP = Pattern.compile("[ \\t]*[—–:-]?[ \\t]*");
    private static final Pattern SINCE = Pattern.compile("(?:с|со)\\s");
    private static final Pattern SINCE_BEFORE = Pattern.compile("(?<!\\p{L})(?:с|со)\\s+$");
    private static final Pattern LENGTH = Pattern.compile("см|сантиметр.*|м|метр.*");
    private static final Pattern AREA = Pattern.compile("га|гектар.*|кв.*|м2|м²|\\W?квадрат.*");
    /** «число погибших увеличилось до 7», «количество пострадавших — 12»: the sentence counts people of an attribute. */
    private static final Pattern COUNT_OF = Pattern.compile("(?<!\\p{L})(?:числ|количеств)\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:погиб|пострада|ранен|"
            + "госпитализ|эвакуир|жертв|спасен|спасён|пропавш)");
    /** «увеличилось до», «выросло до», «достигло», «составило», «—»: what comes just before a bare count. */
    private static final String GROWTH = "увеличил|вырос|возрос|достиг";
    private static final Pattern COUNT_VERB = Pattern.compile("(?:" + GROWTH + "|составил|составля)\\p{L}*\\s+(?:до\\s+)?$|[—:]\\s*$");
    /** «до 7 выросло», «увеличилось до 7»: «до» with a verb of growth is the new figure, not an upper bound. */
    private static final Pattern GROWN = Pattern.compile("(?:" + GROWTH + ")\\p{L}*\\s+$");
    /** «среди них 4 ребёнка», «в том числе 15 детей», «28 человек (24 …», «три человека (второй пилот и двое …»: a part of a figure just given, not a figure. */
    private static final Pattern BREAKDOWN = Pattern.compile("(?:среди\\s+\\p{L}+|в\\s+том\\s+числе|в\\s?т\\.\\s?ч\\.|из\\s+них|"
            + "\\d[^()\\d]{0,25}\\(|(?:\\d|(?<!\\p{L})(?:один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|двое|трое|"
            + "четверо|пятеро))[^()\\d]{0,25}\\([^()\\d]{0,30})\\s*$");
    private static final Pattern GROWN_AFTER = Pattern.compile("^\\s+(?:" + GROWTH + ")");
    /** Garden plots are not homes: «41 жилой дом и 97 приусадебных участков» ({@link Attribute#FLOODED_PLOTS}). */
    private static final Pattern PLOTS = Pattern.compile("участ(?:к|ок)");
    /** Nor are yards, which no report counts as flooded. */
    private static final Pattern YARDS = Pattern.compile("двор");
    /** «вода ушла из 44 домов», «49 домов из 58»: homes left by the water, or a total. */
    private static final Pattern NOT_FLOODED = Pattern.compile("(?:ушла|отступила|сошла|освобожден\\p{L}*)\\s+из\\s*$|(?<!\\p{L})из\\s*$");
    private static final Pattern PEOPLE_LABEL = Pattern.compile("(?<!\\p{L})(?:чел|человек)");
    private static final Pattern REFUSED_EVACUATION = Pattern.compile("отказ\\p{L}*(?:\\s+\\p{L}+)?\\s+от\\s+(эвакуац\\p{L}*|отселен\\p{L}*)");
    private static final Pattern SHELTER_ROW = Pattern.compile("пвр\\s*№?\\s*\\d+\\s*[—–:-]\\s*$");
    /** «вместимость 150 чел.», «рассчитан на 200 человек»: places, not people. */
    private static final Pattern CAPACITY = Pattern.compile("(?:вместим\\p{L}*|рассчитан\\p{L}*\\s+на|мест\\p{L}*\\s+на)\\s*[—:-]?\\s*$");
    /** «144 человека — у родственников»: evacuated, staying with relatives, not in a shelter. */
    private static final Pattern ELSEWHERE = Pattern.compile("^\\s*(?:человек\\p{L}*\\s*)?[—–-]?\\s*у\\s+(?:родствен|знаком)");
    /** «погибли трое»: a number word alone counts people only as a collective numeral, not «в двух пунктах». */
    private static final Pattern COLLECTIVE = Pattern.compile("(?:дво|тро)(?:е|их)|(?:четвер|пятер|шестер|семер|восьмер|девятер|десятер)(?:о|ых)", F);
    private static final Pattern SHELTERED_AFTER = Pattern.compile("^\\s+размещ[её]н");
    /** «группа размещения (3 человека)»: the people of a team at work, not those it serves. */
    private static final Pattern STAFF = Pattern.compile("(?:групп|бригад|расч[её]т|звен)\\p{L}*[^().;]{0,40}\\(\\s*$");
    /** «Максимальное число размещённых в ПВР — 151 человек (13.04)»: a peak over a period, not a figure at the report's time. */
    private static final Pattern MAXIMUM = Pattern.compile("(?:максимальн|максимум|наибольш|пиков)\\p{L}*");
    /** «3 человека переведены в ПВР № 1»: people moved from one place to another, not those a place holds. */
    private static final Pattern MOVED_AFTER = Pattern.compile("^\\s*(?:человек\\p{L}*\\s+)?(?:переведен|переселен|перемещен|доставлен|выбыл|убыл|прибыл)");
    private static final Pattern CHILDREN = Pattern.compile("дет|реб[её]н");
    /** «ПВР № 1 размещено …»: the number of a thing is no figure. */
    private static final Pattern NUMBER_SIGN = Pattern.compile("№\\s*$");
    private static final Pattern NUMBERED = Pattern.compile("\\s*№.*$");
    private static final Pattern WHOLE = Pattern.compile("(?<!\\p{L})(?:всего|итого)(?!\\p{L})");
    private static final String BEFELL = "(?:погиб|пострада|ранен|травмир|госпитализ|пропал|спасен|спасён|эвакуир|умер|скончал)";
    private static final Pattern BEFELL_AFTER = Pattern.compile("^\\s+" + BEFELL);
    private static final Pattern BEFELL_BEFORE = Pattern.compile("(?<!\\p{L})" + BEFELL + "\\p{L}*\\s+$");
    private static final Pattern FIRST_WORD = Pattern.compile("[\\s\\d.)•*–—-]*(\\p{L}+)");
    /** Before a count of people: those present or living somewhere, not those a figure is about («присутствовало 74 человека»). */
    private static final Pattern NOT_AFFECTED = Pattern.compile("(?:присутствова|участвова|прожива|зарегистрирова)\\p{L}*\\s+(?:\\p{L}+\\s+)?$");
    /** After a total: its breakdown by place, «368 человек: с. Нижние Ключи — 327, с. Ольховка — 41». */
    private static final Pattern BREAKDOWN_OPENS = Pattern.compile("^\\s*[:(]");
    private static final Pattern BREAKDOWN_ITEM = Pattern.compile("[—–-]\\s*\\d+");
    private static final Pattern ITEM_DASH = Pattern.compile("[—–-]\\s*$");
    /** «Ключи — 12», «ул. Береговая) — 6»: the item's name is right before the dash, not «Ключи … (максимум — 12–13.04)». */
    private static final Pattern ITEM_NAMED = Pattern.compile("[)»\"]?\\s*[—–-]\\s*");
    private static final Set<MentionKind> AREAS = EnumSet.of(MentionKind.DISTRICT, MentionKind.REGION);
    /** «возможно подтопление ТП-31 (… 27 абонентов)», «угроза подтопления 40 домов»: what may happen has not. */
    private static final Pattern THREAT = Pattern.compile("возможн|угроз|может|могут|ожида|прогноз|в случае|если|при уровн");
    private static final Pattern HOUSES = Pattern.compile("дом|участ(?:к|ок)|двор|квартир|абонент|потребител|пункт|сел|деревн|посел|посёл");

    /**
     * «161 человек, 42 единицы техники, 11 плавсредств, в т.ч. МЧС России — 48 человек, 11 единиц техники»: the forces at
     * work, and the part of them one agency gives. People next to vehicles are no one evacuated or hurt.
     */
    private static final String PEOPLE_COUNT = "(\\d{1,4})\\s+(?:человек[а]?|чел\\.)";
    private static final String VEHICLE_COUNT = "(\\d{1,4})\\s+(?:единиц[аы]?|ед\\.)\\s+техники";
    private static final Pattern FORCES = Pattern.compile("(?<![\\d,.])" + PEOPLE_COUNT + "\\s*(?:,|и)\\s*" + VEHICLE_COUNT
            + "(?:\\s*(?:,|и)\\s*(\\d{1,3})\\s+плавсредств[оа]?)?"
            + "(?:\\s*,?\\s*(?:в\\s+т(?:ом)?\\.?\\s?ч(?:исле)?\\.?|из\\s+них)\\s+(?:от\\s+)?МЧС(?:\\s+России)?\\s*[—–:-]?\\s*" + PEOPLE_COUNT
            + "(?:\\s*(?:,|и)\\s*" + VEHICLE_COUNT + ")?)?", F);
    /** The agency whose part of the forces a report gives: keyed as its mentions are ({@link OrganisationRules}). */
    private static final String AGENCY_KEY = "organisation:мчс";
    private static final String AGENCY_NAME = "МЧС";
    /** «Прибыла группа Северского ПСО: 12 человек, 3 единицы техники», «4 бригады, 17 человек»: a team's part, not the whole force. */
    private static final Pattern TEAM = Pattern.compile("(?<!\\p{L})(?:групп(?:а|ы|е|у|ой)?|бригад\\p{L}*|отряд\\p{L}*|звен(?:о|а|ья|ьев))(?!\\p{L})");
    private static final String VEHICLES = "единиц техники";
    private static final String BOATS = "плавсредств";

    private final MentionExtractor mentions;

    /** {@code mentions} gives a gauge name its entity key form («Ключи» → «ключ»), as mentions have it, and tells verbs. */
    ObservationExtractor(MentionExtractor mentions) {
        this.mentions = mentions;
    }

    /** The observations of a fragment whose mentions are already known. */
    List<Observation> extract(String text, List<Mention> mentions, Instant fragmentTime, Instant reportTime) {
        Instant defaultTime = fragmentTime != null ? fragmentTime : reportTime;
        List<Observation> levels = markdownLevels(text, defaultTime);
        Optional<List<Observation>> table = tableRow(text, mentions, defaultTime);
        if (table.isPresent()) {
            return table.get();
        }
        List<Observation> forces = forcesRow(text, defaultTime);
        if (!forces.isEmpty()) {
            return forces;
        }
        List<Observation> counted = labelledCounts(text, mentions, defaultTime);
        if (!counted.isEmpty()) {
            return counted;
        }
        List<Observation> found = new ArrayList<>(levels);
        int tableEnd = levels.isEmpty() ? 0 : levels.getLast().end();
        List<Observation> previous = List.of();
        for (int[] bounds : sentences(text)) {
            if (bounds[1] <= tableEnd) {
                continue;
            }
            int from = bounds[0];
            int to = bounds[1];
            String sentence = text.substring(from, to);
            List<Mention> inside = mentions.stream().filter(m -> m.start() >= from && m.end() <= to).toList();
            if (history(inside, defaultTime) || instruction(sentence)) {
                continue;
            }
            Instant time = timeOf(inside).orElse(defaultTime);
            Instant figureTime = timeOf(inside.stream().filter(m -> !since(text, m)).toList()).orElse(defaultTime);
            boolean correction = CORRECTION.matcher(Keys.lower(sentence)).find();
            int before = found.size();
            String counts = forces(sentence, from, figureTime, correction, found);
            figures(counts, from, inside, mentions, figureTime, correction, previous, found);
            previous = List.copyOf(found.subList(before, found.size()));
            states(sentence, from, inside, mentions, time, correction, found);
        }
        return found;
    }

    /**
     * The forces a sentence counts ({@link #FORCES}) as observations of the whole force ({@link Attribute#FORCE_KEY}) and of the agency's
     * part; a peak over a period («Максимальная группировка (12.04): …») is none. Returns the sentence with those counts
     * blanked, so they are not read again as people evacuated or hurt.
     */
    private static String forces(String sentence, int offset, Instant time, boolean correction, List<Observation> out) {
        StringBuilder rest = null;
        Matcher m = FORCES.matcher(sentence);
        while (m.find()) {
            String before = Keys.lower(sentence.substring(Math.max(0, m.start() - NEAR), m.start()));
            if (!MAXIMUM.matcher(before).find() && !TEAM.matcher(before).find()) {
                force(m, 1, Attribute.PERSONNEL, Attribute.FORCE_KEY, "", offset, time, correction, out);
                force(m, 2, Attribute.VEHICLES, Attribute.FORCE_KEY, "", offset, time, correction, out);
                force(m, 3, Attribute.BOATS, Attribute.FORCE_KEY, "", offset, time, correction, out);
                force(m, 4, Attribute.PERSONNEL, AGENCY_KEY, AGENCY_NAME, offset, time, correction, out);
                force(m, 5, Attribute.VEHICLES, AGENCY_KEY, AGENCY_NAME, offset, time, correction, out);
            }
            rest = rest == null ? new StringBuilder(sentence) : rest;
            rest.replace(m.start(), m.end(), " ".repeat(m.end() - m.start()));
        }
        return rest == null ? sentence : rest.toString();
    }

    private static void force(Matcher m, int group, Attribute attribute, String key, String name, int offset, Instant time,
                              boolean correction, List<Observation> out) {
        if (m.group(group) != null) {
            out.add(new Observation(key, name, attribute, Double.parseDouble(m.group(group)), null, forceUnit(attribute), Qualifier.EXACT,
                    time, correction, offset + m.start(group), offset + m.end(group)));
        }
    }

    /** What a count of the forces counts: people, vehicles or boats. */
    private static String forceUnit(Attribute attribute) {
        return attribute == Attribute.PERSONNEL ? "человек" : attribute == Attribute.VEHICLES ? VEHICLES : BOATS;
    }

    /**
     * A row of a table of forces, «дата: 16.04.2026 20:00; личный состав, чел.: 96; техника, ед.: 27; плавсредства, ед.: 4;
     * в т.ч. МЧС России, чел.: 34; …»: each count is an observation of the whole force, or of the agency's part.
     */
    private static List<Observation> forcesRow(String text, Instant time) {
        if (text.indexOf(';') < 0 || text.indexOf(':') < 0) {
            return List.of();
        }
        List<Observation> found = new ArrayList<>();
        Matcher m = TABLE_PAIR.matcher(text);
        while (m.find()) {
            String label = Keys.of(m.group(1));
            String value = m.group(2).strip();
            if (!value.matches("\\d{1,4}")) {
                continue;
            }
            boolean agency = label.contains("мчс");
            Attribute attribute = label.contains("плавсредств") ? Attribute.BOATS : label.contains("техник") ? Attribute.VEHICLES
                    : label.contains("личный состав") || agency && PEOPLE_LABEL.matcher(label).find() ? Attribute.PERSONNEL : null;
            if (attribute == null) {
                continue;
            }
            int at = m.start(2) + m.group(2).indexOf(value);
            found.add(new Observation(agency ? AGENCY_KEY : Attribute.FORCE_KEY, agency ? AGENCY_NAME : "", attribute, Double.parseDouble(value), null,
                    forceUnit(attribute),
                    Qualifier.EXACT, time, false, at, at + value.length()));
        }
        return found;
    }

    /** «Провести эвакуацию…», «2. Подготовить к эвакуации…»: a decision's instruction says what is to be done, not what was. */
    private boolean instruction(String sentence) {
        Matcher first = FIRST_WORD.matcher(sentence);
        return first.lookingAt() && mentions.infinitive(first.group(1));
    }

    /** Sentence bounds: a stop before a capital or a digit ends one, unless it ends an abbreviation («с.», «ул.», «В.П.»). */
    static List<int[]> sentences(String text) {
        List<int[]> bounds = new ArrayList<>();
        int start = 0;
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 8), m.start());
            if (text.charAt(m.start()) == '.' && ABBREVIATION.matcher(before).find() && !unitEndsSentence(before, text, m.end())) {
                continue;
            }
            bounds.add(new int[] {start, m.end()});
            start = m.end();
        }
        if (start < text.length()) {
            bounds.add(new int[] {start, text.length()});
        }
        return bounds;
    }

    /**
     * «ГП Ключи: уровень воды 686 см. ГП Ольховка: …»: a unit written short after a number, then a capital letter — the
     * sentence ends there (the second gauge's level is not the first one's); «12 ч. 30 мин» goes on.
     */
    private static boolean unitEndsSentence(String before, String text, int next) {
        String rest = text.substring(next).stripLeading();
        return UNIT_AFTER_NUMBER.matcher(before).find() && !rest.isEmpty() && Character.isUpperCase(rest.charAt(0));
    }

    private void figures(String sentence, int offset, List<Mention> inside, List<Mention> all, Instant time, boolean correction,
                         List<Observation> previous, List<Observation> out) {
        String lower = refusalsMasked(Keys.lower(sentence));
        Observation total = null;
        int itemStart = 0;
        for (MatchResult m : WordStarts.matches(NUMBER, sentence)) {
            String unitWord = m.group(3) == null ? "" : Keys.of(m.group(3));
            OptionalInt inWords = inWords(m.group(2));
            boolean wordNumber = inWords.isPresent();
            if (inTime(offset + m.start(2), inside) || NUMBER_SIGN.matcher(sentence.substring(Math.max(0, m.start() - 3), m.start())).find()) {
                continue;
            }
            double value = wordNumber ? inWords.getAsInt() : Double.parseDouble(m.group(2).replaceAll("[  ]", "").replace(',', '.'));
            boolean itemDash = total != null && ITEM_DASH.matcher(lower.substring(Math.max(0, m.start() - 3), m.start())).find();
            if (itemDash && unitWord.isEmpty()) {
                Optional<Mention> item = justBefore(offset + m.start(), inside, kind -> kind.place() || kind == MentionKind.OBJECT)
                        .filter(named -> ITEM_NAMED.matcher(lower.substring(Math.max(0, named.end() - offset), m.start())).matches());
                if (item.isPresent()) {
                    out.add(itemOf(total, item.get(), value, time, correction, offset, m));
                }
                continue;
            }
            boolean countedItem = itemDash && "человек".equals(total.unit()) && PEOPLE_LABEL.matcher(unitWord).lookingAt();
            if (countedItem && bracketClosed(lower, itemStart, m.start())) {
                continue; // «…18 человек), у родственников — 193 человека»: after the breakdown, its place is not told here
            }
            Optional<Mention> counted = countedItem ? firstOfItem(offset, itemStart, m.start(), inside) : Optional.empty();
            if (counted.isPresent()) {
                out.add(itemOf(total, counted.get(), value, time, correction, offset, m));
                itemStart = m.end();
                continue;
            }
            if (partOfFigure(lower, m, unitWord)) {
                continue;
            }
            Attribute attribute;
            String unit;
            if (LENGTH.matcher(unitWord).matches()) {
                if (!Attribute.WATER_LEVEL.triggers().matcher(lower).find() && !gaugeReading(sentence, m.start(), offset, inside)) {
                    continue;
                }
                if (NOT_A_READING.matcher(lower.substring(Math.max(0, m.start() - 40), m.start())).find()
                        || RELATIVE_AFTER.matcher(lower.substring(m.end())).find() || RATE_AFTER.matcher(lower.substring(m.end())).find()) {
                    continue;
                }
                attribute = Attribute.WATER_LEVEL;
                unit = unitWord.startsWith("с") ? "см" : "м";
            } else if (AREA.matcher(unitWord).matches()) {
                attribute = Attribute.AREA;
                unit = unitWord.startsWith("г") ? "га" : "кв. м";
            } else if (HOUSES.matcher(unitWord).find()) {
                Optional<Attribute> near = nearest(lower, m.start(), List.of(Attribute.FLOODED_HOUSES, Attribute.DEENERGIZED,
                        Attribute.EVACUATED));
                if (near.isEmpty() || THREAT.matcher(lower.substring(Math.max(0, m.start() - NEAR), m.start())).find()
                        || near.get() == Attribute.FLOODED_HOUSES && (YARDS.matcher(unitWord).find()
                        || NOT_FLOODED.matcher(lower.substring(Math.max(0, m.start() - 20), m.start())).find())) {
                    continue;
                }
                attribute = near.get() == Attribute.FLOODED_HOUSES && PLOTS.matcher(unitWord).find() ? Attribute.FLOODED_PLOTS : near.get();
                unit = unitName(unitWord);
            } else if (!unitWord.isEmpty() || COLLECTIVE.matcher(m.group(2)).matches() || wordNumber && (grown(lower, m) || nextToVerb(lower, m))
                    || !wordNumber && BEFELL_AFTER.matcher(lower.substring(m.end())).find()
                    || shelterRow(lower, m) || sheltered(lower, m) || bareCount(lower, m)) {
                String before = lower.substring(Math.max(0, m.start() - 30), m.start());
                String wider = lower.substring(Math.max(0, m.start() - 60), m.start());
                if (CAPACITY.matcher(before).find() || NOT_AFFECTED.matcher(before).find()
                        || STAFF.matcher(wider).find() || MAXIMUM.matcher(wider).find() || MOVED_AFTER.matcher(lower.substring(m.end())).find()) {
                    continue;
                }
                Optional<Attribute> near = shelterRow(lower, m) || sheltered(lower, m) ? Optional.of(Attribute.SHELTERED)
                        : nearest(lower, m.start(), PEOPLE);
                if (near.isEmpty()) {
                    Optional<SumOf> sum = sumOfList(previous, lower, m, inside, all);
                    if (sum.isPresent()) {
                        out.add(new Observation(sum.get().entityKey(), sum.get().entityName(), sum.get().attribute(), value, null,
                                "человек", qualifier(m.group(1)), time, correction, offset + m.start(), offset + m.end()));
                        continue;
                    }
                }
                if (ELSEWHERE.matcher(lower.substring(m.end())).find()) {
                    near = Optional.of(Attribute.WITH_RELATIVES); // «144 человека — у родственников»
                }
                if (near.isEmpty()) {
                    continue;
                }
                attribute = near.get();
                unit = "человек";
            } else {
                continue;
            }
            boolean ofSeveral = totalOfSeveral(lower, m);
            Mention entity = shelterRow(lower, m) || ofSeveral && attribute == Attribute.SHELTERED
                    ? justBefore(offset + m.start(), inside, kind -> kind == MentionKind.OBJECT).orElse(null)
                    : ofSeveral || whole(lower, m, inside) ? areaOf(inside, all).orElse(null)
                    : entityFor(attribute, offset + m.start(), inside, all);
            if (entity == null && attribute == Attribute.WATER_LEVEL) {
                continue;
            }
            // «тело пятого погибшего» tells the count grew, as «число погибших увеличилось до пяти» does
            boolean nth = NTH.matcher(m.group(2).strip()).matches();
            var observation = new Observation(entity == null ? "" : entity.key(), entity == null ? "" : entity.name(), attribute, value,
                    null, unit, grown(lower, m) ? Qualifier.EXACT : nth ? Qualifier.AT_LEAST : qualifier(m.group(1)),
                    time, correction || nth, offset + m.start(), offset + m.end());
            out.add(observation);
            if (ofSeveral) {
                total = observation;
                itemStart = m.end();
            }
        }
    }

    /**
     * «ГП Ольховка 741 см (+19 см) — рост продолжается», «ГП Ключи — 684 см»: a length right after a gauge's name is its
     * level though the line says no «уровень».
     */
    private static boolean gaugeReading(String sentence, int at, int offset, List<Mention> inside) {
        return inside.stream().filter(x -> x.kind() == MentionKind.OBJECT && "гидропост".equals(x.subtype()))
                .anyMatch(x -> x.end() <= offset + at && GAUGE_GAP.matcher(sentence.substring(Math.max(0, x.end() - offset), at)).matches());
    }

    /**
     * «119 человек (ПВР № 1, СОШ № 2 г. Заречье — 101 человек; ПВР № 3 — 18 человек)»: an item of a breakdown written with
     * its unit is of the first thing it names after the item before it (or the total) — not of the town its address ends
     * with; none once the bracket is closed («…), у родственников — 193 человека», whose place the sentence does not tell).
     */
    private static Optional<Mention> firstOfItem(int offset, int itemStart, int at, List<Mention> inside) {
        return inside.stream().filter(x -> (x.kind().place() || x.kind() == MentionKind.OBJECT) && x.start() - offset >= itemStart
                && x.end() - offset <= at).findFirst();
    }

    private static boolean bracketClosed(String lower, int from, int at) {
        String item = lower.substring(Math.min(from, at), at);
        return item.chars().filter(c -> c == ')').count() > item.chars().filter(c -> c == '(').count();
    }

    private static Observation itemOf(Observation total, Mention item, double value, Instant time, boolean correction, int offset,
                                      MatchResult m) {
        return new Observation(item.key(), item.name(), total.attribute(), value, null, total.unit(), Qualifier.EXACT, time, correction,
                offset + m.start(), offset + m.end());
    }

    /** «368 человек: с. Нижние Ключи — 327, с. Ольховка — 41»: a figure followed by its breakdown by place. */
    private static boolean totalOfSeveral(String lower, MatchResult m) {
        String after = lower.substring(m.end());
        return BREAKDOWN_OPENS.matcher(after).find() && BREAKDOWN_ITEM.matcher(after).results().count() >= 2;
    }

    /**
     * «ПВР № 1 — 92 человека, ПВР № 3 — 8 человек. Всего — 100 человек.»: a total naming no attribute sums the list of the
     * sentence before; what the total is of — all shelters for numbered shelters, else the area the fragment names.
     */
    private static Optional<SumOf> sumOfList(List<Observation> previous, String lower, MatchResult m, List<Mention> inside,
                                                   List<Mention> all) {
        if (previous.size() < 2 || !WHOLE.matcher(lower.substring(Math.max(0, m.start() - 20), m.start())).find()) {
            return Optional.empty();
        }
        Observation first = previous.getFirst();
        if (!previous.stream().allMatch(o -> o.attribute() == first.attribute() && "человек".equals(o.unit()))) {
            return Optional.empty();
        }
        String kind = first.entityKey().substring(0, first.entityKey().lastIndexOf(':') + 1);
        if (kind.startsWith("object:") && previous.stream().allMatch(o -> o.entityKey().startsWith(kind))) {
            return Optional.of(new SumOf(kind, NUMBERED.matcher(first.entityName()).replaceFirst(""), first.attribute()));
        }
        return areaOf(inside, all).filter(area -> previous.stream().noneMatch(o -> o.entityKey().equals(area.key())))
                .map(area -> new SumOf(area.key(), area.name(), first.attribute()));
    }

    /** What a total after a list is of: the entity and the attribute of the list. */
    private record SumOf(String entityKey, String entityName, Attribute attribute) {}

    /** The value of a number written in words («двадцать пять» is 25), if it is one. */
    private static OptionalInt inWords(String number) {
        Matcher nth = NTH.matcher(number.strip());
        if (nth.matches()) {
            return OptionalInt.of(NTH_VALUES.get(Keys.of(nth.group(1)).replace('ё', 'е')));
        }
        int sum = 0;
        for (String word : Keys.of(number).split("\\s+")) {
            OptionalInt value = RussianNumbers.value(word);
            if (value.isEmpty()) {
                return OptionalInt.empty();
            }
            sum += value.getAsInt();
        }
        return OptionalInt.of(sum);
    }

    /**
     * «в том числе 18 детей», «15 человек (3 человека …»: a part of a figure just given. «из них 119 размещены в ПВР» is
     * the sheltered part of the evacuated, a figure of its own.
     */
    private static boolean partOfFigure(String lower, MatchResult m, String unitWord) {
        Matcher breakdown = BREAKDOWN.matcher(lower.substring(Math.max(0, m.start() - 40), m.start()));
        if (!breakdown.find()) {
            return false;
        }
        return breakdown.group().contains("(") || CHILDREN.matcher(unitWord).find()
                || nearest(lower, m.start(), PEOPLE).filter(a -> a == Attribute.SHELTERED).isEmpty();
    }

    /** «Всего эвакуировано 368 человек.» in a sentence naming no place: the figure of the whole area the report is about. */
    private static boolean whole(String lower, MatchResult m, List<Mention> inside) {
        return WHOLE.matcher(lower.substring(Math.max(0, m.start() - 40), m.start())).find() && inside.stream().noneMatch(x -> x.kind().place());
    }

    /** The district or region a total over several places is of (of several shelters, «в ПВР», the shelters named before it): named in its sentence, else in its fragment. */
    private static Optional<Mention> areaOf(List<Mention> inside, List<Mention> all) {
        return inside.stream().filter(m -> AREAS.contains(m.kind())).findFirst()
                .or(() -> all.stream().filter(m -> AREAS.contains(m.kind())).findFirst());
    }


    /** «отказались от эвакуации 9 человек»: the evacuation those people refused does not count them as evacuated. */
    private static String refusalsMasked(String lower) {
        Matcher m = REFUSED_EVACUATION.matcher(lower);
        if (!m.find()) {
            return lower;
        }
        var masked = new StringBuilder(lower);
        do {
            for (int i = m.start(1); i < m.end(1); i++) {
                masked.setCharAt(i, '_');
            }
        } while (m.find());
        return masked.toString();
    }

    /** «ПВР № 3 — 8», «ПВР № 1: 98 человек»: the people a numbered shelter holds. */
    private static boolean shelterRow(String lower, MatchResult m) {
        return SHELTER_ROW.matcher(lower.substring(Math.max(0, m.start() - 20), m.start())).find();
    }

    /** «один погиб», «пострадали двое»: a number word right by a verb of what befell people (digits only before it: «ещё 11 пострадали»). */
    private static boolean nextToVerb(String lower, MatchResult m) {
        return BEFELL_AFTER.matcher(lower.substring(m.end())).find() || BEFELL_BEFORE.matcher(lower.substring(0, m.start())).find();
    }

    /** «из них 119 размещены в ПВР»: a number without a unit that counts the people sheltered. */
    private static boolean sheltered(String lower, MatchResult m) {
        return SHELTERED_AFTER.matcher(lower.substring(m.end())).find();
    }

    /** A number without a unit that still counts people: «число погибших увеличилось до 7». {@code lower}: the sentence in lower case. */
    private static boolean bareCount(String lower, MatchResult m) {
        return COUNT_OF.matcher(lower).find() && COUNT_VERB.matcher(lower.substring(Math.max(0, m.start() - 30), m.start())).find();
    }

    private static boolean grown(String lower, MatchResult m) {
        return m.group(1) != null && Keys.of(m.group(1)).equals("до")
                && (GROWN.matcher(lower.substring(Math.max(0, m.start() - 20), m.start())).find()
                || GROWN_AFTER.matcher(lower.substring(m.end())).find());
    }

    private void states(String sentence, int offset, List<Mention> inside, List<Mention> all, Instant time, boolean correction,
                        List<Observation> out) {
        for (MatchResult m : WordStarts.matches(STATE, sentence)) {
            Optional<String> stateGender = mentions.gender(m.group());
            boolean neuter = NEUTER_STATE.matcher(Keys.lower(m.group())).find();
            Mention subject = inside.stream().filter(x -> x.kind() == MentionKind.OBJECT || x.kind() == MentionKind.ROAD)
                    .filter(x -> agrees(stateGender, x) && !(neuter && feminine(x)))
                    .filter(x -> !otherClause(sentence, x.start() - offset, m.start()))
                    .min((a, b) -> Integer.compare(Math.abs(a.start() - offset - m.start()), Math.abs(b.start() - offset - m.start())))
                    .orElse(null);
            if (subject == null || NOT_A_STATE.matcher(Keys.lower(m.group())).find()
                    || CONDITION.matcher(Keys.lower(sentence.substring(Math.max(0, m.start() - 12), m.start()))).find()) {
                continue;
            }
            String word = Keys.of(m.group(1));
            if (RUNNING.contains(word) && !"переправа".equals(subject.subtype())) {
                continue;
            }
            String state = switch (word) {
                case "закрыт", "перекрыт", "приостановл", "свернут", "не работа", "завершил" -> "закрыт";
                case "открыт", "возобновл", "возобновил", "работа" -> "открыт";
                case "локализован" -> "локализован";
                default -> "ликвидирован";
            };
            Instant at = ownTime(inside, offset + m.end()).orElse(time);
            out.add(new Observation(subject.key(), subject.name(), Attribute.STATE, null, state, null, Qualifier.EXACT, at,
                    correction, offset + m.start(), offset + m.end()));
        }
    }

    /**
     * «ПВР № 2 закрыт в 18:00» in a log line of 12:00: the time right after the state word is when it holds, not the
     * line's («закрыт до 18:00» is not: until then).
     */
    private static Optional<Instant> ownTime(List<Mention> inside, int stateEnd) {
        Optional<Instant> own = inside.stream().filter(x -> x.kind() == MentionKind.TIME && x.start() >= stateEnd && x.start() - stateEnd <= 1)
                .filter(x -> STATE_TIME.matcher(Keys.lower(x.text())).lookingAt())
                .findFirst().flatMap(x -> timeOf(List.of(x)));
        Optional<Instant> first = timeOf(inside);
        return own.map(t -> first.filter(f -> t.isBefore(f.minus(SAME_SENTENCE))).map(f -> t.plus(Duration.ofDays(1))).orElse(t));
    }

    /** «движение … закрыто» is said of a road or a bridge, not of «лодочная переправа» named beside it. */
    private boolean feminine(Mention thing) {
        return genderOf(thing).filter("Fem"::equals).isPresent();
    }

    /** «Закрыта 09.04; лодочная переправа работала …»: a thing after a semicolon is not what the state before it is said of. */
    private static boolean otherClause(String sentence, int thing, int state) {
        int from = Math.max(0, Math.min(thing, state));
        int to = Math.min(sentence.length(), Math.max(thing, state));
        return from < to && sentence.substring(from, to).indexOf(';') >= 0;
    }

    /** «переправа … закрыта» is not said of «фидер № 7» named before: a state in the feminine needs a feminine thing. */
    private boolean agrees(Optional<String> stateGender, Mention thing) {
        Optional<String> thingGender = genderOf(thing);
        return stateGender.isEmpty() || thingGender.isEmpty() || stateGender.equals(thingGender);
    }

    /** The gender of a thing's name, by its first word («переправа у Ключи» — «Fem»). */
    private Optional<String> genderOf(Mention thing) {
        List<String> words = Names.words(thing.name());
        return words.isEmpty() ? Optional.empty() : mentions.gender(words.getFirst());
    }

    /**
     * A Markdown table (as written, «| Ключи | 652 | +40 |», or as the text parser flattens it, «Ключи; 652; +40») whose
     * header names a gauge (пост, гидропост) and a level (уровень): each row is that gauge's level at the fragment's time.
     */
    private List<Observation> markdownLevels(String text, Instant time) {
        Matcher flat = FLAT_TABLE.matcher(text);
        if (flat.find()) {
            return flatLevels(text, flat, time);
        }
        List<Observation> found = new ArrayList<>();
        int gauge = -1;
        int level = -1;
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            String[] cells = trimmed.startsWith("|") ? trimmed.substring(1).split("\\|", -1)
                    : trimmed.split("; ", -1);
            if (cells.length >= 3) {
                if (gauge < 0) {
                    int[] columns = gaugeAndLevel(cells);
                    gauge = columns[0];
                    level = columns[1];
                } else if (cells.length > Math.max(gauge, level) && NUMBER_CELL.matcher(cells[level].strip()).matches()) {
                    String value = cells[level].strip();
                    found.add(gaugeLevel(cells[gauge], value, offset + line.indexOf(value), time));
                }
            } else if (!trimmed.isEmpty() && !SEPARATOR_ROW.matcher(trimmed).matches()) {
                gauge = -1;
                level = -1;
            }
            offset += line.length() + 1;
        }
        return found;
    }

    /**
     * A table the text parser flattened into one line, «Гидропост; Уровень, см; … ---|---|--- Верхний Бор; 594; +38
     * Ключи; 652; +40 …»: the header gives the number of columns, and a cell «+38 Ключи» is the end of one row and the
     * start of the next.
     */
    private List<Observation> flatLevels(String text, Matcher separator, Instant time) {
        String[] header = text.substring(0, separator.start()).split("; ", -1);
        int columns = header.length;
        int[] gaugeAndLevel = gaugeAndLevel(header);
        int gauge = gaugeAndLevel[0];
        int level = gaugeAndLevel[1];
        if (gauge < 0) {
            return List.of();
        }
        List<String> cells = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int at = separator.end();
        for (String cell : text.substring(separator.end()).split("; ", -1)) {
            int start = at + (cell.length() - cell.stripLeading().length());
            Matcher joined = ROW_BOUNDARY.matcher(cell.strip());
            if (joined.matches() && cells.size() % columns == columns - 1) {
                cells.add(joined.group(1));
                starts.add(start);
                cells.add(joined.group(2));
                starts.add(start + joined.start(2));
            } else {
                cells.add(cell.strip());
                starts.add(start);
            }
            at += cell.length() + 2;
        }
        List<Observation> found = new ArrayList<>();
        for (int row = 0; row + columns <= cells.size(); row += columns) {
            String value = cells.get(row + level);
            String name = cells.get(row + gauge);
            if (!NUMBER_CELL.matcher(value).matches() || name.isEmpty() || name.length() > 40) {
                break;
            }
            found.add(gaugeLevel(name, value, starts.get(row + level), time));
        }
        return found;
    }

    /**
     * The columns of a table header that name the gauge (пост, гидропост, ГП, станция) and its level (уровень, not the
     * danger mark or the change); {-1, -1} unless both are there.
     */
    private static int[] gaugeAndLevel(String[] header) {
        int gauge = -1;
        int level = -1;
        for (int c = 0; c < header.length; c++) {
            String h = Keys.of(header[c]);
            if (gauge < 0 && (h.contains("пост") || h.startsWith("гп") || h.contains("станц"))) {
                gauge = c;
            } else if (level < 0 && h.contains("уровень") && !h.contains("опасн") && !h.contains("измен")) {
                level = c;
            }
        }
        return gauge < 0 || level < 0 ? new int[] {-1, -1} : new int[] {gauge, level};
    }

    /** A gauge's level in centimetres from a table cell, keyed as the gauge's mentions are («Ключи» → ГП Ключи). */
    private Observation gaugeLevel(String gaugeCell, String value, int start, Instant time) {
        String name = gaugeCell.strip().replaceFirst("^(ГП|г/п|гидропост)\\s+", "");
        return new Observation("object:гидропост:" + mentions.nameKey(name), "ГП " + name, Attribute.WATER_LEVEL,
                Double.parseDouble(value.replace(',', '.')), null, "см", Qualifier.EXACT, time, false, start, start + value.length());
    }

    /** «post: Ключи; date_time: …; level_cm: 512; …» — a gauge's level at the row's time. */
    private Optional<List<Observation>> tableRow(String text, List<Mention> mentions, Instant time) {
        if (text.indexOf(';') < 0 || text.indexOf(':') < 0) {
            return Optional.empty();
        }
        Map<String, String> cells = new LinkedHashMap<>();
        Matcher m = TABLE_PAIR.matcher(text);
        while (m.find()) {
            cells.put(Keys.of(m.group(1)), m.group(2).strip());
        }
        String level = null;
        String levelColumn = null;
        String where = null;
        for (var cell : cells.entrySet()) {
            String column = cell.getKey();
            if (level == null && column.matches("(level|уровень).*") && cell.getValue().matches("[+-]?\\d+(?:[.,]\\d+)?")) {
                level = cell.getValue();
                levelColumn = column;
            }
            if (where == null && column.matches("(post|пост|гидропост|гп|станция|station|gauge|пункт).*")) {
                where = cell.getValue();
            }
        }
        if (level == null || where == null || where.isBlank()) {
            return Optional.empty();
        }
        String name = where.replaceFirst("^(ГП|г/п|гидропост)\\s+", "");
        String key = "object:гидропост:" + this.mentions.nameKey(name);
        String display = "ГП " + name;
        for (Mention mention : mentions) {
            if (mention.kind() == MentionKind.OBJECT && "гидропост".equals(mention.subtype())) {
                key = mention.key();
                display = mention.name();
                break;
            }
        }
        String unit = levelColumn.contains("cm") || levelColumn.contains("см") ? "см" : levelColumn.endsWith("_m") ? "м" : "см";
        int at = text.indexOf(level);
        return Optional.of(List.of(new Observation(key, display, Attribute.WATER_LEVEL, Double.parseDouble(level.replace(',', '.')),
                null, unit, Qualifier.EXACT, time, false, Math.max(0, at), Math.max(0, at) + level.length())));
    }

    /**
     * A row whose cells are labelled with what they count, «эвакуировано (отселено), чел.: 327; в ПВР, чел.: 119;
     * отказались, чел.: 9»: each labelled count is an observation of the place the row names (of the nearest object
     * when it names none).
     */
    private static List<Observation> labelledCounts(String text, List<Mention> mentions, Instant time) {
        if (text.indexOf(';') < 0) {
            return List.of();
        }
        List<Observation> found = new ArrayList<>();
        Optional<Mention> place = mentions.stream().filter(x -> x.kind().place() && !BROAD.contains(x.kind())).findFirst();
        Matcher m = TABLE_PAIR.matcher(text);
        while (m.find()) {
            String label = Keys.of(m.group(1));
            String value = m.group(2).strip();
            if (!PEOPLE_LABEL.matcher(label).find() || !NUMBER_CELL.matcher(value).matches() && !value.matches("\\d")) {
                continue;
            }
            Optional<Attribute> attribute = Attribute.namedIn(label).stream().filter(PEOPLE::contains).findFirst();
            if (attribute.isEmpty()) {
                continue;
            }
            int at = m.start(2) + m.group(2).indexOf(value);
            Mention entity = place.orElseGet(() -> entityFor(attribute.get(), at, mentions, mentions));
            found.add(new Observation(entity == null ? "" : entity.key(), entity == null ? "" : entity.name(), attribute.get(),
                    Double.parseDouble(value.replace(',', '.')), null, "человек", Qualifier.EXACT, time, false, at, at + value.length()));
        }
        return found;
    }

    /** The attribute whose trigger is nearest the position in the lower-cased sentence, within {@value #NEAR} characters. */
    private static Optional<Attribute> nearest(String lower, int position, List<Attribute> candidates) {
        Attribute best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Attribute attribute : candidates) {
            Matcher t = attribute.triggers().matcher(lower);
            while (t.find()) {
                if (attribute == Attribute.WITH_RELATIVES && t.start() > position) {
                    break; // «29 человек разместились в ФОК, остальные у родственников»: those with relatives are counted after the words
                }
                int distance = t.start() > position ? t.start() - position : position - t.end();
                int ranked = t.start() < position && CLAUSE_BREAK.matcher(lower.substring(Math.min(t.end(), position), position)).find()
                        ? distance + NEAR : distance;
                if (ranked < bestDistance && distance <= NEAR) {
                    best = attribute;
                    bestDistance = ranked;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The mention of such a kind named last before the position: the object «ПВР № 1» of «ПВР № 1 — 98, ПВР № 3 — 8», the
     * place «с. Ольховка» of «…, с. Ольховка — 41».
     */
    private static Optional<Mention> justBefore(int position, List<Mention> inside, Predicate<MentionKind> kind) {
        return inside.stream().filter(m -> kind.test(m.kind()) && m.end() <= position).reduce((a, b) -> b);
    }

    private static Mention entityFor(Attribute attribute, int position, List<Mention> inside, List<Mention> all) {
        boolean fromPlace = attribute == Attribute.EVACUATED || attribute == Attribute.REFUSED || attribute == Attribute.WITH_RELATIVES;
        List<Mention> candidates = inside.stream().filter(m -> attribute == Attribute.WATER_LEVEL
                ? m.kind() == MentionKind.OBJECT && "гидропост".equals(m.subtype())
                : m.kind().place() || m.kind() == MentionKind.OBJECT && !fromPlace).toList();
        if (candidates.isEmpty() && attribute == Attribute.WATER_LEVEL) {
            if (inside.stream().anyMatch(m -> m.kind() == MentionKind.OBJECT)) {
                return null;
            }
            candidates = inside.stream().filter(m -> m.kind().place()).toList();
        }
        if (candidates.isEmpty()) {
            // the fragment's first place, the town rather than the region its adjective names («в подмосковном Подольске»)
            List<Mention> ofFragment = all.stream().filter(m -> attribute == Attribute.WATER_LEVEL
                    ? m.kind() == MentionKind.OBJECT && "гидропост".equals(m.subtype()) : m.kind().place()).toList();
            candidates = ofFragment.stream().filter(m -> !BROAD.contains(m.kind())).findFirst().or(() -> ofFragment.stream().findFirst())
                    .stream().toList();
        }
        List<Mention> narrow = candidates.stream().filter(m -> !BROAD.contains(m.kind())).toList();
        return (narrow.isEmpty() ? candidates : narrow).stream()
                .min((a, b) -> Integer.compare(Math.abs(a.start() - position), Math.abs(b.start() - position))).orElse(null);
    }

    /** «Исторический максимум — 702 см (апрель 1994 г.)»: a sentence about a time over a year before the report is no reading. */
    private static boolean history(List<Mention> inside, Instant reportTime) {
        if (reportTime == null) {
            return false;
        }
        Instant yearAgo = reportTime.minus(HISTORY);
        int lastYear = yearAgo.atZone(ZoneOffset.UTC).getYear();
        return inside.stream().filter(m -> m.kind() == MentionKind.TIME).anyMatch(m -> m.subtype() != null
                ? Instant.parse(m.subtype().split("/")[1]).isBefore(yearAgo)
                : YEAR.matcher(m.text()).results().anyMatch(y -> Integer.parseInt(y.group()) < lastYear));
    }

    /**
     * «мост закрыт с 16:00» is closed from then on, but «598 см (+4 см за сутки, спад с 20:00 11.04 на 5 см)» was not read
     * at 20:00 11.04: the start of a period is when a state begins, not when a figure was taken.
     */
    private static boolean since(String text, Mention time) {
        return time.kind() == MentionKind.TIME && (SINCE.matcher(Keys.lower(time.text())).lookingAt()
                || SINCE_BEFORE.matcher(Keys.lower(text.substring(Math.max(0, time.start() - 4), time.start()))).find());
    }

    private static Optional<Instant> timeOf(List<Mention> inside) {
        return inside.stream().filter(m -> m.kind() == MentionKind.TIME && m.subtype() != null)
                .map(m -> m.subtype().split("/"))
                .filter(parts -> parts[0].equals(parts[1]))
                .map(parts -> Instant.parse(parts[0])).findFirst();
    }

    private static boolean inTime(int position, List<Mention> inside) {
        return inside.stream().anyMatch(m -> m.kind() == MentionKind.TIME && m.start() <= position && position < m.end());
    }

    private static Qualifier qualifier(String word) {
        if (word == null) {
            return Qualifier.EXACT;
        }
        return switch (Keys.of(word)) {
            case "не менее", "не меньше", "как минимум" -> Qualifier.AT_LEAST;
            case "более", "свыше", "больше" -> Qualifier.MORE_THAN;
            case "до" -> Qualifier.UP_TO;
            default -> Qualifier.APPROX;
        };
    }

    private static String unitName(String unitWord) {
        if (unitWord.contains("дом")) {
            return unitWord.startsWith("жил") ? "жилых домов" : "домов";
        }
        if (PLOTS.matcher(unitWord).find()) {
            return unitWord.startsWith("приусадеб") ? "приусадебных участков" : "участков";
        }
        if (unitWord.contains("пункт") || unitWord.startsWith("сел") || unitWord.startsWith("деревн") || unitWord.startsWith("посел")
                || unitWord.startsWith("посёл")) {
            return "населённых пунктов";
        }
        return unitWord;
    }
}
