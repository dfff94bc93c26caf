package ru.sppr.chat.situation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places: names after a type word («с. Ключи», «реки Лены», «ул. Ленина»), names with a type noun after them
 * («Заречный район», «Московской области», «Ленинградское шоссе»), roads by their code («трасса М-11, 272 км»), known
 * places in any case and adjectives made from them, and capitalised unknown names after a preposition of place.
 */
final class PlaceRules {
    private static final int F = Pattern.UNICODE_CASE;
    private static final String CAP = "[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*";
    /** A whole capitalised word: «Кизел Пермского края» must not end a name at «Пермског» to slip past the region word. */
    private static final String WHOLE_CAP = "[А-ЯЁ][а-яё]++(?:-[А-ЯЁа-яё][а-яё]++)*+";
    private static final String NAME = CAP + "(?:[ \\t]+" + WHOLE_CAP + "(?!\\s+(?:район|р-н|област|кра[йяею]|округ|республик|муниципальн|городск)))?";
    private static final String PRE = "(?<![\\p{L}\\d/])";
    private static final Pattern SETTLEMENT = Pattern.compile(PRE + "(?:г\\.|гор\\.|с\\.|пос\\.|п\\.|пгт\\.?|дер\\.|д\\.|х\\.|мкр\\.?|ст-ц[аы]|"
            + "(?i:город|города|городе|городу|городом|сел[оауе]|селом|пос[её]л(?:ок|ка|ке|ком)|деревн[яиеюй]|деревней|станиц[аеиуы]|"
            + "хутор[аеу]?|аул[аеу]?|микрорайон[аеу]?))\\s*(" + NAME + ")", F);
    private static final Pattern DISTRICT = Pattern.compile(PRE + "(" + CAP + "(?:ск|цк|нн|н|ов|ев|ин)(?:ий|ый|ой|ого|ому|ом|им|ым|ая|ой|ую)?)\\s+"
            + "(район[а-я]*|р-н[а-я]*|(?:городск|муниципальн)[а-я]+\\s+(?:округ|район)[а-я]*|округ[а-я]*)(?![\\p{L}])", F);
    /**
     * What {@link #DISTRICT} needs after the name (its type words are written in lower case): a text without one is not
     * tried at every capitalised word. So for {@link #REGION} and {@link #STREET_AFTER}.
     */
    private static final List<String> DISTRICT_WORDS = List.of("район", "р-н", "округ");
    /** «в районе Капотня», on one line: «…Заречного района\nПо состоянию на…» names no district «По». */
    private static final Pattern DISTRICT_AFTER = Pattern.compile(PRE + "(?:район[а-я]*|р-н[а-я]*)[ \\t]+(" + NAME + ")(?!\\p{L}|(?:\\s+\\p{Ll}+){0,3}\\s*:)", F);
    private static final Pattern REGION = Pattern.compile(PRE + "(" + CAP + "(?:-" + CAP + ")?(?:ск|цк|н|ов|ев|ин|ий|ый)?[а-я]*)\\s+(област[а-я]*|кра[йеяю]|краем|"
            + "автономн[а-я]+ округ[а-я]*|республик[а-я]+)(?![\\p{L}])", F);
    /** What {@link #REGION} needs after the name. */
    private static final List<String> REGION_WORDS = List.of("област", "кра", "округ", "республик");
    private static final Pattern REPUBLIC = Pattern.compile(PRE + "(?:[Рр]еспублик[а-я]+)\\s+(" + NAME + ")", F);
    /**
     * A region of another country named after its type word: «штат Юта», «в штате Мэриленд», «провинции Нинава», «графство
     * Норфолк», «кантона Берн», «префектуры Фукусима», «губернию Телемарк» — not the staff of «в штате Минобороны».
     */
    private static final Pattern FOREIGN_REGION = Pattern.compile(PRE + "(?i:штат|провинци|графств|кантон|префектур|губерни|воеводств|эмират)"
            + "[а-я]{0,3}\\s+(?!Мин|Рос|Гос|Глав)(" + NAME + ")", F);
    /** «р. Сосна», «реке Быстрой» — not «1961 г. р. Алексей» (года рождения). */
    private static final Pattern RIVER = Pattern.compile(PRE + "(?:(?<!г\\.\\s?)р\\.|(?i:рек[аиеуой]|рекой|озер[оау]|озере))\\s*(" + CAP + ")", F);
    private static final Pattern STREET = Pattern.compile(PRE + "(?i:ул\\.|улиц[а-я]*|пр-т[а-я]*|просп\\.|проспект[а-я]*|пер\\.|переул[а-я]*|"
            + "бульвар[а-я]*|б-р|наб\\.|набережн[а-я]+|шоссе|площад[а-я]+|пл\\.)\\s*((?:\\d+-?[а-я]{0,2}\\s+)?" + NAME + ")", F);
    private static final Pattern STREET_LIST = Pattern.compile(PRE + "(?:ул\\.|(?i:улиц[а-я]*))\\s*(" + CAP + "(?:\\s*(?:,|и)\\s*" + CAP + ")+)", F);
    private static final Pattern LIST_ITEM = Pattern.compile("(" + CAP + ")");
    /** The words after a name that make it a street's: «Тульская улица», «Ленинградское шоссе». */
    private static final String STREET_TYPES = "улиц[а-я]*|шоссе|проезд[а-я]*|проспект[а-я]*|набережн[а-я]+|бульвар[а-я]*|переул[а-я]*|площад[а-я]+";
    /** «На Мичуринском проспекте» at a sentence's start: the capitalised preposition is no part of the street's name. */
    private static final String NOT_PREPOSITION = "(?!(?:На|В|Во|По|С|Со|У|К|Ко|От|До|Из|За|Под|Над|При|Около|Возле|Через)\\s)";
    /** What {@link #STREET_AFTER} needs after the name: the stems of {@link #STREET_TYPES}. */
    private static final List<String> STREET_WORDS = List.of("улиц", "шоссе", "проезд", "проспект", "набережн", "бульвар", "переул", "площад");
    private static final Pattern STREET_AFTER = Pattern.compile(PRE + "(" + NOT_PREPOSITION + CAP + "(?:\\s+" + CAP + ")?)\\s+(" + STREET_TYPES + ")(?![\\p{L}])", F);
    private static final Pattern ROAD = Pattern.compile(PRE + "(?:(?:трасс[а-я]*|автодорог[а-я]*|автотрасс[а-я]*|ФАД|а/д)\\s+)?«?"
            + "([МРАН]-\\d{1,3}|\\d{2}[А-ЯЁ]{1,2}-\\d{1,4})»?(?:\\s+«[^»\\n]{1,60}»)?(?:,?\\s*(?:на\\s+)?(\\d{1,4})(?:\\+\\d{1,3})?(?:-?[мйго]{1,2})?\\s*км)?", F);
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("в", "во", "из", "под", "около", "близ", "возле");
    /** «на английском», «с немецкого»: the prepositions and adjective forms of a language named alone ({@link #language}). */
    private static final Set<String> LANGUAGE_PREPOSITIONS = Set.of("на", "с", "со");
    private static final Pattern LANGUAGE_ADJECTIVE = Pattern.compile(".+[сц]к(?:ом|ого|им)");
    /** Prepositions naming a place near which something happened: «под Краснодаром», «близ Твери», «вблизи Курска». */
    private static final Set<String> NEAR_PREPOSITIONS = Set.of("под", "около", "близ", "возле", "вблизи", "недалеко", "неподалеку");
    /** The subtype of a place named as a landmark near the event ({@link #near}). */
    static final String NEAR = "near";
    /** A street named by one adjective and its type word, either way round: «Тверской-Ямской улице», «ул. Садовой». */
    private static final Pattern ADJECTIVE_STREET = Pattern.compile("(" + CAP + ")\\s+(?:" + STREET_TYPES + ")|(?:ул\\.|(?i:улиц[а-я]*))\\s*(" + CAP + ")", F);
    /** An ordinal before a street's name: «на 3-й Тверской-Ямской», «на 1-м Щипковском». */
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,2}(?:-?[а-я]{1,2})?");
    /** The capitalised first word of a street's name: «Большая Тульская», «Малой Грузинской», «Новой Басманной». */
    private static final Pattern STREET_PREFIX = Pattern.compile("(?:Больш|Мал|Верхн|Нижн|Нов|Стар|Средн)(?:ая|ой|ую|ей|яя|юю)");
    private static final Pattern STREET_WORD = Pattern.compile(STREET_TYPES + "|ул|пр-т|проезд[а-я]*|тупик[а-я]*");
    /** Before a known place that is also a person's name («Владимир», «Лондон»), only these make it a place. */
    private static final Set<String> NAME_PREPOSITIONS = Set.of("в", "во", "из", "под", "около", "близ", "возле", "до", "через",
            "к", "у", "над", "города", "город", "г");
    /**
     * Words after which a known town's name that is also a surname is the town: «в районе Серпухова», «жители Харькова»,
     * «мэр Саратова» — a person is rarely a district's, inhabitants' or mayor's genitive.
     */
    private static final Set<String> PLACE_GOVERNORS = Set.of("района", "районе", "район", "окрестностях", "окрестности",
            "пригороде", "пригород", "жители", "жителей", "жителя", "жительница", "жительницу", "жителям", "мэр", "мэра",
            "мэрия", "мэрии", "окраине", "окраину", "центре", "улицах", "вблизи", "неподалеку", "неподалёку", "северу",
            "югу", "западу", "востоку", "направлении");
    private static final Set<String> NOT_PLACES = Set.of("мчс", "гибдд", "мвд", "фсб", "ск", "ску", "рф", "сми", "дтп", "чс");

    private static final Pattern CYRILLIC_WORD = Pattern.compile("[А-ЯЁа-яё-]+");

    private final Gazetteer gazetteer;
    private final Names names;
    private final Morphology morphology;

    PlaceRules(Gazetteer gazetteer, Names names, Morphology morphology) {
        this.gazetteer = gazetteer;
        this.names = names;
        this.morphology = morphology;
    }

    /** Places spelled out with a type word; these also teach the gazetteer. */
    List<Mention> typed(String text) {
        List<Mention> found = new ArrayList<>();
        add(found, SETTLEMENT, text, 1, MentionKind.SETTLEMENT, null);
        if (Keys.containsAny(text, DISTRICT_WORDS)) {
            add(found, DISTRICT, text, 0, MentionKind.DISTRICT, 1);
        }
        List<Mention> after = new ArrayList<>();
        add(after, DISTRICT_AFTER, text, 1, MentionKind.DISTRICT, null);
        after.stream().filter(m -> namesAfterTypeWord(m.text())).forEach(found::add);
        add(found, REPUBLIC, text, 1, MentionKind.REGION, null);
        add(found, FOREIGN_REGION, text, 1, MentionKind.REGION, null);
        if (Keys.containsAny(text, REGION_WORDS)) {
            add(found, REGION, text, 0, MentionKind.REGION, 1);
        }
        add(found, RIVER, text, 1, MentionKind.RIVER, null);
        add(found, STREET, text, 1, MentionKind.STREET, null);
        streetLists(found, text);
        if (Keys.containsAny(text, STREET_WORDS)) {
            add(found, STREET_AFTER, text, 0, MentionKind.STREET, 1);
        }
        for (MatchResult road : WordStarts.matches(ROAD, text)) {
            String code = road.group(1).toUpperCase();
            String name = road.group(2) == null ? code : code + ", " + road.group(2) + " км";
            found.add(new Mention(road.start(), road.end(), road.group(), MentionKind.ROAD, null,
                    "road:" + Keys.of(code), name));
        }
        return found;
    }

    /**
     * A street spelled out with an adjective name teaches the gazetteer the name alone: a later «на 3-й Тверской-Ямской»
     * (the type word left out, as news posts do) is then the street, not an unknown word.
     */
    void learnStreet(String written, String name, String key) {
        Matcher m = ADJECTIVE_STREET.matcher(written);
        if (m.matches()) {
            gazetteer.learnStreet(m.group(1) != null ? m.group(1) : m.group(2), new Gazetteer.Place(MentionKind.STREET, name, key));
        }
    }

    /** «на 3-й Тверской-Ямской в центре Москвы»: a street the base spelled out before, named after «на» without its type word. */
    private Optional<Mention> streetNamedAlone(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        int before = i > 0 && ORDINAL.matcher(tokens.get(i - 1).text()).matches() ? i - 2 : i - 1;
        boolean afterNa = before >= 0 && Keys.of(tokens.get(before).text()).equals("на");
        var next = i + 1 < tokens.size() && !tokens.get(i + 1).capitalised() ? morphology.readings(tokens.get(i + 1).text()) : null;
        boolean nounFollows = next != null && (next.isEmpty() || next.stream().anyMatch(r -> r.noun() || r.adjective()));
        if (!afterNa || nounFollows || t.sentenceStart()) {
            return Optional.empty();
        }
        return gazetteer.street(t.text()).map(p -> new Mention(t.start(), t.end(), t.text(), MentionKind.STREET, null, p.key(), p.name()));
    }

    /** «на улицах Луговая, Заречная, Набережная»: every name of the list is a street. */
    private void streetLists(List<Mention> found, String text) {
        for (MatchResult m : WordStarts.matches(STREET_LIST, text)) {
            Matcher item = LIST_ITEM.matcher(text).region(m.start(1), m.end());
            while (item.find()) {
                String word = item.group(1);
                int start = item.start(1);
                if (found.stream().noneMatch(f -> f.start() <= start && start < f.end())) {
                    String name = adjectiveOnly(word) ? streetOf(word) : "улица " + names.display(word);
                    found.add(new Mention(start, item.end(1), word, MentionKind.STREET, null, "street:" + names.key(word), name));
                }
            }
        }
    }

    private void add(List<Mention> found, Pattern pattern, String text, int group, MentionKind kind, Integer nameGroup) {
        for (MatchResult m : WordStarts.matches(pattern, text)) {
            String name = m.group(nameGroup == null ? group : 0);
            if (kind == MentionKind.STREET && nameGroup != null && pronoun(Names.words(m.group(1)).getFirst())) {
                continue;
            }
            if (nameGroup != null) {
                name = normaliseTyped(m.group(1), m.group(2), kind);
            } else if (kind == MentionKind.STREET && Names.words(name).size() == 1 && adjectiveOnly(name)) {
                name = streetOf(name);
            } else if (kind == MentionKind.STREET) {
                name = name.strip();
            } else {
                name = names.display(name);
            }
            String keyPhrase = nameGroup == null ? m.group(group) : m.group(0);
            var known = kind == MentionKind.STREET ? Optional.<Gazetteer.Place>empty() : gazetteer.find(List.of(name));
            if (known.isPresent() && known.get().kind().place()) {
                var place = known.get();
                found.add(new Mention(m.start(), m.end(), m.group(), place.kind(), null, place.key(), place.name()));
            } else {
                found.add(new Mention(m.start(), m.end(), m.group(), kind, null, kind.code() + ":" + names.key(keyPhrase), name));
            }
        }
    }

    /** «на каких улицах», «на этой улице», «на соседней улице»: a word pointing at a street, not its name. */
    private boolean pronoun(String word) {
        var readings = morphology.readings(word);
        return !readings.isEmpty() && readings.stream().allMatch(r -> r.tag().startsWith("ADJ:MPR") || r.tag().startsWith("PNN"))
                || morphology.lemmas(word).contains("соседний");
    }

    private boolean adjectiveOnly(String word) {
        var readings = morphology.readings(word);
        return !readings.isEmpty() && readings.stream().allMatch(r -> r.adjective() || r.personal());
    }

    /** «ул. Комсомольской» → «улица Комсомольская». */
    private String streetOf(String adjective) {
        String lemma = morphology.readings(adjective).stream().filter(Morphology.Reading::adjective).map(Morphology.Reading::lemma)
                .findFirst().orElse(adjective);
        return "улица " + Names.capitalise(Keys.of(lemma).replaceAll("(ий|ый|ой)$", "ая"), adjective);
    }

    /**
     * Whether the word after «район» is a district's name («в районе Капотня», «району Гольяново») rather than the
     * next phrase run into it where a document's lines were joined: a function word («района По состоянию…»), a word
     * that is no name in the nominative («району Громову В.П.»), a person («района Громов В.П.») or a role («району
     * Председателю КЧС…»).
     */
    private boolean namesAfterTypeWord(String matched) {
        var readings = morphology.readings(Names.words(matched.replaceFirst("^\\S+\\s+", "")).getFirst());
        if (readings.isEmpty()) {
            return true;
        }
        boolean nominal = readings.stream().anyMatch(r -> (r.noun() || r.adjective()) && (r.nominative() || !Morphology.hasCase(r)));
        boolean role = readings.stream().allMatch(r -> r.noun() && r.tag().startsWith("NN:Anim") && r.tag().contains(":Sin"));
        var asSubject = readings.stream().filter(r -> r.noun() && r.nominative()).toList();
        boolean person = !asSubject.isEmpty() && asSubject.stream().allMatch(Morphology.Reading::personal);
        return nominal && !role && !person;
    }

    /** «Заречном районе» → «Заречный район», «Московской области» → «Московская область», «Таманской улице» → «Таманская улица». */
    private String normaliseTyped(String adjective, String noun, MentionKind kind) {
        String lemma = morphology.readings(adjective).stream().filter(Morphology.Reading::adjective).map(Morphology.Reading::lemma)
                .findFirst().orElse(adjective);
        List<String> nounWords = Names.words(noun);
        String nounLemma = morphology.nounLemma(nounWords.getLast());
        if (nounWords.size() > 1) {
            var phrase = new StringBuilder();
            for (String word : nounWords.subList(0, nounWords.size() - 1)) {
                phrase.append(morphology.readings(word).stream().filter(Morphology.Reading::adjective).map(r -> Keys.of(r.lemma()))
                        .findFirst().orElse(Keys.of(word))).append(' ');
            }
            nounLemma = phrase + nounLemma;
        }
        boolean feminine = nounLemma.endsWith("область") || nounLemma.endsWith("республика") || nounLemma.endsWith("улица")
                || nounLemma.endsWith("набережная") || nounLemma.endsWith("площадь");
        boolean neuter = nounLemma.endsWith("шоссе");
        String adj = Keys.of(lemma);
        if (feminine) {
            adj = adj.replaceAll("(ий|ый|ой)$", "ая").replaceAll("кая$", "кая");
        } else if (neuter) {
            adj = adj.replaceAll("(ий|ый|ой)$", "ое");
        }
        return Names.capitalise(adj, adjective) + " " + (kind == MentionKind.REGION || kind == MentionKind.DISTRICT
                || kind == MentionKind.STREET ? nounLemma : noun);
    }

    /** Known places, adjectives made from them, and capitalised names after a preposition of place. */
    List<Mention> known(String text, List<Token> tokens) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.capitalised()) {
                adjectiveOf(tokens, i).ifPresent(found::add);
                continue;
            }
            Optional<Mention> street = streetNamedAlone(tokens, i);
            if (street.isPresent()) {
                found.add(street.get());
                continue;
            }
            Mention gazetteerHit = longestKnown(text, tokens, i);
            if (gazetteerHit != null) {
                found.add(near(tokens, i) && gazetteerHit.kind() == MentionKind.SETTLEMENT ? nearby(gazetteerHit) : gazetteerHit);
                while (i + 1 < tokens.size() && tokens.get(i + 1).end() <= gazetteerHit.end()) {
                    i++;
                }
                continue;
            }
            Optional<Mention> adjective = adjectiveOf(tokens, i);
            if (adjective.isPresent()) {
                found.add(adjective.get());
                continue;
            }
            if (!t.sentenceStart() && after(PLACE_PREPOSITIONS, tokens, i)
                    && !t.allCaps() && !NOT_PLACES.contains(Keys.of(t.text()))
                    && (unknownName(t.text()) || CYRILLIC_WORD.matcher(t.text()).matches() && afterRegionAdjective(tokens, i))) {
                found.add(new Mention(t.start(), t.end(), t.text(), MentionKind.PLACE, near(tokens, i) ? NEAR : null,
                        "place:" + names.key(t.text()), names.display(t.text())));
            }
        }
        return found;
    }

    private Mention longestKnown(String text, List<Token> tokens, int i) {
        for (int n = Math.min(3, tokens.size() - i); n >= 1; n--) {
            Token last = tokens.get(i + n - 1);
            if (n > 1 && !last.capitalised() && !text.substring(tokens.get(i).start(), last.end()).contains("-")) {
                continue;
            }
            String phrase = text.substring(tokens.get(i).start(), last.end());
            if (phrase.contains("\n")) {
                continue;
            }
            var place = gazetteer.find(List.of(phrase));
            if (place.isPresent() && (!tokens.get(i).sentenceStart() || n > 1
                    || properOnly(tokens.get(i).text()) && spelledLike(tokens.get(i).text(), place.get().name()))
                    && (n > 1 || !personal(tokens.get(i).text()) || after(NAME_PREPOSITIONS, tokens, i)
                        || after(PLACE_GOVERNORS, tokens, i) || afterRegionAdjective(tokens, i))) {
                var p = place.get();
                return new Mention(tokens.get(i).start(), last.end(), phrase, p.kind(), null, p.key(), p.name());
            }
        }
        return null;
    }

    /** «под Краснодаром», «близ Твери»: the place is named as a landmark near where things happened, not as where. */
    private static boolean near(List<Token> tokens, int i) {
        return i > 0 && NEAR_PREPOSITIONS.contains(Keys.of(tokens.get(i - 1).text()));
    }

    private static Mention nearby(Mention m) {
        return new Mention(m.start(), m.end(), m.text(), m.kind(), NEAR, m.key(), m.name());
    }

    /** The token follows one of the prepositions, directly or across one adjective («в подмосковном Климовске»). */
    private boolean after(Set<String> prepositions, List<Token> tokens, int i) {
        if (i > 0 && prepositions.contains(Keys.of(tokens.get(i - 1).text()))) {
            return true;
        }
        return i > 1 && prepositions.contains(Keys.of(tokens.get(i - 2).text())) && !tokens.get(i - 1).capitalised()
                && morphology.readings(tokens.get(i - 1).text()).stream().anyMatch(Morphology.Reading::adjective);
    }

    /** «подмосковного Серпухова», «саратовского Энгельса»: a region's adjective before a name makes it a town there. */
    private boolean afterRegionAdjective(List<Token> tokens, int i) {
        if (i == 0 || tokens.get(i - 1).capitalised()) {
            return false;
        }
        return morphology.readings(tokens.get(i - 1).text()).stream().filter(Morphology.Reading::adjective)
                .map(r -> gazetteer.ofAdjective(r.lemma())).flatMap(Optional::stream)
                .anyMatch(p -> p.kind() == MentionKind.REGION);
    }

    private Optional<Mention> adjectiveOf(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (morphology.readings(t.text()).stream().noneMatch(Morphology.Reading::adjective)
                || inStreetName(tokens, i) || language(tokens, i)) {
            return Optional.empty();
        }
        Optional<Mention> region = regionElided(tokens, i);
        if (region.isPresent()) {
            return region;
        }
        for (var reading : morphology.readings(t.text())) {
            if (reading.adjective()) {
                var place = gazetteer.ofAdjective(reading.lemma());
                if (place.isPresent()) {
                    var p = place.get();
                    return Optional.of(new Mention(t.start(), t.end(), t.text(), p.kind(), "adjective", p.key(), p.name()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * «на английском языке», «с немецкого», «говорит на французском.»: the adjective names a language, not the country —
     * before «язык», or after «на», «с», «со» with no word of its own after it.
     */
    private static boolean language(List<Token> tokens, int i) {
        if (i + 1 < tokens.size() && Keys.of(tokens.get(i + 1).text()).startsWith("язык")) {
            return true;
        }
        boolean afterPreposition = i > 0 && LANGUAGE_PREPOSITIONS.contains(Keys.of(tokens.get(i - 1).text()));
        boolean alone = i + 1 == tokens.size() || tokens.get(i + 1).sentenceStart();
        return afterPreposition && alone && LANGUAGE_ADJECTIVE.matcher(Keys.of(tokens.get(i).text())).matches();
    }

    /** «на Большой Тульской», «на Тульской улице»: the adjective names a street, not the town it is made from. */
    private static boolean inStreetName(List<Token> tokens, int i) {
        boolean afterStreetWord = i > 0 && STREET_PREFIX.matcher(tokens.get(i - 1).text()).matches();
        boolean streetFollows = i + 1 < tokens.size() && STREET_WORD.matcher(Keys.of(tokens.get(i + 1).text())).matches();
        return afterStreetWord || streetFollows;
    }

    /**
     * «в тверской», «из московской» with no noun after it: the region, as people on shift shorten «в Тверской области»,
     * when the base knows that region.
     */
    private Optional<Mention> regionElided(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean afterPreposition = i > 0 && PLACE_PREPOSITIONS.contains(Keys.of(tokens.get(i - 1).text()));
        boolean nounFollows = i + 1 < tokens.size() && morphology.readings(tokens.get(i + 1).text()).stream()
                .anyMatch(r -> r.noun() || r.adjective());
        boolean feminine = morphology.readings(t.text()).stream().anyMatch(r -> r.adjective() && r.tag().contains(":Fem:"));
        if (!afterPreposition || nounFollows || !feminine) {
            return Optional.empty();
        }
        return gazetteer.find(List.of(t.text() + " области")).filter(p -> p.kind() == MentionKind.REGION)
                .map(p -> new Mention(t.start(), t.end(), t.text(), p.kind(), "adjective", p.key(), p.name()));
    }

    /**
     * A word the dictionary does not know, or knows only as an inanimate noun (a capitalised «Москве» mid-sentence);
     * people, animate nouns and other parts of speech are not taken for places.
     */
    private boolean unknownName(String word) {
        if (!CYRILLIC_WORD.matcher(word).matches()) {
            return false;
        }
        var readings = morphology.readings(word);
        if (readings.isEmpty()) {
            return word.length() > 2;
        }
        return readings.stream().allMatch(r -> r.noun() && r.tag().contains("Inanim"));
    }

    private boolean personal(String word) {
        return morphology.readings(word).stream().anyMatch(Morphology.Reading::personal);
    }

    /**
     * A word spelled like the name up to its last letter: «Семья» opening a sentence is no form of the city «Семей»,
     * though the dictionary reads «семей» as a form of «семья».
     */
    private static boolean spelledLike(String word, String name) {
        String stem = Keys.of(name).substring(0, Math.max(1, name.length() - 1));
        return Keys.of(word).startsWith(stem);
    }

    /** At a sentence start a known name counts only when the word is not also a common word («Мирный», «Орёл»). */
    private boolean properOnly(String word) {
        return morphology.readings(word).stream().allMatch(r -> r.noun() && !r.tag().contains("Anim"))
                || morphology.readings(word).isEmpty();
    }
}
