package ru.sppr.chat.situation;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Kinds of events a report can be about, with the words that announce them (Russian, and English for questions). */
public enum EventType {
    FIRE("пожар", "пожар(?!н)|возгоран|загорел|загорани|горел[аио]?\\b|\\bгори[тм]|\\bгорят|полыха|пыла[ею]т|огнем|огнём|огня\\b|сгорел|сгоревш|выгорел|пламя|задымлени|тушени|потуш|\\bfires?\\b|\\bblaze|\\bburn(?:ing|ed|t)\\b"),
    EXPLOSION("взрыв", "взрыв|взорвал|хлопок газа|детонац|теракт|подрыв|смертник|explosion|explod|\\bblasts?\\b|terror(?:ist)? attack|bombing"),
    COLLAPSE("обрушение", "обрушени|обрушил|рухнул|обвал(?!ьн)|провал грунта|\\bcollaps"),
    FLOOD("наводнение", "паводк|паводок|половод|наводнен|подтоплен|подтоп|затопил|затоплен|разлив рек|уровень воды|ледоход|затор|\\bflood"),
    POWER_OUTAGE("отключение электроэнергии", "обесточ|без (?:света|электричества|электроснабжения)|отключени\\w* (?:света|электр)|"
            + "отключил\\w* (?:\\w+ )?(?:свет|электр)|нет (?:света|электричества)|"
            + eachThen(" (?:\\w+ )?(?:отключ|пропа|вырубил|выключ)\\w*", "\\bсвет", "электричеств\\w*", "электроснабжени\\w*", "электроэнерги\\w*")
            + "|блэкаут|энергоснабжени|power (?:outage|cut)|blackout"),
    UTILITY_OUTAGE("коммунальная авария", "прорвал\\w* (?:\\w+ )?труб|авари\\w* на (?:\\w+ )?(?:электросет|сетях|подстанц)|без (?:отопления|тепла|воды|газа|горячей воды)|отключени\\w* (?:воды|тепла|отопления|газа)|прорыв\\w* (?:трубы|трубопровода)|коммунальн\\w* авари|порыв\\w* (?:на )?(?:теплотрасс|водопровод)"),
    ROAD_ACCIDENT("ДТП", "\\bдтп\\b|столкнул|столкновени|опрокинул|съехал в кювет|вылетел на встречн|сбил[аи]? (?:пешехода|человека|женщину|мужчину|ребенка|ребёнка)|наезд|массов\\w* авари|крупн\\w* авари|смертельн\\w* авари|страшн\\w* авари|жутк\\w* авари|серь[её]зн\\w* авари"
            + "|авари\\w* на (?:трасс|дорог|перекр[её]ст|шоссе|мкад|ттк)|автокатастроф|авари\\w* с участием|протаранил|въехал\\w* в (?:толпу|столб|дерево|отбойник|остановку|ограждение|забор|витрину)"
            + "|влетел\\w* в (?:толпу|столб|дерево|отбойник|остановку|ограждение|легковушк|грузовик|автомобил|машин|автобус)"
            + "|collision|collided|car crash|road accident|\\bcrash(?:ed)? into"),
    AIR_CRASH("авиакатастрофа", "авиакатастроф|вертол[её]т\\w* (?:потерпел\\w* крушение|разбил|упал)|разбил\\w* (?:на )?вертол[её]т"
            + "|разбивш\\w* (?:\\S+ ){0,3}?(?:вертол|самол|лайнер|ssj|суперджет|боинг|boeing|airbus|аэробус)|"
            + eachThen("\\w* (?:ми-|ан-|ту-|ил-|як-|ssj|суперджет|boeing|боинг|airbus|аэробус|робинсон|mh)", "крушени", "катастроф")
            + "|аварийно (?:сел|села|приземл)|крушени\\w* (?:\\w+ )?(?:самолет|самолёт|вертолет|вертолёт|лайнер|борта)|разбил\\w* (?:самолет|самолёт|вертолет|вертолёт)"
            + "|жестк\\w* посадк|жёстк\\w* посадк|аварийн\\w* посадк|plane crash|helicopter crash|air crash|aircraft crash|emergency landing|hard landing"),
    RAIL_ACCIDENT("авария на железной дороге", "сошел с рельсов|опрокинувш\\w* (?:\\w+ )?поезд|"
            + eachThen("\\w* (?:снес|сбил|протаранил)", "электричк", "поезд")
            + "|крушени\\w* (?:поезд|электрич|товарн\\w* состав)|сход\\w* (?:с рельсов|вагонов)|сошл[аои] с рельсов|с рельсов сош(?:[её]л|л[аои])|столкнул\\w* (?:поезд|электрич)"
            + "|упал на рельсы|под поезд|derail"),
    WATER_ACCIDENT("происшествие на воде", eachThen("\\w*\\s+(?:\\S+\\s+){0,8}?(?:перевернул|опрокинул)", "судн", "лодк", "катер", "теплоход", "яхт", "барж")
            + "|крушени\\w* (?:\\w+ )?(?:судна|катера|теплохода|яхты|лодки|баржи|парома)|яхта потерпела крушение|судно потерпело крушение"
            + "|катер потерпел крушение|теплоход потерпел крушение|утонул|утоп|кораблекрушени|затонул|перевернул\\w* (?:лодк|катер|судн)"
            + "|провалил\\w* под л[её]д|тонущ|drown|capsiz|\\bsank\\b"),
    POISONING("отравление", "отравлен|отравил|poison"),
    GAS_LEAK("утечка", "утечк\\w* (?:газа|аммиака|хлора|нефти)|разлив нефти|выброс (?:аммиака|хлора|газа|вещест)|gas leak"),
    EVACUATION("эвакуация", "эвакуир|эвакуац|отселени|отселен|evacuat"),
    ROAD_CLOSURE("перекрытие дороги", "перекрыт|закрыт\\w* (?:движени|проезд|мост|переправ|дорог|трасс|участ)|движение\\w* (?:закрыто|ограничено|прекращено)"),
    STORM("непогода", "ураган|смерч|торнадо|шторм(?!\\p{L}*\\s+предупрежд)|снегопад|метел|гололед|гололёд|ледян\\w* дожд|ливн|ливень|град\\b|"
            + "сильн\\w* ветер|сильн\\w* ветр|hurricane|snowstorm|\\bstorm\\b|tornado"),
    EARTHQUAKE("землетрясение", "землетрясени|подземн\\w* толч|толчки|earthquake"),
    LANDSLIDE("оползень", "оползн|оползень|сход\\w* (?:лавин|сел)|лавин|\\bсел[ья]\\b|landslide|avalanche|mudslide");

    private final String label;
    private final Pattern triggers;

    EventType(String label, String triggers) {
        this.label = label;
        this.triggers = Pattern.compile(triggers, Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** The Russian name of the type, as shown to people. */
    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the text speaks of an event of this type in any of its words. */
    public boolean namedIn(String text) {
        return triggers.matcher(text.toLowerCase(Locale.ROOT).replace('ё', 'е')).find();
    }

    /** The trigger words, in lower case: match them against lower-cased text. */
    Pattern triggers() {
        return triggers;
    }

    /**
     * The same words after each of several starts, as alternatives of their own: every trigger begins with a literal
     * ({@link EventRules}) — «судн… перевернул|лодк… перевернул|…».
     */
    private static String eachThen(String rest, String... starts) {
        return Arrays.stream(starts).map(start -> start + rest).collect(Collectors.joining("|"));
    }

    /** The codes, comma-separated, for error messages. */
    public static String codes() {
        return Arrays.stream(values()).map(EventType::code).collect(Collectors.joining(", "));
    }

    public static EventType parse(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
