package ru.sppr.chat.dialog;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chat spellings of common words («скока», «щас», «инфа», «чё», «траванулись») and words of speech reports do not use
 * («народу», «скотины», «побилось», «огородов», «тачки», «двухсотые», «гайцы», «ментовский пост», «гуманитарка», «дэска»,
 * «кормёжка», «мамки с грудничками», «ему светит» for «грозит», «чоп» for «ЧОО», «шарик», «патрики», «ленинградка») in their standard form, «в больницу
 * положили» as reports say it («госпитализировали»), Latin letters slipped into a
 * Cyrillic word («пso») as Cyrillic ones, so that a question typed in a
 * hurry is understood, searched and matched like one typed carefully. The words are common Russian ones, not names:
 * a word the base never contains would otherwise weigh the most and make every sentence look unrelated.
 */
final class Colloquial {
    private static final Map<String, String> STANDARD = Map.ofEntries(
            Map.entry("скока", "сколько"), Map.entry("скоко", "сколько"), Map.entry("скок", "сколько"),
            Map.entry("сколька", "сколько"), Map.entry("щас", "сейчас"), Map.entry("ща", "сейчас"),
            Map.entry("счас", "сейчас"), Map.entry("щя", "сейчас"), Map.entry("инфа", "информация"),
            Map.entry("инфу", "информацию"), Map.entry("инфы", "информации"), Map.entry("инфой", "информацией"),
            Map.entry("чё", "что"), Map.entry("чо", "что"), Map.entry("шо", "что"), Map.entry("че", "что"),
            Map.entry("изза", "из-за"), Map.entry("пч", "псч"),
            Map.entry("отказник", "отказавшийся от эвакуации"), Map.entry("отказники", "отказавшиеся от эвакуации"),
            Map.entry("отказников", "отказавшихся от эвакуации"), Map.entry("отказникам", "отказавшимся от эвакуации"),
            Map.entry("отказниками", "отказавшимися от эвакуации"), Map.entry("отказниках", "отказавшихся от эвакуации"), Map.entry("када", "когда"), Map.entry("кол-во", "количество"), Map.entry("ваще", "вообще"),
            Map.entry("тыщ", "тысяч"), Map.entry("тыщи", "тысячи"), Map.entry("тыща", "тысяча"),
            Map.entry("опергруппа", "оперативная группа"), Map.entry("опергруппы", "оперативной группы"),
            Map.entry("опергруппу", "оперативную группу"), Map.entry("опергруппой", "оперативной группой"),
            Map.entry("общага", "общежитие"), Map.entry("общаги", "общежития"), Map.entry("общагу", "общежитие"),
            Map.entry("общаге", "общежитии"), Map.entry("общагой", "общежитием"),
            Map.entry("траванулись", "отравились"), Map.entry("траванулся", "отравился"), Map.entry("траванулась", "отравилась"),
            Map.entry("рванул", "взорвался"), Map.entry("рванула", "взорвалась"), Map.entry("рвануло", "взорвалось"),
            Map.entry("рванули", "взорвались"), Map.entry("наготове", "в готовности"),
            Map.entry("народу", "человек"), Map.entry("народа", "человек"),
            Map.entry("скотины", "скота"), Map.entry("скотину", "скот"), Map.entry("скотина", "скот"),
            Map.entry("побилось", "столкнулось"), Map.entry("побились", "столкнулись"),
            Map.entry("велике", "велосипеде"),
            Map.entry("родни", "родственников"), Map.entry("родне", "родственникам"), Map.entry("родню", "родственников"),
            Map.entry("родня", "родственники"), Map.entry("пазик", "автобус"), Map.entry("пазике", "автобусе"),
            Map.entry("пазика", "автобуса"), Map.entry("пазики", "автобусы"), Map.entry("пазиков", "автобусов"),
            Map.entry("пазиках", "автобусах"), Map.entry("пазикам", "автобусам"), Map.entry("пазиками", "автобусами"),
            Map.entry("пазику", "автобусу"), Map.entry("пазиком", "автобусом"),
            Map.entry("огород", "приусадебный участок"), Map.entry("огорода", "приусадебного участка"),
            Map.entry("огороду", "приусадебному участку"), Map.entry("огородом", "приусадебным участком"),
            Map.entry("огороде", "приусадебном участке"), Map.entry("огороды", "приусадебные участки"),
            Map.entry("огородов", "приусадебных участков"), Map.entry("огородам", "приусадебным участкам"),
            Map.entry("огородами", "приусадебными участками"), Map.entry("огородах", "приусадебных участках"),
            Map.entry("чоп", "ЧОО"), Map.entry("чопа", "ЧОО"), Map.entry("чопе", "ЧОО"), Map.entry("чопы", "ЧОО"),
            Map.entry("шарик", "Шереметьево"), Map.entry("шарике", "Шереметьево"), Map.entry("шарика", "Шереметьево"),
            Map.entry("патрики", "Патриаршие пруды"), Map.entry("патриках", "Патриарших прудах"),
            Map.entry("патриков", "Патриарших прудов"),
            Map.entry("тачка", "машина"), Map.entry("тачки", "машины"), Map.entry("тачку", "машину"), Map.entry("тачке", "машине"),
            Map.entry("тачкой", "машиной"), Map.entry("тачек", "машин"),
            Map.entry("двухсотые", "погибшие"), Map.entry("двухсотых", "погибших"), Map.entry("трехсотые", "раненые"),
            Map.entry("трехсотых", "раненых"), Map.entry("трёхсотые", "раненые"), Map.entry("трёхсотых", "раненых"),
            Map.entry("жмуров", "погибших"), Map.entry("жмуры", "погибшие"),
            Map.entry("мчсники", "сотрудники МЧС"), Map.entry("мчсников", "сотрудников МЧС"), Map.entry("мчсникам", "сотрудникам МЧС"),
            Map.entry("вай-фай", "Wi-Fi"), Map.entry("вайфай", "Wi-Fi"), Map.entry("вай-фая", "Wi-Fi"), Map.entry("вайфая", "Wi-Fi"),
            Map.entry("спасы", "спасатели"), Map.entry("спасов", "спасателей"),
            Map.entry("гайцы", "сотрудники ГИБДД"), Map.entry("гайцов", "сотрудников ГИБДД"), Map.entry("гаишники", "сотрудники ГИБДД"),
            Map.entry("гаишников", "сотрудников ГИБДД"), Map.entry("менты", "полицейские"), Map.entry("ментов", "полицейских"),
            Map.entry("ментовский", "полиции"), Map.entry("ментовской", "полиции"), Map.entry("ментовская", "полиции"),
            Map.entry("ментовского", "полиции"), Map.entry("ментовскую", "полиции"), Map.entry("ментовские", "полиции"),
            Map.entry("ментовских", "полиции"), Map.entry("ментам", "полицейским"),
            Map.entry("гуманитарка", "гуманитарная помощь"), Map.entry("гуманитарку", "гуманитарную помощь"),
            Map.entry("гуманитарки", "гуманитарной помощи"), Map.entry("гуманитарке", "гуманитарной помощи"),
            Map.entry("гуманитаркой", "гуманитарной помощью"),
            Map.entry("пожарка", "пожарные"), Map.entry("пожарки", "пожарных"), Map.entry("пожарку", "пожарных"),
            Map.entry("жрачка", "питание"), Map.entry("жрачки", "питания"), Map.entry("жратвы", "питания"), Map.entry("жратва", "питание"),
            Map.entry("кормежка", "питание"), Map.entry("кормежки", "питания"), Map.entry("кормежкой", "питанием"),
            Map.entry("кормежку", "питание"), Map.entry("кормёжка", "питание"), Map.entry("кормёжки", "питания"),
            Map.entry("кормёжкой", "питанием"), Map.entry("кормёжку", "питание"),
            Map.entry("грудничками", "детьми"), Map.entry("грудничков", "детей"), Map.entry("грудничка", "ребёнка"),
            Map.entry("мамок", "матерей"), Map.entry("мамки", "матери"), Map.entry("мамками", "матерями"),
            Map.entry("дэска", "ДЭС"), Map.entry("дэску", "ДЭС"), Map.entry("дэски", "ДЭС"), Map.entry("дэской", "ДЭС"),
            Map.entry("светит", "грозит"), Map.entry("светят", "грозят"),
            Map.entry("зверьё", "животные"), Map.entry("зверье", "животные"), Map.entry("зверья", "животных"),
            Map.entry("живность", "животные"), Map.entry("живности", "животных"),
            Map.entry("стиралка", "стиральная машина"), Map.entry("стиралки", "стиральные машины"),
            Map.entry("стиралку", "стиральную машину"), Map.entry("стиралок", "стиральных машин"),
            Map.entry("легковушка", "легковой автомобиль"), Map.entry("легковушке", "легковом автомобиле"),
            Map.entry("легковушки", "легковые автомобили"), Map.entry("легковушку", "легковой автомобиль"),
            Map.entry("легковушках", "легковых автомобилях"), Map.entry("легковушек", "легковых автомобилей"),
            Map.entry("пжлст", "пожалуйста"), Map.entry("плз", "пожалуйста"), Map.entry("спс", "спасибо"));
    /** «в больницу положили», «попали в больницу»: put in hospital, as reports say it — «госпитализировали». */
    private static final Pattern TO_HOSPITAL = Pattern.compile("(?<!\\p{L})(?:(?:положили|попали|увезли|отвезли|забрали|доставили)\\s+в\\s+больниц\\p{L}*|"
            + "в\\s+больниц\\p{L}*\\s+(?:положили|попали|увезли|отвезли|забрали|доставили))(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * «свет в луговом есть?», «скока абонентов без света», «свет дали?», «свет был?»: «свет» is electricity where the question says it
     * is on, off, given or cut — as reports say it, «электроснабжение»; not «скорость света».
     */
    private static final Pattern POWER_SAID = Pattern.compile("(?<!\\p{L})(?:без|дали|дадут|дал|есть|нет|был|было|будет|вернули|верн[её]т|включ\\p{L}*|"
            + "отключ\\p{L}*|пропал\\p{L}*|отруб\\p{L}*|подал\\p{L}*|подадут|восстанов\\p{L}*|появил\\p{L}*)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Map<String, String> POWER = Map.of("свет", "электроснабжение", "света", "электроснабжения",
            "свету", "электроснабжению", "светом", "электроснабжением");
    /** «58я», «3й»: an ordinal typed with its ending glued on is its number («58я ПСЧ» is the 58th). Dates («12го») stay. */
    private static final Pattern GLUED_ORDINAL = Pattern.compile("(?<![\\p{L}\\p{N}])(\\d+)(?:я|й|ая|ой|ый|ий|ья)(?![\\p{L}\\p{N}])");
    /**
     * «подьезд», «обьявление», «грузоподьемность»: a soft sign typed for the hard one after a prefix. Not «досье», «Обью»,
     * «вьюга»: «с» only at a word's start, «об» not before «ю», no «в».
     */
    private static final Pattern SOFT_FOR_HARD = Pattern.compile("(под|от|из|раз|без|над|вз|пред|(?<!\\p{L})с|об(?!ью))ь(?=[еёюя])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Latin letters typed inside a Cyrillic word («пso» for «псо», «пвp»): each is read as the Cyrillic letter it looks
     * or sounds like. Words all in Latin letters stay: they are English or a brand.
     */
    private static final Map<Character, Character> CYRILLIC_FOR_LATIN = Map.ofEntries(
            Map.entry('a', 'а'), Map.entry('b', 'б'), Map.entry('c', 'с'), Map.entry('d', 'д'), Map.entry('e', 'е'),
            Map.entry('f', 'ф'), Map.entry('g', 'г'), Map.entry('h', 'н'), Map.entry('i', 'и'), Map.entry('j', 'й'),
            Map.entry('k', 'к'), Map.entry('l', 'л'), Map.entry('m', 'м'), Map.entry('n', 'н'), Map.entry('o', 'о'),
            Map.entry('p', 'р'), Map.entry('q', 'к'), Map.entry('r', 'р'), Map.entry('s', 'с'), Map.entry('t', 'т'),
            Map.entry('u', 'у'), Map.entry('v', 'в'), Map.entry('w', 'ш'), Map.entry('x', 'х'), Map.entry('y', 'у'),
            Map.entry('z', 'з'));
    /**
     * «на ленинградке», «варшавку перекрыли»: Moscow's roads by their nicknames are named in full, as reports name them —
     * «на Ленинградском проспекте», «Варшавское шоссе»; the nickname's ending says the case.
     */
    private static final Pattern ROAD_NICKNAME = Pattern.compile("(ленинград|варшав|кашир|щ[её]лков|новориж|ярослав|рубл[её]в|профсоюз)к"
            + "(а|и|е|у|ой)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Map<String, String> ROAD_ADJECTIVE = Map.of("ленинград", "ленинградск", "варшав", "варшавск",
            "кашир", "каширск", "щелков", "щелковск", "новориж", "новорижск", "ярослав", "ярославск", "рублев", "рублевск",
            "профсоюз", "профсоюзн");
    /** Case ending of the nickname → the adjective's ending and the noun, for a prospect, a highway and a street. */
    private static final Map<String, String> PROSPECT = Map.of("а", "ий проспект", "и", "ого проспекта", "е", "ом проспекте",
            "у", "ий проспект", "ой", "им проспектом");
    private static final Map<String, String> HIGHWAY = Map.of("а", "ое шоссе", "и", "ого шоссе", "е", "ом шоссе",
            "у", "ое шоссе", "ой", "им шоссе");
    private static final Map<String, String> STREET = Map.of("а", "ая улица", "и", "ой улицы", "е", "ой улице",
            "у", "ую улицу", "ой", "ой улицей");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}-])[\\p{L}-]+(?![\\p{L}\\p{N}-])");

    private Colloquial() {
    }

    /**
     * The text with each chat spelling replaced by its standard word, in the same letter case at its start, and «свет» by
     * «электроснабжение» where it is switched on or off; ordinals as numbers; a soft sign for the hard one mended.
     */
    static String standard(String text) {
        Matcher m = WORD.matcher(text);
        var out = new StringBuilder();
        boolean power = POWER_SAID.matcher(text).find();
        while (m.find()) {
            String word = cyrillic(m.group());
            String lower = word.toLowerCase();
            String standard = power && POWER.containsKey(lower) ? POWER.get(lower)
                    : STANDARD.containsKey(lower) ? STANDARD.get(lower) : road(word);
            m.appendReplacement(out, Matcher.quoteReplacement(standard == null ? word : sameCase(word, standard)));
        }
        String standard = GLUED_ORDINAL.matcher(m.appendTail(out)).replaceAll("$1");
        return TO_HOSPITAL.matcher(SOFT_FOR_HARD.matcher(standard).replaceAll("$1ъ")).replaceAll("госпитализировали");
    }

    /** The road a nickname names, in the nickname's case; null for any other word. */
    private static String road(String word) {
        Matcher m = ROAD_NICKNAME.matcher(word);
        if (!m.matches()) {
            return null;
        }
        String nickname = m.group(1).toLowerCase().replace('ё', 'е');
        String adjective = ROAD_ADJECTIVE.get(nickname);
        Map<String, String> endings = nickname.equals("ленинград") ? PROSPECT : nickname.equals("профсоюз") ? STREET : HIGHWAY;
        return adjective + endings.get(m.group(2).toLowerCase());
    }

    /** The word with Latin letters read as Cyrillic ones in each part that has letters of both («G-класс» stays). */
    private static String cyrillic(String word) {
        if (word.indexOf('-') >= 0) {
            return String.join("-", Arrays.stream(word.split("-", -1)).map(Colloquial::cyrillic).toList());
        }
        if (!CYRILLIC.matcher(word).find() || !LATIN.matcher(word).find()) {
            return word;
        }
        var out = new StringBuilder(word.length());
        for (char c : word.toCharArray()) {
            Character mapped = CYRILLIC_FOR_LATIN.get(Character.toLowerCase(c));
            out.append(mapped == null ? c : Character.isUpperCase(c) ? Character.toUpperCase(mapped) : mapped);
        }
        return out.toString();
    }

    private static String sameCase(String word, String standard) {
        return Character.isUpperCase(word.charAt(0))
                ? Character.toUpperCase(standard.charAt(0)) + standard.substring(1) : standard;
    }
}
