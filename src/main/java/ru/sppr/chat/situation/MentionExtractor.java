package ru.sppr.chat.situation;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds what a text names — places, objects, organisations, people, events and times — with one entity key per
 * referent whatever its Russian form. Places spelled out with a type word teach the gazetteer, so a later «в Ключах»
 * is known. Overlapping spans of the same layer keep the longer (places and organisations before people). Each line
 * of the text is read on its own: a name never runs from one line into the next (a signature line into an addressee,
 * a heading into the first sentence, one table row into another).
 */
public final class MentionExtractor {
    private final Names names;
    private static final Pattern FUNCTION_TAGS = Pattern.compile(
            "(?:ADV|PARTICLE|CONJ|PREP|PNN|PRDC|INTERJECTION|VB)(?![A-Z_])");
    private final Morphology morphology;
    private final Gazetteer gazetteer;
    private final PlaceRules places;
    private final ObjectRules objects;
    private final OrganisationRules organisations;
    private final PersonRules persons;
    private final EventRules events = new EventRules();
    private final TimeExpressions times;

    public MentionExtractor(Morphology morphology, ZoneId zone) {
        var names = new Names(morphology);
        this.names = names;
        this.morphology = morphology;
        this.gazetteer = Gazetteer.shipped(names, morphology);
        this.places = new PlaceRules(gazetteer, names, morphology);
        this.objects = new ObjectRules(names, morphology);
        this.organisations = new OrganisationRules(morphology);
        this.persons = new PersonRules(morphology, names);
        this.times = new TimeExpressions(zone);
    }

    /**
     * The places each line of a text spells out with a type word («в селе Ключи», «Тверская область»). Reading them is
     * pure; {@link #learn(SpelledPlaces)} teaches them, so texts read on several threads can be taught in their order.
     */
    record SpelledPlaces(List<int[]> lines, List<List<Mention>> typed) {}

    /** Every mention in the text, in order; times are anchored to {@code anchor} (the text's own time) when known. */
    public List<Mention> extract(String text, ZonedDateTime anchor) {
        SpelledPlaces spelled = spelledPlaces(text);
        learn(spelled);
        return extract(text, anchor, spelled);
    }

    /**
     * The mentions of a question: like {@link #extract} but teaching the gazetteer nothing — a place someone asks about
     * is not a place the knowledge base knows.
     */
    public List<Mention> extractFromQuestion(String text, ZonedDateTime anchor) {
        return extract(text, anchor, spelledPlaces(text));
    }

    SpelledPlaces spelledPlaces(String text) {
        List<int[]> lines = lines(text);
        return new SpelledPlaces(lines, lines.stream().map(line -> places.typed(text.substring(line[0], line[1]))).toList());
    }

    void learn(SpelledPlaces spelled) {
        spelled.typed().forEach(ofLine -> ofLine.forEach(m -> {
            if (m.kind() == MentionKind.STREET) {
                places.learnStreet(m.text(), m.name(), m.key());
            } else {
                learn(m.kind(), m.name());
            }
        }));
    }

    /** The mentions of a text whose spelled-out places were read (and learnt, for a text of the knowledge base). */
    List<Mention> extract(String text, ZonedDateTime anchor, SpelledPlaces spelled) {
        List<int[]> lines = spelled.lines();
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int offset = lines.get(i)[0];
            for (Mention m : extractLine(text.substring(offset, lines.get(i)[1]), anchor, spelled.typed().get(i))) {
                found.add(offset == 0 ? m : new Mention(m.start() + offset, m.end() + offset, m.text(), m.kind(), m.subtype(), m.key(), m.name()));
            }
        }
        return found;
    }

    /** The [start, end) of each non-empty line of the text. */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (end > start) {
                lines.add(new int[] {start, end});
            }
            start = end + 1;
        }
        return lines;
    }

    /**
     * The mentions of one line, given the places it spells out with a type word (learnt before any line is read, so a
     * place spelled out further down is known above it too).
     */
    private List<Mention> extractLine(String text, ZonedDateTime anchor, List<Mention> typed) {
        List<Token> tokens = Token.of(text);
        List<Mention> named = new ArrayList<>(typed);
        addUnlessOverlapping(named, organisations.find(text));
        addUnlessOverlapping(named, places.known(text, tokens));
        addUnlessOverlapping(named, organisations.latin(text));
        List<Mention> objectMentions = longestOf(objects.find(text));
        List<Mention> found = new ArrayList<>(longestOf(named));
        found.addAll(objectMentions);
        List<Mention> taken = new ArrayList<>(found);
        for (Mention person : persons.find(text, tokens)) {
            if (taken.stream().noneMatch(person::overlaps)) {
                found.add(person);
                taken.add(person);
            }
        }
        found.addAll(longestOf(events.find(text)));
        for (TimeSpan t : times.find(text, anchor)) {
            found.add(new Mention(t.start(), t.end(), t.text(), MentionKind.TIME, t.from() == null ? null : t.from() + "/" + t.to(),
                    "time:" + (t.from() == null ? Keys.of(t.text()) : t.from() + "/" + t.to()), t.text()));
        }
        found.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::length).reversed()));
        return found;
    }

    /** The lemma key of a name, as entity keys hold it after the kind. */
    public String nameKey(String name) {
        return names.key(name);
    }

    /**
     * Whether a word may be read as a function word or a verb («уже», «опять», «горела»): a question typed in lower case
     * does not get such a word capitalised into a name («Уже» → the river Уж).
     */
    public boolean functionWordOrVerb(String word) {
        return morphology.readings(word).stream().anyMatch(r -> FUNCTION_TAGS.matcher(r.tag()).lookingAt());
    }

    /** Whether a word is a form of a verb («столкнулось», «отменили»). */
    public boolean verb(String word) {
        return morphology.readings(word).stream().anyMatch(r -> r.tag().startsWith("VB"));
    }

    /**
     * What a word tells of a deed, when it reads as nothing but a form of a verb: the verb, and when the form puts it —
     * done («сделали», «перевезён»), being done («работает»), to be done («перевезут», «изберут»), or at no time
     * («провести», «эвакуировать»). Empty for a word that may be read otherwise («села», «было»).
     */
    public Optional<Deed> deed(String word) {
        var readings = morphology.readings(word);
        if (readings.isEmpty() || !readings.stream().allMatch(r -> r.tag().startsWith("VB") || r.tag().startsWith("PT"))) {
            return Optional.empty();
        }
        for (Deed.Time time : Deed.Time.values()) {
            Optional<Deed> deed = readings.stream().filter(r -> time.tags.matcher(r.tag()).lookingAt()).findFirst()
                    .map(r -> new Deed(r.lemma(), time));
            if (deed.isPresent()) {
                return deed;
            }
        }
        return Optional.empty();
    }

    /** A verb («сделать») and when a form of it puts the deed. */
    public record Deed(String verb, Time time) {
        /** When a verb's form puts its deed, by the dictionary's tags: past forms and past participles, present, future, the rest. */
        public enum Time {
            PAST("VB:Past|PT_\\p{L}+:Past"), PRESENT("VB:Real|PT_\\p{L}+:Real"), FUTURE("VB:Fut"), NONE("VB|PT");

            private final Pattern tags;

            Time(String tags) {
                this.tags = Pattern.compile(tags);
            }
        }
    }

    /** Whether a word is a verb's infinitive: «Провести эвакуацию…» opens an instruction, not a report of what happened. */
    boolean infinitive(String word) {
        return morphology.readings(word).stream().anyMatch(r -> r.tag().startsWith("VB:INF"));
    }

    /**
     * The grammatical gender of a word, «Masc» or «Fem», when every reading of it as a noun or a short participle agrees
     * («переправа», «закрыта» → «Fem»); empty otherwise (unknown words, abbreviations, neuter and plural forms).
     */
    Optional<String> gender(String word) {
        var genders = morphology.readings(word).stream().filter(r -> r.noun() || r.tag().startsWith("PT_Short"))
                .map(r -> r.tag().contains(":Masc") ? "Masc" : r.tag().contains(":Fem") ? "Fem" : "").distinct().toList();
        return genders.size() == 1 && !genders.getFirst().isEmpty() ? Optional.of(genders.getFirst()) : Optional.empty();
    }

    /** Time expressions of the text, anchored. */
    List<TimeSpan> times(String text, ZonedDateTime anchor) {
        return times.find(text, anchor);
    }

    /** Forgets the places learnt from the knowledge base (a rebuild learns them again under the current rules). */
    public void forgetLearned() {
        gazetteer.forgetLearned();
    }

    /** Teaches the gazetteer a place the model holds from the sources read before, a street under its own key. */
    public void learn(MentionKind kind, String name, String key) {
        if (kind == MentionKind.STREET) {
            places.learnStreet(name, name, key);
        } else {
            learn(kind, name);
        }
    }

    /** Teaches the gazetteer a place the knowledge base holds (spelled out with a type word, or known from the database). */
    public void learn(MentionKind kind, String name) {
        if (kind.place() && kind != MentionKind.ROAD && kind != MentionKind.STREET) {
            gazetteer.learn(kind, name);
        }
    }

    private static void addUnlessOverlapping(List<Mention> into, List<Mention> candidates) {
        List<Mention> before = List.copyOf(into);
        for (Mention m : candidates) {
            if (before.stream().noneMatch(m::overlaps)) {
                into.add(m);
            }
        }
    }

    /** Of overlapping mentions, the longer (the earlier on ties). */
    private static List<Mention> longestOf(List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::length).reversed().thenComparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : sorted) {
            if (kept.stream().noneMatch(m::overlaps)) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }
}
