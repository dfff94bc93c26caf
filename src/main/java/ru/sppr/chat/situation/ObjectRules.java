package ru.sppr.chat.situation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Objects: gauges («ГП Ключи», «гидропост Ольховка»), shelters («ПВР № 1»), bridges, crossings and dams tied to a
 * place («мост через Сосну у с. Ключи», «лодочная переправа у с. Ключи», «Ольховская дамба»), numbered buildings and grid objects («школа № 3», «ТП-31», «ф. 7»),
 * named facilities in quotes («ТЦ «Зимняя вишня»», «склад «Мега»»), metro stations and aircraft by model («Ту-154»).
 */
final class ObjectRules {
    private static final int F = Pattern.UNICODE_CASE;
    private static final String PRE = "(?<![\\p{L}\\d])";
    private static final String CAP = "[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*";
    private static final String NAME = CAP + "(?:[ \\t]+" + CAP + ")?";
    private static final Pattern GAUGE = Pattern.compile(PRE + "(?:ГП|г/п|(?i:гидропост)[а-я]*)\\s+«?(" + NAME + ")»?", F);
    private static final Pattern SHELTER = Pattern.compile(PRE + "(?:ПВР|пункт[а-я]*\\s+временного\\s+размещения)(?:\\s*№\\s*(\\d+))?", F);
    private static final Pattern BRIDGE = Pattern.compile(PRE + "(?i:(?:низководн|автомобильн|железнодорожн|пешеходн|понтонн)[а-я]+\\s+)?"
            + "(?i:мост)[а-я]*(?:\\s+через\\s+(?:р\\.\\s*|рек[а-я]+\\s+)?" + CAP + ")?(?:\\s+(?:у|в|около|возле|под)\\s+(?:с\\.\\s*|сел[а-я]+\\s+|г\\.\\s*)?(" + NAME + "))?", F);
    /**
     * «временная лодочная переправа МЧС», «паромная переправа у д. Бор», «переправа у с. Ключи»: a crossing that runs and
     * stops, at the place named after it, if any (a kind alone names it less exactly, but a base seldom has two).
     */
    private static final Pattern CROSSING = Pattern.compile(PRE + "(?:(?i:(?:временн[а-я]+\\s+)?(?:лодочн|паромн|понтонн|ледов)[а-я]+\\s+переправ)[а-я]*"
            + "(?:\\s+(?:МЧС|ГИМС))?(?:\\s+(?:у|в|около|возле)\\s+(?:с\\.\\s*|сел[а-я]+\\s+|д\\.\\s*|г\\.\\s*)?(" + NAME + "))?"
            + "|(?i:переправ)[а-я]*\\s+(?:у|в|около|возле)\\s+(?:с\\.\\s*|сел[а-я]+\\s+|д\\.\\s*|г\\.\\s*)?(" + NAME + "))", F);
    private static final Pattern DAM = Pattern.compile(PRE + "(?:(" + CAP + "(?:ск|ов|ев|ин)[а-я]+)\\s+)?(?i:дамб)[а-я]*(?:\\s+(?:у|в)\\s+(?:с\\.\\s*|сел[а-я]+\\s+)?(" + NAME + "))?", F);
    private static final Pattern NUMBERED = Pattern.compile(PRE + "((?i:школ[а-я]*|гимнази[а-я]*|больниц[а-я]*|поликлиник[а-я]*|детск[а-я]+\\s+сад[а-я]*|"
            + "ТП|КТП|фидер[а-я]*|ф\\.|опор[а-я]*|корпус[а-я]*|цех[а-я]*|подъезд[а-я]*|ПСЧ|ПЧ))\\s*(?:№\\s*|-)?(\\d{1,4}[а-я]?)(?![\\d])", F);
    private static final Pattern QUOTED = Pattern.compile(PRE + "((?i:ТЦ|ТРЦ|ТК|торгов[а-я]+\\s+(?:центр|комплекс)[а-я]*|завод[а-я]*|фабрик[а-я]*|комбинат[а-я]*|"
            + "склад[а-я]*|предприяти[а-я]*|кафе|ресторан[а-я]*|клуб[а-я]*|ночн[а-я]+\\s+клуб[а-я]*|гостиниц[а-я]*|отел[а-я]*|"
            + "ТЭЦ|ГЭС|ГРЭС|АЭС|АЗС|шахт[а-я]*|рудник[а-я]*|аэропорт[а-я]*|вокзал[а-я]*|судн[а-я]*|теплоход[а-я]*|катер[а-я]*|"
            + "паром[а-я]*|танкер[а-я]*|сухогруз[а-я]*|лайнер[а-я]*|ЖК|жил[а-я]+\\s+комплекс[а-я]*|стадион[а-я]*|больниц[а-я]*|"
            + "станци[а-я]+\\s+метро|метро|бизнес-центр[а-я]*|БЦ|рынк[а-я]*|рынок|храм[а-я]*|собор[а-я]*|музе[а-я]+|театр[а-я]*))"
            + "\\s+(?:«([^»\\n]{1,60})»|\"([^\"\\n]{1,60})\"|(" + NAME + "|[A-Z][A-Za-z]+(?:\\s+[A-Z][A-Za-z]+)?))", F);
    private static final Pattern AIRCRAFT = Pattern.compile(PRE + "(Ту|Ан|Ил|Як|Ми|Ка|Су|Бе|Boeing|Боинг|Airbus|Аэробус|Superjet|SSJ|Cessna|Robinson)"
            + "[- ]?(\\d{2,3}(?:-\\d{1,3})?[А-ЯA-Z]{0,3})(?![\\p{L}\\d])", F);

    /**
     * The type words {@link #NAMED_BY_ADJECTIVE} needs after the name, in lower case: a text without one is not tried
     * at every capitalised word («порт» stands for «аэропорт» too, «двор» for «дворец»).
     */
    private static final List<String> ADJECTIVE_NAMED_TYPES = List.of("гэс", "аэс", "тэц", "грэс", "собор", "храм", "вокзал", "порт",
            "стадион", "кладбищ", "театр", "музей", "двор", "монастыр", "завод", "комбинат", "тюрьм", "сизо", "колони", "рын", "парк",
            "сквер", "мост", "тоннел", "плотин", "водохранилищ", "полигон", "космодром", "госпитал", "больниц", "перинатальн");
    private static final Pattern NAMED_BY_ADJECTIVE = Pattern.compile(PRE + "(" + CAP + "(?:ск|цк|ов|ев|ин|н)(?:ий|ый|ой|ая|ое|ого|ой|ому|ом|ую|им|ым|ые|ых)"
            + "(?:\\s+" + CAP + "(?:ий|ый|ой|ая|ое|ого|ой|ому|ом|ую|им|ым))?)\\s+((?i:ГЭС|АЭС|ТЭЦ|ГРЭС|собор|храм|вокзал|аэропорт|стадион|"
            + "кладбищ|театр|музей|двор[е]?ц|монастыр|завод|комбинат|порт|тюрьм|СИЗО|колони|рынок|рынк|парк|сквер|мост|тоннел|"
            + "плотин|водохранилищ|полигон|космодром|госпитал|больниц|перинатальн[а-я]+ центр)[а-я]*)(?![\\p{L}])", F);

    private final Names names;
    private final Morphology morphology;

    ObjectRules(Names names, Morphology morphology) {
        this.names = names;
        this.morphology = morphology;
    }

    List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        String lower = Keys.lower(text);
        for (MatchResult m : WordStarts.matches(GAUGE, text)) {
            found.add(object(m, "гидропост", "ГП " + names.display(m.group(1)), names.key(m.group(1))));
        }
        for (MatchResult m : WordStarts.matches(SHELTER, text)) {
            String number = m.group(1);
            found.add(object(m, "ПВР", number == null ? "ПВР" : "ПВР № " + number, number == null ? "" : number));
        }
        for (MatchResult m : matchesNeeding(List.of("мост"), lower, BRIDGE, text)) {
            if (m.group(1) != null) {
                found.add(object(m, "мост", "мост у " + names.display(m.group(1)), names.key(m.group(1))));
            }
        }
        for (MatchResult m : matchesNeeding(List.of("переправ"), lower, CROSSING, text)) {
            String place = m.group(1) != null ? m.group(1) : m.group(2);
            found.add(place == null ? object(m, "переправа", "переправа", "")
                    : object(m, "переправа", "переправа у " + names.display(place), names.key(place)));
        }
        for (MatchResult m : matchesNeeding(List.of("дамб"), lower, DAM, text)) {
            if (m.group(1) != null) {
                String adjective = morphology.readings(m.group(1)).stream().filter(Morphology.Reading::adjective)
                        .map(Morphology.Reading::lemma).findFirst().orElse(Keys.of(m.group(1)));
                String feminine = adjective.replaceAll("(ий|ый|ой)$", "ая");
                found.add(object(m, "дамба", Names.capitalise(feminine, m.group(1)) + " дамба", Keys.of(feminine)));
            } else if (m.group(2) != null) {
                found.add(object(m, "дамба", "дамба у " + names.display(m.group(2)), names.key(m.group(2))));
            }
        }
        for (MatchResult m : WordStarts.matches(NUMBERED, text)) {
            String subtype = subtype(m.group(1));
            found.add(object(m, subtype, subtype + " № " + m.group(2), Keys.of(m.group(2))));
        }
        for (MatchResult m : WordStarts.matches(QUOTED, text)) {
            String name = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            if (m.group(4) != null && verb(Names.words(name).getFirst())) {
                continue;
            }
            String subtype = subtype(m.group(1));
            found.add(object(m, subtype, subtype + " «" + name.strip() + "»", names.key(name)));
        }
        for (MatchResult m : matchesNeeding(ADJECTIVE_NAMED_TYPES, lower, NAMED_BY_ADJECTIVE, text)) {
            String subtype = subtype(m.group(2));
            found.add(object(m, subtype, names.display(m.group(1)) + " " + subtype, names.key(m.group(1))));
        }
        for (MatchResult m : WordStarts.matches(AIRCRAFT, text)) {
            String model = m.group(1) + "-" + m.group(2);
            String subtype = m.group(1).equals("Ми") || m.group(1).equals("Ка") || m.group(1).equals("Robinson") ? "вертолёт" : "самолёт";
            found.add(object(m, subtype, model, Keys.of(model)));
        }
        return found;
    }

    /**
     * The matches of a pattern in a text whose lower case holds one of the type words it needs; none in another, where
     * a pattern opening with any capitalised name would be tried at every capitalised word for nothing.
     */
    private static List<MatchResult> matchesNeeding(List<String> words, String lower, Pattern pattern, String text) {
        return Keys.containsAny(lower, words) ? WordStarts.matches(pattern, text) : List.of();
    }

    /** «в каком ЖК рвануло»: a word the dictionary knows only as a verb names nothing. */
    private boolean verb(String word) {
        var readings = morphology.readings(word);
        return !readings.isEmpty() && readings.stream().allMatch(r -> r.tag().startsWith("VB"));
    }

    private Mention object(MatchResult m, String subtype, String name, String nameKey) {
        return new Mention(m.start(), m.end(), m.group(), MentionKind.OBJECT, subtype,
                "object:" + Keys.of(subtype) + ":" + nameKey, name);
    }

    private String subtype(String typeWord) {
        String word = Keys.of(typeWord);
        return switch (word) {
            case "ф." -> "фидер";
            case "тп", "ктп", "тц", "трц", "тк", "тэц", "гэс", "грэс", "аэс", "азс", "жк", "бц", "псч", "пч" -> typeWord.toUpperCase();
            default -> {
                if (word.startsWith("станци") || word.equals("метро")) {
                    yield "станция метро";
                }
                List<String> words = Names.words(word);
                String head = words.getLast();
                if (words.size() > 1 && (head.startsWith("сад") || head.startsWith("центр") || head.startsWith("комплекс")
                        || head.startsWith("клуб"))) {
                    yield names.key(word);
                }
                yield morphology.nounLemma(head);
            }
        };
    }
}
