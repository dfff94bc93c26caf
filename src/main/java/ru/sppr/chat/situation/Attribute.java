package ru.sppr.chat.situation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What an observation measures or states, with the Russian label and the words that announce it in a sentence. */
public enum Attribute {
    DEATHS("погибших", "погиб|гибел|скончал|жертв|смертельн|тел[оа]\\b|насмерть|умер"),
    INJURED("пострадавших", "пострада|ранен|травм|ожог|раненых"),
    HOSPITALIZED("госпитализированных", "госпитализ"),
    REFUSED("отказавшихся от эвакуации", "отказал|отказав|отказыва|отказник|отказ от"),
    EVACUATED("эвакуированных", "эвакуир|эвакуац|отселен|вывез"),
    RESCUED("спасённых", "спасен|спасён|спасли|спасл"),
    /** Not «свет пропал», «пропала вода»: what went missing there is a supply, not people. */
    MISSING("пропавших без вести", "без вести|(?<!(?:электроснабжение|электричество|свет|вода|газ|связь|интернет|сигнал)\\s)"
            + "пропал(?!\\p{L}*\\s+(?:свет|электр|вод|газ|связ|интернет|сигнал))|пропавш|не найден"),
    SHELTERED("в ПВР", "размещ[её]н(?!и)|в пвр|в пункт[а-я]* временного"),
    /** Evacuated people staying with relatives or friends, counted apart from those in shelters: «у родственников и знакомых — 193 человека». */
    WITH_RELATIVES("у родственников", "у родствен|у знаком"),
    WATER_LEVEL("уровень воды", "уровень|уровн|отметк|level"),
    AREA("площадь", "площад"),
    /**
     * Garden plots flooded, counted apart from homes in flood reports: «41 жилой дом и 97 приусадебных участков». Named
     * before {@link #FLOODED_HOUSES}, whose words a question about plots holds too.
     */
    FLOODED_PLOTS("подтоплено участков", "приусадеб|участк\\p{L}*\\s+(?:подтоп|затоп)|(?:подтоп|затоп)\\p{L}*\\s+(?:\\d+\\s+)?участк"),
    FLOODED_HOUSES("подтоплено домов", "подтоплен|подтоплен|затоплен|подтопил|затопил"),
    DEENERGIZED("без электроснабжения", "обесточ|без света|без электр|без электроснабжения|перебо\\p{L}* со светом|перебо\\p{L}* с электр|отключ\\p{L}* (?:от )?(?:света|электр)|отключ\\p{L}* (?:тп|ктп|подстанц|фидер|вл|лэп|лини)"),
    /** The forces at work, as the reports count them: «161 человек, 42 единицы техники, 11 плавсредств». */
    VEHICLES("техника группировки", "техник"),
    BOATS("плавсредства группировки", "плавсредств"),
    /** «силы и средства», «сколько сил»; not «сила урагана», «силы тока». */
    PERSONNEL("личный состав группировки", "группировк|личн\\p{L}* состав|сил(?:ы|ами)?\\s+и\\s+средств|(?<=(?:сколько|скока|скок)\\s)сил(?!\\p{L})"),
    STATE("состояние", "закрыт|перекрыт|открыт|возобновл|приостановл|локализован|потушен|ликвидирован");

    /** The key of the whole force at work, which no mention names: its counts make a history of no place. */
    public static final String FORCE_KEY = "forces:";

    private final String label;
    private final Pattern triggers;
    /** The same words at the start of a word only: «ранен», not the «ранен» inside «распространению». */
    private final Pattern named;
    /** The whole words starting with the trigger words. */
    private final Pattern words;

    Attribute(String label, String triggers) {
        this.label = label;
        this.triggers = Pattern.compile(triggers, Pattern.UNICODE_CHARACTER_CLASS);
        this.named = Pattern.compile("(?<!\\p{L})(?:" + triggers + ")", Pattern.UNICODE_CHARACTER_CLASS);
        this.words = Pattern.compile(named.pattern() + "\\p{L}*", Pattern.UNICODE_CHARACTER_CLASS);
    }

    public String label() {
        return label;
    }

    /** «эвакуированных (Нижние Ключи)»; «в ПВР», not «в ПВР (ПВР)»: the entity only when the label does not name it. */
    public String labelOf(String entity) {
        return entity.isEmpty() || label.contains(entity) ? label : label + " (" + entity + ")";
    }

    /** Whether this counts the forces at work (people, vehicles, boats) rather than what befell people or things. */
    public boolean force() {
        return this == PERSONNEL || this == VEHICLES || this == BOATS;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The trigger words, in lower case: match them against lower-cased text. */
    Pattern triggers() {
        return triggers;
    }

    /** The attributes a text asks about or states, in declaration order (counts before states). */
    public static List<Attribute> namedIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        return Arrays.stream(values()).filter(a -> a.named.matcher(lower).find()).toList();
    }

    /** The text without the words that name an attribute («эвакуировано», «уровень»): what else it asks about. */
    public static String withoutNames(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        for (Attribute a : values()) {
            lower = a.words.matcher(lower).replaceAll(" ");
        }
        return lower;
    }

    public static Attribute parse(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
