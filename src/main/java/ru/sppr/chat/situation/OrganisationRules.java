package ru.sppr.chat.situation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Organisations: agencies by their usual abbreviations and names («ГУ МЧС», «ЕДДС», «КЧС и ОПБ», «Следственный
 * комитет»), companies by legal form and name in quotes («ООО «Ромашка»»), and other all-capital abbreviations that are
 * not places.
 */
final class OrganisationRules {
    private static final int F = Pattern.UNICODE_CASE;
    private static final String PRE = "(?<![\\p{L}\\d])";
    private static final Pattern AGENCY = Pattern.compile(PRE + "((?:ГУ\\s+|Главн[а-я]+\\s+управлени[а-я]+\\s+)?МЧС(?:\\s+России)?|ЕДДС|О?ГИБДД|У?ГИБДД|"
            + "(?:ГУ\\s+|У|О)?МВД(?:\\s+России)?|ОМВД|УМВД|СК(?:Р|\\s+России)?|ФСБ|ЦГМС|Росгидромет[а-я]*|Гидрометцентр[а-я]*|"
            + "КЧС(?:\\s+и\\s+ОПБ)?|ПСО|РЭС|ДРСУ|ЦУКС|Минздрав[а-я]*|Роспотребнадзор[а-я]*|Ростехнадзор[а-я]*|Росавиаци[а-я]+|"
            + "МАК|РЖД|Дептранс[а-я]*|Мосгаз[а-я]*|Мосэнерго|Россет[а-я]+|Мосводоканал[а-я]*|Водоканал[а-я]*|Аэрофлот[а-я]*|"
            + "[Пп]рокуратур[а-я]+|[Сс]ледственн[а-я]+\\s+комитет[а-я]*|[Сс]ледственн[а-я]+\\s+управлени[а-я]+|"
            + "[Аа]дминистраци[а-я]+(?:\\s+[А-ЯЁа-яё]+(?:ого|ой)\\s+(?:района|области|округа|края))?|"
            + "[Пп]равительств[а-я]+(?:\\s+[А-ЯЁ][а-яё]+(?:ой|ого)\\s+области)?|[Мм]эри[а-я]+|Госдум[а-я]*|Государственн[а-я]+\\s+[Дд]ум[а-я]*|"
            + "Сенат[а-я]*|Кремл[а-я]*|Совет[а-я]*\\s+Федерации|Совет[а-я]*\\s+[Бб]езопасности|Евросоюз[а-я]*|Минобороны|Минфин[а-я]*|"
            + "Минтранс[а-я]*|Минэнерго|Минприроды|Белы[йм]\\s+дом[а-я]*|Белого\\s+дома|Пентагон[а-я]*|Конгресс[а-я]*|Парламент[а-я]*|"
            + "Верховн[а-я]+\\s+[Сс]уд[а-я]*|Конституционн[а-я]+\\s+[Сс]уд[а-я]*|Европарламент[а-я]*|Еврокомисси[а-я]+|Интерпол[а-я]*|"
            + "Роскосмос[а-я]*|Росатом[а-я]*|Газпром[а-я]*|Роснефт[а-я]*|Сбербанк[а-я]*|Сбер[а-я]*|Яндекс[а-я]*|Facebook|Twitter|Instagram|"
            + "Google|Apple|Microsoft|Telegram|YouTube|Amazon|Tesla|Boeing|Airbus|CNN|BBC|NASA|FBI|CIA|NATO|UEFA|FIFA|IBM|"
            + "[Пп]олици[а-я]+|[Пп]арламент[а-я]*|Reuters|Forbes|Associated\\s+Press|Интерфакс[а-я]*|Коммерсант[а-яъ]*|Ъ|Известия|"
            + "Лент[аеуы]\\.ру|РИА\\s+Новост[а-я]+|ТАСС|Росбалт[а-я]*|(?:Един[а-я]+)\\s+Росси[а-я]+|[А-ЯЁ][а-яё]+(?:ая|ой|ую|ою)\\s+парти[а-я]+|"
            + "Парти[а-я]+\\s+регионов|ФИФА|ОПЕК|ОБСЕ|ООН|НАТО|ВОЗ|МОК|УЕФА|ЮНЕСКО|МАГАТЭ|ЦСКА|Спартак[а-я]*|Зенит[а-я]*|Динамо|"
            + "Локомотив[а-я]*|Реал[а-я]*|Рос(?:гвард|стат|реестр|морречфлот|автодор|космос|нефт|сельхоз|рыболовств|лесхоз|водресурс|"
            + "транснадзор|комнадзор|природнадзор|финмониторинг|архив|молодеж|туризм)[а-я]*|Генштаб[а-я]*|Госсовет[а-я]*|"
            + "Государственн[а-я]+\\s+совет[а-я]*|кабинет[а-я]*\\s+министров|совет[а-я]*\\s+директоров|"
            + "Генпрокуратур[а-я]*|Генеральн[а-я]+\\s+(?:прокуратур|штаб)[а-я]*|[Пп]ресс-служб[а-я]*|власт(?:ей|ями|ям|ях)|"
            + "Банк[а-я]*\\s+России|Сухопутн[а-я]+\\s+войск|Международн[а-я]+(?:\\s+[а-я]+)?\\s+комитет[а-я]*|"
            + "Европейск[а-я]+\\s+суд[а-я]*(?:\\s+по\\s+правам\\s+человека)?|[А-ЯЁ][а-яё]+(?:ий|ый|ого|ом)\\s+(?:районн[а-я]+\\s+|городск[а-я]+\\s+)?суд[а-я]*|"
            + "Мосгорсуд[а-я]*|Дум[аеуы]|СИЗО|"
            + "[Мм]инистерств[а-я]*(?:\\s+(?:иностранных\\s+дел|обороны|юстиции|финансов|здравоохранения|образования|внутренних\\s+дел|"
            + "культуры|транспорта|энергетики|экономического\\s+развития|природных\\s+ресурсов|по\\s+чрезвычайным\\s+ситуациям|"
            + "строительства|спорта|труда))|МИД[а-я]*|Минздрав[а-я]*|Минюст[а-я]*|Минкульт[а-я]*|Минобрнауки|Минэкономразвития|Минпромторг[а-я]*|ЦБ|Центробанк[а-я]*|"
            + "[А-ЯЁ][а-яё]+(?:ий|ого|ом|ому)\\s+(?:государственн[а-я]+\\s+)?университет[а-я]*|МГУ|СПбГУ|ВШЭ|[Гг]оскорпораци[а-я]+\\s+«[^»]{1,40}»)(?![\\p{L}])", F);
    /** Case endings of the type words before a quoted name: «клуба», «газетой», «организации» — not «журналист», «союзник». */
    private static final String MASCULINE = "(?:а|у|ом|е|ы|ов|ам|ами|ах)?";
    private static final String FEMININE = "(?:а|ы|е|у|ой|ою|ам|ами|ах)";
    private static final String IA = "(?:я|и|ю|ей|ям|ями|ях)";
    private static final String IE = "(?:е|я|ю|ем|и|й|ям|ями|ях)";
    private static final String NEUTER = "(?:о|а|у|ом|е|ам|ами|ах)";
    private static final String SOFT = "(?:ь|я|ю|ем|е|и|ей|ям|ями|ях)";
    private static final Pattern COMPANY = Pattern.compile(PRE + "(ООО|ОАО|ЗАО|ПАО|АО|МУП|ГУП|ФГУП|ГБУ|МБУ|НКО|компани[а-я]+|фирм[а-я]+|"
            + "корпораци[а-я]+|концерн[а-я]*|холдинг[а-я]*|банк[а-я]*|авиакомпани[а-я]+|перевозчик[а-я]*|партии|партия|"
            + "(?:клуб|журнал|телеканал|лейбл|театр|фонд|союз|медиахолдинг|портал)" + MASCULINE + "|(?:газет|групп)" + FEMININE + "|"
            + "(?:радиостанци|организаци|студи)" + IA + "|(?:издани|движени|объединени)" + IE + "|агентств" + NEUTER + "|ансамбл" + SOFT
            + ")(?!\\p{L})\\s+"
            + "(?:«([^»\\n]{1,60})»|[\"“„]([^\"“”\\n]{1,60})[\"”“]|([A-Z][A-Za-z0-9&]+(?:\\s+[A-Z][A-Za-z0-9&]+)?))", F);
    /**
     * A national team: «сборной России», «сборную Южной Кореи», «сборная по хоккею Канады» — not «сборной России Артём». The mention is the word
     * «сборная» (group 1), named with the country: the country stays a place mention of its own.
     */
    private static final Pattern TEAM = Pattern.compile(PRE + "([Сс]борн(?:ая|ой|ую|ые|ых|ым))\\s+((?:по\\s+[а-я]+\\s+)?"
            + "(?:[А-ЯЁ][а-яё]+(?:ой|ая|ей|ую|ых)\\s+)?[А-ЯЁ][а-яё]+)(?![\\p{L}])", F);
    private static final Pattern ACRONYM = Pattern.compile(PRE + "([А-ЯЁ]{2,6})(?![\\p{L}\\d])", F);
    private static final Pattern LATIN_ACRONYM = Pattern.compile("(?<![\\p{L}\\d.])([A-Z]{2,6})(?![\\p{L}\\d-])");
    /** Latin capitals that are not organisations: countries, units, formats, technologies. */
    private static final Set<String> LATIN_NOT_ORGANISATIONS = Set.of("US", "USA", "UK", "EU", "VPN", "DVD", "CD", "TV", "IP", "PC",
            "GPS", "SMS", "PR", "CEO", "IT", "AI", "DNA", "HIV", "OK", "LED", "USB", "RSS", "HD", "VR", "AR", "VIP", "SOS", "ID", "PDF",
            "II", "III", "IV", "VI", "VII", "XX", "XXI", "XIX", "XVI", "XIV", "XII", "XV", "XI", "BTC", "MP", "FM", "AM", "PM");
    private static final Pattern LATIN = Pattern.compile("(?<![\\p{L}\\d.])((?:The\\s+)?[A-Z][A-Za-z0-9&'-]*[a-z0-9!]!?(?:\\s+[A-Z][A-Za-z0-9&'-]+){0,3})(?![\\p{L}\\d])", F);
    private static final Set<String> NOT_ORGANISATIONS = Set.copyOf(List.of("рф", "сша", "ссср", "кндр", "кнр", "оаэ", "юар", "дтп", "чс", "мск",
            "ту", "ан", "ил", "як", "ми", "тп", "ктп", "пвр", "гп", "тц", "трц", "тэц", "гэс", "аэс", "азс", "жк", "бц", "ня",
            "оя", "пк", "ок", "ii", "iii", "iv", "vi", "tv", "на", "по", "от", "ко", "до", "лэп", "дэс", "ру", "ит",
            "ввп", "ип", "уфа", "км", "млн", "млрд", "тыс", "мм", "см", "ндс", "сво", "сми", "ук", "фз", "чм", "снв", "гк", "пдд", "днк",
            "тв", "лгбт", "скфо", "рсфср", "ссср", "коап", "апк", "гпк", "упк", "вич", "спид", "орви", "ии", "вс", "сша", "ес", "ххх",
            "жкх", "нко", "ооо", "оао", "зао", "пао", "ао", "мрот", "ндфл", "огэ", "егэ", "вуз", "вузы", "вузов", "дк", "ид"));

    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("what", "who", "whom", "whose", "where", "when", "why", "how",
            "which", "is", "are", "was", "were", "any", "did", "do", "does", "has", "have", "had", "can", "could", "will", "would",
            "should", "tell", "give", "show", "list", "please", "in", "on", "at", "of", "for", "and", "but", "a", "an", "it", "this",
            "that", "there", "so", "if", "as", "by", "from", "to", "with", "after", "before");

    private final Morphology morphology;

    OrganisationRules(Morphology morphology) {
        this.morphology = morphology;
    }

    List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        for (MatchResult m : WordStarts.matches(AGENCY, text)) {
            String name = m.group(1).replaceAll("\\s+", " ");
            found.add(organisation(m.start(1), m.end(1), m.group(1), canonical(name)));
        }
        for (MatchResult m : WordStarts.matches(COMPANY, text)) {
            String name = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            found.add(organisation(m.start(), m.end(), m.group(), "«" + name.strip() + "»"));
        }
        for (MatchResult m : WordStarts.matches(TEAM, text)) {
            found.add(organisation(m.start(1), m.end(1), m.group(1), "сборная " + m.group(2).replaceAll("\\s+", " ")));
        }
        for (MatchResult latin : WordStarts.matches(LATIN_ACRONYM, text)) {
            String word = latin.group(1);
            if (!LATIN_NOT_ORGANISATIONS.contains(word)) {
                found.add(organisation(latin.start(1), latin.end(1), word, word));
            }
        }
        for (MatchResult m : WordStarts.matches(ACRONYM, text)) {
            String word = m.group(1);
            if (!NOT_ORGANISATIONS.contains(Keys.of(word)) && word.chars().filter(Character::isLetter).count() >= 2 && !commonWord(word)) {
                found.add(organisation(m.start(1), m.end(1), word, word));
            }
        }
        return found;
    }

    /** A word in capitals that the dictionary knows as an ordinary word (a heading «КЛЮЧИ»), not as an abbreviation. */
    private boolean commonWord(String word) {
        var readings = morphology.readings(word);
        return word.length() > 3 && !readings.isEmpty() && readings.stream().noneMatch(r -> r.tag().startsWith("ABR"));
    }

    /** Names in Latin script in a Russian text: companies, media, bands, sites (places in Latin come first). */
    List<Mention> latin(String text) {
        List<Mention> found = new ArrayList<>();
        for (MatchResult m : WordStarts.matches(LATIN, text)) {
            String name = m.group(1);
            int start = m.start(1);
            // «What caused the fire…», «Any reports of…»: an English question's opening words are nobody's name
            String first = name.split("\\s+")[0];
            while (ENGLISH_FUNCTION_WORDS.contains(first.toLowerCase(Locale.ROOT))) {
                int space = name.indexOf(' ');
                if (space < 0) {
                    name = "";
                    break;
                }
                name = name.substring(space).stripLeading();
                start = m.end(1) - name.length();
                first = name.split("\\s+")[0];
            }
            if (name.length() > 1 && !name.matches("[IVXLC]+")) {
                found.add(organisation(start, m.end(1), name, name));
            }
        }
        return found;
    }

    private static Mention organisation(int start, int end, String text, String name) {
        return new Mention(start, end, text, MentionKind.ORGANISATION, null, "organisation:" + Keys.of(name), name);
    }

    /** One name per agency whatever the case: «МЧС России», «ГУ МЧС» → МЧС; «прокуратуры» → прокуратура. */
    private static String canonical(String name) {
        String key = Keys.of(name);
        if (key.contains("мчс")) {
            return "МЧС";
        }
        if (key.contains("гибдд")) {
            return "ГИБДД";
        }
        if (key.contains("мвд")) {
            return "МВД";
        }
        if (key.startsWith("ск") || key.startsWith("следственн")) {
            return "Следственный комитет";
        }
        if (key.startsWith("прокуратур")) {
            return "прокуратура";
        }
        if (key.startsWith("кчс")) {
            return "КЧС";
        }
        if (key.startsWith("администраци") && key.contains(" ")) {
            return "администрация " + name.substring(name.indexOf(' ') + 1);
        }
        if (key.startsWith("администраци")) {
            return "администрация";
        }
        return name;
    }
}
