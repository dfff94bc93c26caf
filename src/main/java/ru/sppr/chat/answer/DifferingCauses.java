package ru.sppr.chat.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import ru.sppr.chat.answer.DifferingAccounts.Account;
import ru.sppr.chat.knowledge.search.SearchHit;
import ru.sppr.chat.knowledge.source.SourceType;

/**
 * What news posts of one story say caused it when they say different things ({@link DifferingAccounts} does counts and
 * moments): «Предварительно, при перегрузке произошел крен» at 07:09 and the mechanic's «судно опрокинулось при развороте в
 * шторм» at 11:38 are both answered, as an operator must know the cause is not settled. Only news posts: an official
 * document's «в связи с подтоплением» and the next one's «в связи с подъёмом уровня воды» are one cause in two wordings.
 */
final class DifferingCauses {
    /** «что судно опрокинулось…» after «рассказал,»: the word joining a reported clause to its verb. */
    private static final Pattern REPORTED = Pattern.compile("^(?:что|будто|якобы)\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A cause is quoted as a clause of at most so many words; a longer one is no short account of it. */
    private static final int CAUSE_WORDS = 16;
    /** Words any account of a cause may have, which tell nothing of which cause it is. */
    private static final Pattern GENERIC_CAUSE_WORD = Pattern.compile("причин|предвар|версии|версия|сообщ|котор|стало|стала|стали|"
            + "являе|пожар|возгор|произо|случи|могла|могло|может|связи|резул|данны|сказа|расска|заяви");

    private DifferingCauses() {
    }

    /**
     * The causes other reports of the story give besides the answer's: «при перегрузке произошел крен» (07:09) and «судно
     * опрокинулось при развороте в шторм» (11:38, the mechanic) — each a clause of at most {@value #CAUSE_WORDS} words that
     * shares little with those listed before it (another channel's «причиной стало короткое замыкание» is the same cause).
     */
    static List<Account> of(Selection s, Candidate answer, List<SearchHit> hits) {
        Optional<Account> own = causeIn(answer);
        if (own.isEmpty() || hits.get(answer.hit()).type() != SourceType.RECORD) {
            return List.of();
        }
        Set<Integer> ofTheStory = s.fragmentsOfTheStory();
        List<Account> accounts = new ArrayList<>(List.of(own.get()));
        s.candidates().stream().filter(c -> c.hit() != answer.hit() && ofTheStory.contains(c.hit()) && hits.get(c.hit()).type() == SourceType.RECORD)
                .filter(c -> DifferingAccounts.madeNear(hits.get(c.hit()), hits.get(answer.hit())) && (DifferingAccounts.ofTheStoryItself(c, s) || namesWhatIsAsked(c, s)))
                .sorted((a, b) -> Double.compare(b.score(), a.score()))
                .forEach(c -> causeIn(c).filter(a -> accounts.size() <= DifferingAccounts.MOST && accounts.stream().noneMatch(told -> sameCause(told, a)))
                        .ifPresent(accounts::add));
        return accounts.size() > 1 ? accounts : List.of();
    }

    /** «Механик "Григория Ловцова" … рассказал» of «ловцов почему перевернулся»: the sentence has a word asked, in any form. */
    private static boolean namesWhatIsAsked(Candidate c, Selection s) {
        String lower = c.sentence().toLowerCase(Locale.ROOT).replace('ё', 'е');
        return s.questionStems().stream().filter(w -> w.length() >= 4 && !DifferingAccounts.THING_WORD.matcher(w).lookingAt())
                .anyMatch(w -> lower.contains(w.substring(0, Math.min(5, w.length()))));
    }

    /** The clause of a sentence that gives a cause, else the whole sentence when it gives one and is short. */
    private static Optional<Account> causeIn(Candidate c) {
        return Stream.concat(DifferingAccounts.clauses(c.sentence()).stream().map(String::strip).filter(clause -> Words.count(clause) >= 3), Stream.of(c.sentence()))
                .filter(clause -> Words.count(clause) <= CAUSE_WORDS && AnswerType.CAUSE.offeredBy(clause)).findFirst()
                .map(clause -> new Account(c, DifferingAccounts.inList(DifferingAccounts.CLAUSE_ENDS.matcher(REPORTED.matcher(clause).replaceFirst("")).replaceFirst("")), clause));
    }

    /**
     * Two causes are one when half the longer words after the cause's word in either are in the other (by their first five
     * letters): «при перегрузке произошел крен» is not «при развороте в шторм».
     */
    private static boolean sameCause(Account a, Account b) {
        Set<String> left = causeWords(AnswerType.CAUSE.afterOffer(a.value()));
        Set<String> right = causeWords(AnswerType.CAUSE.afterOffer(b.value()));
        long shared = left.stream().filter(right::contains).count();
        return shared * 2 >= Math.min(left.size(), right.size());
    }

    private static Set<String> causeWords(String clause) {
        Set<String> words = new HashSet<>();
        for (String w : clause.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[^\\p{L}]+")) {
            if (w.length() >= 5 && !GENERIC_CAUSE_WORD.matcher(w).lookingAt()) {
                words.add(w.substring(0, 5));
            }
        }
        return words;
    }

}
