package ru.sppr.chat.briefing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import ru.sppr.chat.situation.MentionExtractor.Deed;

/**
 * «ремонт откоса сделали уже?», «мотопомпы пришли?», «меру пресечения какую избрали»: a question whether something was
 * done, or what was done. An answer that does not say it was — «требуется ремонт откоса», «запрошены 2 мотопомпы» — or
 * only that it will be — «ему изберут меру пресечения», «подростка перевезут в Россию» — does not answer it.
 */
final class DeedsAsked {
    /**
     * Verbs whose deed the base tells in other words or by a state the model keeps («свет дали» — «подано напряжение»,
     * «генераторы давали» — «переданы 3 бытовых генератора»,
     * «потушили» — «ликвидировано», «нашли» — «тело обнаружено»), and verbs that only name the event, its telling or its
     * expecting («когда ждали, что вода выйдет на настил»).
     */
    private static final Set<String> TOLD_OTHERWISE = Set.of("дать", "давать", "выдать", "выдавать", "передать", "потушить", "тушить", "затушить", "ликвидировать", "локализовать",
            "открыть", "закрыть", "отменить", "восстановить", "возобновить", "найти", "обнаружить", "вывести", "выводить", "вывезти",
            "спасти", "достать", "быть", "стать", "случиться", "произойти", "начаться", "гореть", "загореться", "сказать", "говорить",
            "писать", "сообщить", "заявить", "знать", "остаться", "работать", "ждать", "ожидать", "прогнозировать", "планировать",
            "обещать");
    /**
     * The starts of verbs that name one deed: «эвакуацию закончили?», «ледоход кончился?» — «эвакуация завершилась»; «свет
     * вернули» — «восстановлено электроснабжение».
     */
    private static final List<Set<String>> SAME_DEED = List.of(Set.of("законч", "заверш", "оконч", "конч"), Set.of("прийт", "приш", "приех", "прибы"),
            Set.of("сдела", "выполн", "провед"), Set.of("развер", "развор"), Set.of("верн", "восстан", "возобн"));
    /** Words that ask something of the deed besides whether it was done: who, when, how many. */
    private static final Pattern INTERROGATIVE = Pattern.compile("(?<!\\p{L})(?:кто|кого|кому|кем|ком|что|чего|чему|чем|ч[её]м|ч[её]|когда|где|"
            + "куда|откуда|скольк\\p{L}*|скока|скок|почему|зачем|как|как\\p{L}+|чей|чья|чь[её]|чьи|чь\\p{L}+|долго)(?!\\p{L})");
    /** Words that put the infinitive after them to come: «отопление планируют вернуть к 17 часам», «обещали дать свет». */
    private static final Pattern PLANNED = Pattern.compile("(?:планиру|планирова|обеща|намер|собира|рассчитыва)\\p{L}*|должн\\p{L}*|будут|будет");
    /** «Когда уехала группа ПСО»: the moment of a deed is asked, which the moment of its opposite does not give. */
    private static final Pattern WHEN = Pattern.compile("(?<!\\p{L})когда(?!\\p{L})");
    /** The starts of verbs of opposite deeds, in pairs: leaving and arriving, ending and starting, switching off and on. */
    private static final List<List<Set<String>>> OPPOSITES = List.of(
            List.of(Set.of("уех", "убы", "покин", "выех", "отбы"), Set.of("прибы", "приех", "приш", "прибув")),
            List.of(Set.of("законч", "заверш", "оконч", "прекрат"), Set.of("нача", "начн", "стартов")),
            List.of(Set.of("отключ", "обесточ"), Set.of("включ", "подключ")));
    private static final Pattern ALREADY = Pattern.compile("(?<!\\p{L})уже(?!\\p{L})");
    private static final Pattern WORD = Pattern.compile("\\p{IsCyrillic}+");
    private static final Pattern PARTS = Pattern.compile("[,;:—–]|\\s-\\s");
    /** How many first letters of a verb the words of its root share («эвакуировать» — «эвакуация»); forms of another stem («изберут») are found by the verb. */
    private static final int ROOT = 5;

    private final Function<String, Optional<Deed>> deeds;

    DeedsAsked(Function<String, Optional<Deed>> deeds) {
        this.deeds = deeds;
    }

    /**
     * The reason to withhold the answer when it does not say the deed asked of was done; empty when it does, or none is
     * asked. Whether a deed was done is asked by the verb of a question's last part before «?», beside «уже» or at the end
     * of a question typed without «?» («раскладушки в пвр 1 довезли»), when no word asks something else («трамваи
     * столкнулись, погибшие есть?» asks of the dead, not of the crash); what was done, by any verb in the past; the
     * moment of a deed («группа ПСО когда уехала») — not by the moment of its opposite («прибыла в 07:15»).
     */
    Optional<String> missing(String question, String answer) {
        return missing(question, answer, false);
    }

    /**
     * As {@link #missing(String, String)}; {@code fromReports}: the answer cites only dated reports, which tell a deed in
     * its own words or in those {@link #TOLD_OTHERWISE} knows — the moment of a deed («когда из района уехала») is then not
     * answered by one that does not tell it at all; an encyclopaedia's «скончался» may tell «когда умер».
     */
    Optional<String> missing(String question, String answer, boolean fromReports) {
        List<String> said = words(answer);
        String[] clauses = question.toLowerCase(Locale.ROOT).replace('ё', 'е').split("\\?", -1);
        for (int i = 0; i < clauses.length; i++) {
            String clause = clauses[i];
            boolean already = ALREADY.matcher(clause).find();
            boolean whether = (i < clauses.length - 1 || already || clauses.length == 1) && !INTERROGATIVE.matcher(clause).find();
            boolean when = WHEN.matcher(clause).find();
            List<String> asking = words(askingPart(clause, already));
            for (String word : words(clause)) {
                Optional<Deed> deed = deeds.apply(word).filter(d -> d.time() == Deed.Time.PAST && !TOLD_OTHERWISE.contains(d.verb()));
                if (deed.isEmpty()) {
                    continue;
                }
                Told told = told(deed.get().verb(), said);
                if (told == Told.AS_TO_BE_DONE || whether && told == Told.NOT && asking.contains(word)
                        || when && told == Told.NOT && (fromReports && asking.contains(word) || tellsTheOpposite(deed.get().verb(), said))) {
                    return Optional.of("В базе нет сведений о том, что спрошено («" + word + "»).");
                }
            }
        }
        return Optional.empty();
    }

    /** The part of a clause that asks: the one with «уже», else the last («…упал — полёт вообще согласовывали»). */
    private static String askingPart(String clause, boolean already) {
        String[] parts = PARTS.split(clause);
        for (String part : parts) {
            if (already && ALREADY.matcher(part).find()) {
                return part;
            }
        }
        return parts.length == 0 ? "" : parts[parts.length - 1];
    }

    /**
     * How an answer tells of a verb's deed: as done or not done (a form of it, or a word of its root — an infinitive may
     * follow «не стали»), only as to be done (the future tense, or an infinitive after a plan: «планируют вернуть»), or not
     * at all.
     */
    private enum Told { SPOKEN_OF, AS_TO_BE_DONE, NOT }

    private Told told(String verb, List<String> said) {
        List<String> roots = Stream.concat(Stream.of(verb.substring(0, Math.min(ROOT, verb.length()))),
                SAME_DEED.stream().filter(group -> group.stream().anyMatch(verb::startsWith)).flatMap(Set::stream)).toList();
        boolean toBeDone = false;
        for (int i = 0; i < said.size(); i++) {
            String word = said.get(i);
            Optional<Deed> deed = deeds.apply(word);
            if (roots.stream().noneMatch(word::startsWith) && deed.filter(d -> unreflexive(d.verb()).equals(unreflexive(verb))).isEmpty()) {
                continue;
            }
            boolean planned = i > 0 && PLANNED.matcher(said.get(i - 1)).matches() && deed.filter(d -> d.time() == Deed.Time.NONE).isPresent();
            if (!planned && deed.filter(d -> d.time() == Deed.Time.FUTURE).isEmpty()) {
                return Told.SPOKEN_OF;
            }
            toBeDone = true;
        }
        return toBeDone ? Told.AS_TO_BE_DONE : Told.NOT;
    }

    /**
     * Whether an answer tells only the opposite of the deed asked ({@link #OPPOSITES}): «прибыла в 07:15» for «когда
     * уехала» — a moment, but not of what is asked.
     */
    private static boolean tellsTheOpposite(String verb, List<String> said) {
        for (List<Set<String>> pair : OPPOSITES) {
            for (int side = 0; side < 2; side++) {
                Set<String> opposite = pair.get(1 - side);
                if (pair.get(side).stream().anyMatch(verb::startsWith)
                        && said.stream().anyMatch(w -> opposite.stream().anyMatch(w::startsWith))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A verb without its reflexive ending: «началась» tells of «начать» as «началось» of «начаться». */
    private static String unreflexive(String verb) {
        return verb.endsWith("ся") || verb.endsWith("сь") ? verb.substring(0, verb.length() - 2) : verb;
    }

    private static List<String> words(String text) {
        return WORD.matcher(text.toLowerCase(Locale.ROOT).replace('ё', 'е')).results().map(MatchResult::group).toList();
    }
}
