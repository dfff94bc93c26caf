package ru.sppr.chat.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.sppr.chat.knowledge.analysis.RussianNumbers;

/**
 * What kind of answer a question expects — who says so, a number, a time, a cause, a person, a name or place — and whether a
 * sentence offers one.
 * "Сколько…?" is best answered by a sentence with a number, "Когда…?" by one with a date or year.
 */
enum AnswerType {
    /** «кто сообщил, что …», «откуда инфа», «по каким данным»: a sentence that says who says so. */
    SOURCE("(?iuU)(?:^|\\s)(кто\\s+(сообщил|сообщал|сказал|написал|писал|заявил|уточнил|доложил|докладывал|передал|подтвердил|"
            + "распространил|говорил|рассказал|прогнозировал|предсказал|предупредил|предупреждал)|откуда\\s+(инф|информаци|данные|сведения|известно)|по\\s+каким\\s+данным|чьи\\s+данные|"
            + "who\\s+(said|reported|confirmed)|according\\s+to\\s+whom)",
            "(?iuU)(сообщ|заяв|уточн|доложил|по\\s+данным|по\\s+информации|по\\s+сведениям|со\\s+ссылкой|пишет|передает|передаёт|"
                    + "рассказал|подтвердил|информирует|according\\s+to|reported|said)"),
    /**
     * «памятку для населения кто составлял», «план эвакуации кто согласовывал»: a sentence naming who made a document
     * («Подготовлена ЕДДС и отделом по делам ГО и ЧС…», «Согласовано: начальник ЕДДС О.С. Кравец…»).
     */
    AUTHOR("(?iuU)(?:^|\\s)(?:кто|кем)(?:\\s+\\p{L}+){0,3}?\\s+" + AuthorWords.ASKED + "|" + AuthorWords.ASKED
            + "(?:\\s+\\p{L}+){0,4}?\\s+(?:кто|кем)(?!\\p{L})",
            "(?iuU)(?<!\\p{L})(?:составлен|составил|подготовлен|подготовил|разработан|разработал|согласован|утвержд|утвердил|"
                    + "подписал|подписан|исполнител|автор)\\p{L}*"),
    /**
     * «за сколько потушили», «как долго шёл снег», «скока уже сидят без света»: a sentence with a span of time («за 20 минут»,
     * «более часа»).
     */
    DURATION("(?iuU)(?:^|\\s)(за\\s+(?:скольк\\p{L}*|скока|скок)|как\\s+долго|(?:сколько|скока)\\s+(времени|часов|минут|дней|суток)|"
            + "(?:сколько|скока)\\s+(?:уже\\s+)?(?:сид|длит|продолжа|жд[уеё]|горит|туш)\\p{L}*|how\\s+long)(?!\\p{L})",
            "(?iuU)(?<!\\p{L})(?:\\d+|полтор\\p{L}*|несколько|одн\\p{L}*|дв[ае]|тр[иеё]\\p{L}*|четыр\\p{L}*|пят\\p{L}*|шест\\p{L}*|сем\\p{L}*|"
                    + "восем\\p{L}*|девят\\p{L}*|десят\\p{L}*|\\p{L}+дцат\\p{L}*|сорок\\p{L}*)\\s+"
                    + "(?:секунд\\p{L}*|минут\\p{L}*|час(?:а|ов)?|сут(?:ки|ок)|дн(?:я|ей)|недел\\p{L}*)(?!\\p{L})"
                    + "|(?<!\\p{L})(?:более|больше|свыше|около|почти|менее|меньше)\\s+(?:часа|получаса|суток|недели|месяца)(?!\\p{L})"),
    /** «во сколько открыли», «до скольки работает»: a moment, not a number of things («во сколько раз», «во сколько оценили»). */
    TIME_OF_DAY("(?iuU)(?:^|\\s)(во|со|до|к)\\s+(скольк(?!их)\\p{L}*|скока|скок)(?!\\p{L})(?!\\s+(?:раз|оцен|обош|обойд|стои))",
            "(?iuU)\\b\\d{1,2}:\\d{2}\\b|\\bс\\s+\\d{1,2}\\s+до\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+час|(?<!\\p{L})(?:\\d{1,2}|" + SpokenNumbers.HOURS
                    + ")\\s+(?:утра|вечера|ночи|дня)(?!\\p{L})"),
    COUNT("(?iuU)^(сколько|каков[аоы]? (было |была |были |будет )?(число|численность|количество|площадь|население|"
            + "длина|высота|ширина|глубина|масса|вес|стоимость|сумма|доля|размер|процент)|какое количество|какой процент|"
            + "какая доля|how many|how much)\\b|\\bсколько\\b", "(?iuU)\\d|(?<!\\p{L})(?:" + SpokenNumbers.PEOPLE
            + ")\\s+(?:человек|люд|дет|взросл|пассажир|машин|автомоб)"),
    TIME("(?iuU)\\b(когда|в каком году|в какой год|какого года|в каком веке|в каком месяце|в какой день|какого числа|"
            + "в какое время|с какого|до какого|what year|when)\\b",
            "(?iuU)\\b(1[0-9]{3}|20[0-9]{2})\\b|\\b\\d{1,2}[:.]\\d{2}\\b|\\b\\d{1,2}\\s+(января|февраля|марта|апреля|мая|июня|июля|"
                    + "августа|сентября|октября|ноября|декабря)|\\bвек"),
    CAUSE("(?iuU)\\b(почему|отчего|" + Causes.FROM_WHAT + "|из-за чего|из за чего|по какой причине|причин\\p{L}*|why|what caused)\\b",
            "(?iuU)\\b(причин\\p{L}*|из-за|вследствие|в связи с|ввиду|в результате|предварительн\\p{L}*|верси\\p{L}*|подвел\\p{L}*|"
                    + "неисправн\\p{L}*|замыкани\\p{L}*|утечк\\p{L}*|нарушени\\p{L}*|поджог\\p{L}*|неосторожн\\p{L}*|because|caused|due to|" + Causes.SET_ON_FIRE + "|" + Causes.CIRCUMSTANCE + ")"),
    PERSON("(?iuU)^(" + QuestionWords.WHO + ")\\b", "\\s[А-ЯЁA-Z][а-яёa-z]{2,}"),
    NAME("(?iuU)^(" + QuestionWords.WHERE + "|" + QuestionWords.FROM + "|" + QuestionWords.NAMED
            + "|какое название|what is the name)\\b|" + QuestionWords.WHICH_NAMED,
            "[\\s«\"][А-ЯЁA-Z][а-яёa-z]{2,}"),
    ANY("(?!)", "");

    private final Pattern question;
    private final Pattern sentence;

    /** Numbers in words: the hours of «около девяти вечера», the counts of «три человека погибли», «погибли трое детей». */
    static final class SpokenNumbers {
        /** Numbers one to ten in words, in the forms counts and hours take: «двое», «трёх», «четверо», «восьми». */
        static final String UP_TO_TEN = RussianNumbers.alternation(10);
        /** Any of {@link #UP_TO_TEN} as a word: «возросло до двух». */
        static final Pattern ANY = Pattern.compile("(?iu)(?<!\\p{L})(?:" + UP_TO_TEN + ")(?!\\p{L})");
        static final String HOURS = "один|одного|два|двух|три|трёх|трех|четыре|четырёх|четырех|пять|пяти|шесть|шести|семь|семи|восемь|"
                + "восьми|девять|девяти|десять|десяти|одиннадцать|одиннадцати|двенадцать|двенадцати";
        static final String PEOPLE = "два|две|двое|три|трое|четыре|четверо|пять|пятеро|шесть|шестеро|семь|семеро|восемь|девять|десять";
    }

    /** The verbs that ask who made a document («кто подписал сводку» asks a person: a signature names one). */
    private static final class AuthorWords {
        static final String ASKED = "(?:составл|составил|подготов|разработ|согласов|утвержд|утверд)\\p{L}*";
    }

    AnswerType(String question, String sentence) {
        this.question = Pattern.compile(question);
        this.sentence = Pattern.compile(sentence);
    }

    static AnswerType of(String question) {
        for (AnswerType type : values()) {
            if (type != ANY && type.question.matcher(question.strip()).find()) {
                return type;
            }
        }
        return ANY;
    }

    boolean offeredBy(String sentence) {
        return this != ANY && this.sentence.matcher(this == CAUSE ? Causes.withoutEventAsCause(sentence) : sentence).find();
    }

    /** What follows the first word offering this type in a sentence («…при развороте в шторм» → «развороте в шторм»), or empty. */
    String afterOffer(String sentence) {
        String read = this == CAUSE ? Causes.withoutEventAsCause(sentence) : sentence;
        Matcher m = this.sentence.matcher(read);
        return this != ANY && m.find() ? read.substring(m.end()) : "";
    }
}
