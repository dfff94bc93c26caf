package ru.sppr.chat.briefing;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ru.sppr.chat.situation.Attribute;
import ru.sppr.chat.situation.EventType;
import ru.sppr.chat.situation.Mention;
import ru.sppr.chat.situation.MentionKind;
import ru.sppr.chat.situation.SituationStore.EntityRow;

/**
 * What a question is about, as the situation model reads it: the things it names that the model knows
 * ({@code entities}, best match first; {@code namedAs}, the words it names them with: «екб», «ключевской»), the places and objects it names that the model does not know
 * ({@code missing}), the places its capitalised copy names that the model does not know ({@code unknown}: a lower-case
 * «в дербенте» may be a city the base lacks — an answer that does not name it is about something else), what is asked ({@code attributes}: a figure or a state, or {@code unmodelled}: a quantity the
 * model does not track, such as water temperature), the kind of event, and when (nothing
 * observed after {@code askedAt} exists for the question).
 * {@code inherited} says some parts came from the turns before (a follow-up); {@code subjectInherited}, that what it is
 * about did (the follow-up names nothing of its own: «а детей?»).
 */
public record Frame(List<EntityRow> entities, List<String> namedAs, List<Mention> missing, List<Mention> unknown, List<Attribute> attributes, Optional<EventType> event,
                    Moment moment, Optional<String> unmodelled, Instant askedAt, boolean inherited, boolean subjectInherited) {
    /** How many last letters a form of a name or a word made from it may change, and how many first ones it keeps. */
    private static final int NAME_ENDING = 2;
    private static final int MIN_COMMON = 2;
    /** Parts of the day, «сегодня», «вчера» and the months, as regex alternatives: words that say when. */
    static final String DAYS_AND_MONTHS = "утр\\p{L}*|вечер\\p{L}*|ноч\\p{L}*|дн[её]м|сегодня|вчера|январ\\p{L}*|феврал\\p{L}*|"
            + "март\\p{L}*|апрел\\p{L}*|ма[яй]|июн\\p{L}*|июл\\p{L}*|август\\p{L}*|сентябр\\p{L}*|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*";
    /** Words that say a moment: {@link #DAYS_AND_MONTHS}, day ordinals («11го», «13-е»), dates and clock times. */
    private static final Pattern MOMENT_WORDS = Pattern.compile("(?<![\\p{L}\\d])(?:" + DAYS_AND_MONTHS + "|позавчера|"
            + "\\d{1,2}-?(?:го|е|ое|й|м|му)|\\d{1,2}[.:]\\d{2}(?:\\.\\d{2,4})?)(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** «в 1066 году», «в марте 2017»: a year dates a fact asked of, and sentences that tell it say the year. */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");

    public Frame {
        entities = List.copyOf(entities);
        namedAs = List.copyOf(namedAs);
        missing = List.copyOf(missing);
        unknown = List.copyOf(unknown);
        attributes = List.copyOf(attributes);
    }

    /**
     * The text without the words that said the moment read from it («в 10 утра 11го», «на вечер 11-го»), when one was: what
     * is searched is of that moment already, and a sentence that answers states it as a date and time («Силы и средства на
     * 20:00 11.04 …»), not in these words. The text as it is when the latest is asked, or a year said.
     */
    public String withoutMoment(String text) {
        String said = moment.saidAs();
        if (said == null || said.isBlank() || YEAR.matcher(said).find()) {
            return text;
        }
        String without = Pattern.compile(Pattern.quote(said), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).replaceAll(" ");
        return MOMENT_WORDS.matcher(without).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /**
     * The names of the places and objects the question names, as the base writes them, to be searched for along with its
     * words: the place it names first when named otherwise than by its name («в екб», «омский нпз» → «Екатеринбург»,
     * «Омск»), else another place it names by no word of its name («самолёт из бангкока в екб» → «Екатеринбург»; not
     * «Москва-река» of «на москву»), objects named by
     * number («пвр 1» → «ПВР № 1») and those named with other words than the base's, as {@code stems} reduces them
     * («ключевской мост» → «мост у Ключи»; none of a kind when one of it is named in the base's words: «ольховской
     * дамбы» is «Ольховская дамба», and «дамба у Ольховка» is not searched for then).
     */
    public String namesInBaseWords(String question, Function<String, List<String>> stems) {
        String asked = question.toLowerCase(Locale.ROOT);
        List<String> askedStems = stems.apply(question);
        List<EntityRow> objects = entities.stream().filter(e -> e.kind() == MentionKind.OBJECT).toList();
        Set<String> namedAsInBase = objects.stream().filter(e -> askedStems.containsAll(stems.apply(e.name())))
                .map(EntityRow::subtype).collect(Collectors.toSet());
        List<EntityRow> allPlaces = entities.stream().filter(e -> e.kind().place()).toList();
        boolean firstNamedAsIs = !allPlaces.isEmpty() && askedStems.containsAll(stems.apply(allPlaces.getFirst().name()));
        Stream<EntityRow> places = firstNamedAsIs
                ? allPlaces.stream().skip(1).filter(e -> stems.apply(e.name()).stream().noneMatch(askedStems::contains)).limit(1)
                : allPlaces.stream().limit(1);
        Stream<EntityRow> named = objects.stream()
                .filter(e -> FrameReader.numberIn(question, FrameReader.tail(e.key()))
                        || namedOtherwise(e, asked) && !namedAsInBase.contains(e.subtype()));
        return Stream.concat(places, named).map(EntityRow::name).collect(Collectors.joining(" "));
    }

    /** An object whose kind the question names, not by its number. */
    private static boolean namedOtherwise(EntityRow object, String asked) {
        String kind = object.subtype().toLowerCase(Locale.ROOT);
        return !kind.isEmpty() && !FrameReader.tail(object.key()).chars().allMatch(Character::isDigit)
                && asked.contains(kind.substring(0, Math.min(4, kind.length())));
    }

    /** A place or object a question names: its key in the model and its name. */
    public record Named(String key, String name) {}

    /** The places and objects the question names that the model knows, best match first: what its answer is about. */
    public List<Named> placesAndObjects() {
        return entities.stream().filter(e -> e.kind().place() || e.kind() == MentionKind.OBJECT)
                .map(e -> new Named(e.key(), e.name())).toList();
    }

    /**
     * The frame of a question about a document it names («по памятке при эвакуации …», «по плану эвакуации нижних ключей
     * пазики по скока мест»): it asks what the document says, and the event and the places are the document's topic, not
     * an incident or a place the sentence answering must name. The moment stays: «донесение … 10го» is that day's.
     */
    public Frame ofADocument() {
        return new Frame(entities.stream().filter(e -> !e.kind().place()).toList(), namedAs, missing, unknown, attributes, Optional.empty(),
                moment, unmodelled, askedAt, inherited, subjectInherited);
    }

    /** The same frame at another moment. */
    Frame at(Moment other) {
        return new Frame(entities, namedAs, missing, unknown, attributes, event, other, unmodelled, askedAt, inherited, subjectInherited);
    }

    public boolean namesSomething() {
        return !entities.isEmpty() || !missing.isEmpty() || !unknown.isEmpty() || event.isPresent();
    }

    /** The words the question names places and objects with, not those naming the kind of event («оползне»). */
    public List<String> namesTyped() {
        return namedAs.stream().filter(word -> event.filter(e -> e.namedIn(word)).isEmpty()).toList();
    }

    /**
     * Whether a word naming a place or object (any word of it: «улице Пушкина») is a form of a name the frame found or a
     * word made from it («сахалине» of Сахалинская область), not an alias («екб» of Екатеринбург) or a misspelling of
     * its first letters («альховке» of Ольховка).
     */
    public boolean formOfAName(String named) {
        List<String> names = entities.stream().flatMap(e -> words(e.name())).toList();
        return words(named).anyMatch(w -> names.stream().anyMatch(n -> formOrDerivative(w, n)));
    }

    /**
     * «уфе» of «уфа», «сахалине» of «сахалинская», «ключевской» of «ключи»: the words agree but for their last
     * {@value #NAME_ENDING} letters and are about as long — not «екб» of «екатеринбург», «альховке» of «ольховка».
     */
    private static boolean formOrDerivative(String typed, String name) {
        int shorter = Math.min(typed.length(), name.length());
        int common = 0;
        while (common < shorter && typed.charAt(common) == name.charAt(common)) {
            common++;
        }
        return common >= MIN_COMMON && common >= shorter - NAME_ENDING && typed.length() >= name.length() - NAME_ENDING - 1;
    }

    private static Stream<String> words(String name) {
        return Stream.of(name.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[\\s-]+")).filter(w -> !w.isEmpty());
    }

    /** Whether the question names a kind of event and a place the model knows («в екб что горело»). */
    public boolean namesAnEventAtAPlace() {
        return event.isPresent() && entities.stream().anyMatch(e -> e.kind().place());
    }

    /** Whether all the question names is a kind of event, at no moment of its own («скока машин столкнулось?»). */
    boolean namesOnlyAKindOfEvent() {
        return event.isPresent() && entities.isEmpty() && missing.isEmpty() && unknown.isEmpty() && !moment.stated();
    }
}
