package ru.sppr.chat.answer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.sppr.chat.knowledge.search.SearchHit;

/**
 * Finds sources that disagree on a figure: two sentences from different sources about the same thing (most of
 * their words shared) that state different numbers with the same unit. Quantities that change by the hour
 * (levels, temperatures, precipitation) only disagree when observed at about the same time, counts when on the same day.
 */
final class Conflicts {
    private static final Pattern FIGURE = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(см|м|км|человек|чел\\.?|%|домов|жилых домов|млн|тыс|°C|мм|часов|ч)(?![\\p{L}])",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    private static final double SAME_TOPIC = 0.3;
    /** What a sentence says in brackets: «(780 см по ГП Ольховка)». */
    private static final Pattern ASIDE = Pattern.compile("\\([^()]*\\)");
    /** «№ 3 — », «№3: » right before a figure. */
    private static final Pattern NUMBERED_BEFORE = Pattern.compile("№\\s*(\\d+)\\s*[:—–-]?\\s*$");
    private static final int OWNER_REACH = 12;
    /** A capitalised word after the sentence's first one: a place's, an object's or a person's name. */
    private static final Pattern NAME = Pattern.compile("(?<=[\\s«\"(])\\p{Lu}\\p{Ll}{2,}");
    private static final int NAME_START = 4;
    private static final Set<String> CHANGING = Set.of("см", "м", "км", "°c", "мм", "%");
    private static final int SAME_TIME_HOURS = 3;
    private static final Duration SAME_TIME = Duration.ofHours(SAME_TIME_HOURS);
    private static final Duration SAME_DAY = Duration.ofDays(1);

    private Conflicts() {
    }

    /** A disagreement between two candidates, if any: both sentences and the figures they give. */
    record Disagreement(Candidate first, String firstFigure, Candidate second, String secondFigure) {}

    static Optional<Disagreement> find(List<Candidate> chosen, List<Candidate> others, List<SearchHit> hits) {
        List<Candidate> pool = new ArrayList<>(chosen);
        others.stream().filter(c -> !pool.contains(c)).limit(30).forEach(pool::add);
        for (Candidate a : chosen) {
            Set<String> figuresA = figures(a.sentence());
            if (figuresA.isEmpty()) {
                continue;
            }
            Set<String> namesA = names(a.sentence());
            for (Candidate b : pool) {
                if (b.hit() == a.hit() || b.coverage() < a.coverage() * 0.6 || a.overlap(b) < SAME_TOPIC || ofOtherNames(namesA, b)) {
                    continue;
                }
                Set<String> figuresB = figures(b.sentence());
                for (String fa : figuresA) {
                    for (String fb : figuresB) {
                        if (unit(fa).equals(unit(fb)) && !number(fa).equals(number(fb)) && !figuresB.contains(fa)
                                && owner(a.sentence(), fa).equals(owner(b.sentence(), fb))
                                && !figuresA.contains(fb) && comparable(unit(fa), hits.get(a.hit()), hits.get(b.hit()))) {
                            return Optional.of(new Disagreement(a, fa, b, fb));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a sentence naming {@code namesA} and {@code b} name different things and none in common («ГП Ольховка:
     * уровень 679 см» and «ГП Верхний Бор: уровень 556 см»): their figures are of two gauges, not two sources' readings of one.
     */
    private static boolean ofOtherNames(Set<String> namesA, Candidate b) {
        Set<String> namesB = names(b.sentence());
        return !namesA.isEmpty() && !namesB.isEmpty() && namesA.stream().noneMatch(namesB::contains);
    }

    /** The capitalised words inside a sentence, cut to their first letters so that cases agree («Омск», «Омске»). */
    private static Set<String> names(String sentence) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = NAME.matcher(sentence);
        while (m.find()) {
            String name = m.group();
            names.add(name.substring(0, Math.min(name.length(), NAME_START)));
        }
        return names;
    }

    /**
     * Whether two reports' figures are of one moment: a changing quantity's within {@value #SAME_TIME_HOURS} hours, a count's
     * within a day — the people in a shelter on 13.04 and on 16.04 («15 человек», «8 человек») are an update, not two accounts.
     */
    private static boolean comparable(String unit, SearchHit a, SearchHit b) {
        if (a.observedAt() == null || b.observedAt() == null) {
            return true;
        }
        Duration apart = Duration.between(a.observedAt(), b.observedAt()).abs();
        return apart.compareTo(CHANGING.contains(unit) ? SAME_TIME : SAME_DAY) <= 0;
    }

    /**
     * The figures a sentence reports, not those it gives in brackets as a reference: «Запас до гребня дамбы (780 см по ГП
     * Ольховка) — 139 см» reports 139 см; 780 см is where the crest is, no reading to disagree with a level of 747 см.
     */
    static Set<String> figures(String sentence) {
        Set<String> figures = new LinkedHashSet<>();
        Matcher m = FIGURE.matcher(ASIDE.matcher(sentence).replaceAll(" "));
        while (m.find()) {
            figures.add(figure(m));
        }
        return figures;
    }

    /** The figure a {@link #FIGURE} match reads, its people as one unit however spelt («161 чел.» — «161 человек»). */
    private static String figure(Matcher m) {
        String unit = m.group(2).toLowerCase();
        return m.group(1).replace(',', '.') + " " + (unit.startsWith("чел") ? "человек" : unit);
    }

    /**
     * The numbered object a figure is given for, right before it («ПВР № 3 — 8 человек»: «№ 3»), or "" — a figure of one
     * shelter and one of all of them («в ПВР — 106 человек»), or of another, are no two accounts of one thing.
     */
    private static String owner(String sentence, String figure) {
        Matcher m = FIGURE.matcher(sentence);
        while (m.find()) {
            if (figure.equals(figure(m))) {
                Matcher numbered = NUMBERED_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - OWNER_REACH), m.start()));
                return numbered.find() ? numbered.group(1) : "";
            }
        }
        return "";
    }

    private static String number(String figure) {
        return figure.substring(0, figure.indexOf(' '));
    }

    private static String unit(String figure) {
        return figure.substring(figure.indexOf(' ') + 1);
    }
}
