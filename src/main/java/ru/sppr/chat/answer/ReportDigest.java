package ru.sppr.chat.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences of one long news report that tell most of it within a brief's words («теплоход булгария — коротко чё
 * известно»): its opening; then, for each of the {@link #OUTCOMES} it does not tell, the sentence that tells it and adds
 * most per word (who died, why — «Причина взрыва на хабе в Баумгартене связана с технической неисправностью», not a
 * guess at it); then, as long as there is room, the sentence that adds most not told yet per word — a figure
 * not given yet («на борту находился 201 человек»), a name not named yet («станции Баумгартен», «Светлане Инякиной»), a
 * casualty or a cause — in the report's order. A sentence that only retells («Сразу после отбуксировки судна оно было
 * заново обследовано»), repeats a figure given («медицинскую помощь получает 21 человек») or is not Russian («ist auf
 * eine technische Ursache zurückzuführen») is left out.
 */
final class ReportDigest {
    /** A number: «201», «16:50», «2,7», «2011г.», «40-летней». */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])\\d+(?:[.,:]\\d+)?(?!\\d)");
    /** A name inside a sentence: a capitalised word after another word («станции Баумгартен», «компании OMV»). */
    private static final Pattern NAME = Pattern.compile("(?<=[\\p{L}\\d,»\"]\\s)(?:\\p{Lu}\\p{Ll}{2,}|\\p{Lu}{2,})");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    /**
     * What a brief tells of an emergency besides its figures, each once — a second sentence of the same adds only what
     * else it tells: who died or was hurt (or that no one was); who was evacuated or rescued; why (the noun «причина», not
     * «причинил ущерб»); who is charged or held.
     */
    private static final List<Pattern> OUTCOMES = List.of(
            Pattern.compile("(?iu)(?<!\\p{L})(?:погиб|пострада|ранен|госпитализ|жертв)\\p{L}*"),
            Pattern.compile("(?iu)(?<!\\p{L})(?:эвакуир|спас[елт])\\p{L}*"),
            Pattern.compile("(?iu)(?<!\\p{L})(?:причин(?:а|ы|е|у|ой|ою)?|неисправност\\p{L}*|из-за)(?!\\p{L})"),
            Pattern.compile("(?iu)(?<!\\p{L})(?:обвинени|задержа|арестова|уголовн\\p{L}*\\s+дел)\\p{L}*"));
    /** «К выяснению причин», «причины устанавливаются»: a cause spoken of, not told. */
    private static final Pattern PENDING = Pattern.compile("(?iu)(?<!\\p{L})(?:выясн|устанавлива|разбира|уточня)\\p{L}*");
    /** «Скорее всего», «возможно»: an outcome guessed at, which tells {@value #HEDGED_SHARE} as much as one stated. */
    private static final Pattern HEDGED = Pattern.compile("(?iu)(?<!\\p{L})(?:скорее\\s+всего|возможно|вероятно|видимо|могл[аои]?)(?!\\p{L})");
    /** A quote: opening the sentence, or said by someone after it («…выздоровления», — написал он). */
    private static final Pattern QUOTE = Pattern.compile("^[«\"„]|[»\"],?\\s+[—–-]\\s+\\p{L}");
    /** How many letters of a name or a word say it is the same in another form («Баумгартен» — «Баумгартене»). */
    private static final int SAME_START = 5;
    /** What a figure, a name, a casualty and a cause not told yet add to a sentence, against a word it has. */
    private static final double FIGURE = 2;
    private static final double NAMED = 1;
    private static final double OUTCOME = 3;
    private static final double HEDGED_SHARE = 0.5;
    /** At most this many figures and names of one sentence count: a list of ten names is not ten times the news. */
    private static final int MOST_COUNTED = 2;
    /** What a quote takes away: it mostly retells in someone's words what the report said. */
    private static final double QUOTED = 1;
    /** A sentence adding less than this is not told. */
    private static final double LEAST = 2;
    /** Added to a sentence's words when its news is weighed against its length ({@link #worthPerWord}). */
    private static final int LENGTH_SMOOTHING = 8;
    private static final int SHORTEST = 3;

    private ReportDigest() {
    }

    /**
     * The sentences of {@code report} (one report's, in order, of all its fragments read) to tell within {@code budget}
     * words, {@code first} among them; {@code asked} are the question's stems, which are told already.
     */
    static List<Candidate> of(List<Candidate> report, Candidate first, int budget, List<String> asked) {
        Set<String> told = new HashSet<>();
        asked.forEach(w -> told.add(start(w)));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate opening : report.getFirst() == first ? List.of(first) : List.of(report.getFirst(), first)) {
            tell(opening, chosen, told);
        }
        for (int outcome = 0; outcome < OUTCOMES.size(); outcome++) {
            String kind = "#" + outcome;
            int room = budget - words(chosen);
            report.stream().filter(c -> !told.contains(kind) && tellable(c, chosen, room) && outcomes(c.sentence()).contains(kind))
                    .max(Comparator.comparingDouble(c -> worthPerWord(c, told)))
                    .ifPresent(c -> tell(c, chosen, told));
        }
        while (true) {
            int room = budget - words(chosen);
            Optional<Candidate> next = report.stream().filter(c -> tellable(c, chosen, room) && worth(c.sentence(), told) >= LEAST)
                    .max(Comparator.comparingDouble(c -> worthPerWord(c, told)));
            if (next.isEmpty()) {
                break;
            }
            tell(next.get(), chosen, told);
        }
        chosen.sort(Comparator.comparingInt(report::indexOf));
        return chosen.stream().map(ReportDigest::withoutOpenQuote).toList();
    }

    /** A sentence cut from a quote of several («Причина взрыва … неисправностью.) without the quote mark it does not close. */
    private static Candidate withoutOpenQuote(Candidate c) {
        String sentence = c.sentence().strip();
        return sentence.startsWith("«") && !sentence.contains("»")
                ? new Candidate(sentence.substring(1), c.hit(), c.position(), c.coverage(), c.score(), c.stems(), c.context()) : c;
    }

    private static void tell(Candidate c, List<Candidate> chosen, Set<String> told) {
        chosen.add(c);
        told.addAll(news(c.sentence()));
    }

    private static int words(List<Candidate> chosen) {
        return chosen.stream().mapToInt(Candidate::words).sum();
    }

    /** What a sentence adds, weighed against its length: a short one is not worth more than it says. */
    private static double worthPerWord(Candidate c, Set<String> told) {
        return worth(c.sentence(), told) / (c.words() + LENGTH_SMOOTHING);
    }

    /** Whether a sentence not chosen yet may join: within the {@code room} left, long enough to say something, Russian. */
    private static boolean tellable(Candidate c, List<Candidate> chosen, int room) {
        return !chosen.contains(c) && c.words() >= SHORTEST && c.words() <= room && CYRILLIC.matcher(c.sentence()).find();
    }

    /** What a sentence adds to what is {@code told}: its figures, names and {@link #OUTCOMES} not told yet, less a quote's retelling. */
    private static double worth(String sentence, Set<String> told) {
        long figures = items(NUMBER, sentence).stream().filter(n -> !told.contains(n)).distinct().limit(MOST_COUNTED).count();
        long names = items(NAME, sentence).stream().map(ReportDigest::start).filter(n -> !told.contains(n)).distinct()
                .limit(MOST_COUNTED).count();
        long outcomes = outcomes(sentence).stream().filter(o -> !told.contains(o)).count();
        double outcome = HEDGED.matcher(sentence).find() ? OUTCOME * HEDGED_SHARE : OUTCOME;
        return figures * FIGURE + names * NAMED + outcomes * outcome - (QUOTE.matcher(sentence.strip()).find() ? QUOTED : 0);
    }

    /** The figures and the starts of the names a sentence tells. */
    private static Set<String> news(String sentence) {
        Set<String> news = new HashSet<>(items(NUMBER, sentence));
        items(NAME, sentence).forEach(n -> news.add(start(n)));
        news.addAll(outcomes(sentence));
        return news;
    }

    /** Which of {@link #OUTCOMES} a sentence tells, as «#0», «#1»…; none when it speaks of finding them out. */
    private static List<String> outcomes(String sentence) {
        if (PENDING.matcher(sentence).find()) {
            return List.of();
        }
        List<String> told = new ArrayList<>();
        for (int i = 0; i < OUTCOMES.size(); i++) {
            if (OUTCOMES.get(i).matcher(sentence).find()) {
                told.add("#" + i);
            }
        }
        return told;
    }

    private static List<String> items(Pattern pattern, String sentence) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(sentence);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static String start(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.length() <= SAME_START ? lower : lower.substring(0, SAME_START);
    }
}
