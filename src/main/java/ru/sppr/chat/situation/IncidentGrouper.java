package ru.sppr.chat.situation;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Single-pass grouping of reports into incidents (topic detection and tracking): a report joins the best incident of
 * its event type (or a related one: a fire, an explosion and a collapse are often the same event) whose last report
 * lies within the type's window and whose score reaches {@link #JOIN}; else it starts one. Score = 0.25 for the same
 * type (0.15 related) + 0.30 place (1 a shared settlement, street, road, river or named object; 0.5 a shared district
 * or object named only by kind and number, or a shared region when one side names nothing finer, or no place on one
 * side; 0.2 a shared region or country only) + 0.15 a shared named object + 0.15 time (exp(−Δt/τ), τ half the window;
 * 0.5 when unknown) + 0.15 wording (MinHash similarity of the reports' content words) + 0.15 series (exp(−Δt/1 h) from
 * the report to its publisher's posts about the incident: a news channel tells one event in posts minutes apart, the
 * later ones often naming no place). Reports naming different settlements (or different streets, or different regions)
 * and none in common never join; a town named only as near the event («под Краснодаром») differs from none. News of
 * the same street or named object in one town joins up to {@link #SAME_SPOT} after the incident's last report, whatever
 * the type's window. The threshold was chosen on the tune part of eval/situation/ru-incidents.jsonl. Pure.
 */
public final class IncidentGrouper {
    static final double JOIN = 0.4;
    /** A report this close to two incidents makes them one. */
    static final double MERGE = 0.8;
    /** The place score when one side names no place at all: unknown, not different. */
    static final double UNKNOWN_PLACE = 0.5;
    /** How long after its last report an incident at one street or named object of a town still takes news of it. */
    static final Duration SAME_SPOT = Duration.ofDays(14);
    /** The mark before the key of a town named only as near the event: «near:settlement:краснодар». */
    static final String NEAR_MARK = "near:";
    /** How fast a publisher's series fades: its posts an hour apart count e⁻¹ of ones a minute apart. */
    private static final double SERIES_HOURS = 1;
    /** A report naming at most this many settlements is about them; more, and it is a summary of an area. */
    private static final int FOCUSED = 2;
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9a-zа-я./-]*");
    private static final Set<EventType> DESTRUCTION = EnumSet.of(EventType.FIRE, EventType.EXPLOSION, EventType.COLLAPSE,
            EventType.GAS_LEAK);

    /**
     * An incident: its type, last report time, the entity keys and the wording signatures of its reports, and when each
     * publisher of its reports posted about it.
     */
    public record Candidate(long id, EventType type, Instant lastReportAt, Set<String> entityKeys, List<String> wordings,
                            Map<String, Series> posts) {
        Candidate withKeys(Set<String> keys) {
            return new Candidate(id, type, lastReportAt, keys, wordings, posts);
        }
    }

    /** A publisher's posts about an incident: the first and the last (reports arrive in any order, newest first too). */
    public record Series(Instant first, Instant last) {
        Series with(Instant at) {
            return new Series(at.isBefore(first) ? at : first, at.isAfter(last) ? at : last);
        }

        /** Hours from the series to a moment: 0 inside it. */
        double hoursTo(Instant at) {
            Instant nearest = at.isBefore(first) ? first : at.isAfter(last) ? last : at;
            return Math.abs(Duration.between(nearest, at).toMinutes()) / 60.0;
        }
    }

    /** The incident to join and the score, if any reaches the threshold. */
    record Decision(long incidentId, double score) {}

    /**
     * A report to place: its type, time, the places and objects it names (with their known regions), wording and
     * publisher (null when its record does not say).
     */
    record Report(EventType type, Instant reportedAt, Set<String> keys, String wording, String publisher) {}

    static Duration window(EventType type) {
        return switch (type) {
            case FLOOD, EVACUATION, ROAD_CLOSURE, STORM -> Duration.ofDays(14);
            case POWER_OUTAGE, UTILITY_OUTAGE, LANDSLIDE, EARTHQUAKE -> Duration.ofDays(4);
            default -> Duration.ofHours(72);
        };
    }

    /** The types whose incidents a report of this type may join. */
    static Set<EventType> related(EventType type) {
        return DESTRUCTION.contains(type) ? DESTRUCTION : EnumSet.of(type);
    }

    static Optional<Decision> decide(Report report, Collection<Candidate> candidates) {
        return scored(report, candidates).stream().filter(d -> d.score() >= JOIN).max(Comparator.comparingDouble(Decision::score));
    }

    /**
     * The incidents the report ties together: when it scores at least {@link #MERGE} against two or more, they are one
     * event reported apart (a later summary names the places of both), to be merged into the best.
     */
    static List<Long> alsoSame(Report report, Collection<Candidate> candidates, long best) {
        return scored(report, candidates).stream().filter(d -> d.score() >= MERGE && d.incidentId() != best)
                .map(Decision::incidentId).toList();
    }

    /** The incidents a report may join with their scores, best first (for reading grouping decisions). */
    static List<Decision> scores(Report report, Collection<Candidate> candidates) {
        return scored(report, candidates).stream().sorted(Comparator.comparingDouble(Decision::score).reversed()).limit(3).toList();
    }

    private static List<Decision> scored(Report report, Collection<Candidate> candidates) {
        return candidates.stream().filter(c -> related(report.type()).contains(c.type()))
                .filter(c -> within(report, c)).filter(c -> !placesDisagree(report.keys(), c.entityKeys()))
                .map(c -> new Decision(c.id(), score(report, c))).toList();
    }

    private static boolean within(Report report, Candidate candidate) {
        if (report.reportedAt() == null || candidate.lastReportAt() == null) {
            return true;
        }
        Duration apart = Duration.between(candidate.lastReportAt(), report.reportedAt()).abs();
        return apart.compareTo(window(report.type())) <= 0
                || apart.compareTo(SAME_SPOT) <= 0 && sameSpot(report.keys(), candidate.entityKeys());
    }

    /** How far to look for the incident of a report: {@link #SAME_SPOT} when it names a street or a named object. */
    static Duration reach(EventType type, Set<String> keys) {
        boolean spot = keys.stream().anyMatch(k -> k.startsWith("street:") || namedObject(k));
        return spot && SAME_SPOT.compareTo(window(type)) > 0 ? SAME_SPOT : window(type);
    }

    /**
     * Both name one town and one street or one named object in it: news of the fire at «LionTek» on Мухаммеда Али in
     * Грозный four days later (an arrest, a cause) is of that fire.
     */
    private static boolean sameSpot(Set<String> report, Set<String> incident) {
        Set<String> towns = towns(incident);
        if (towns(report).stream().noneMatch(towns::contains)) {
            return false;
        }
        Set<String> streets = named(incident, "street:");
        return named(report, "street:").stream().anyMatch(s -> streets.stream().anyMatch(t -> sameStreet(s, t)))
                || report.stream().filter(IncidentGrouper::namedObject).anyMatch(incident::contains);
    }

    /** An object key with a name of its own («object:азс:liontek»), not a kind alone («object:азс:»). */
    private static boolean namedObject(String key) {
        return key.startsWith("object:") && !key.endsWith(":");
    }

    /**
     * The report names settlements (or streets), the incident others and none in common: two events in two towns, or
     * in two streets of one city. A report naming many places (a daily summary) is not held to one of them.
     */
    private static boolean placesDisagree(Set<String> report, Set<String> incident) {
        Set<String> towns = towns(report);
        Set<String> streets = named(report, "street:");
        Set<String> theirStreets = named(incident, "street:");
        Set<String> regions = named(report, "region:");
        return towns.size() <= FOCUSED && disjoint(towns, towns(incident))
                || regions.size() <= FOCUSED && disjoint(regions, named(incident, "region:"))
                || streets.size() <= FOCUSED && !streets.isEmpty() && !theirStreets.isEmpty()
                && streets.stream().noneMatch(s -> theirStreets.stream().anyMatch(t -> sameStreet(s, t)));
    }

    /**
     * «тольятти» and «пальмиро тольятти» are one street: the words of one name are all in the other; «мохаммеда али» and
     * «мухаммеда али» too: a transliterated name is spelt with one letter or another.
     */
    static boolean sameStreet(String a, String b) {
        List<String> left = List.of(a.split(" "));
        List<String> right = List.of(b.split(" "));
        return within(left, right) || within(right, left);
    }

    private static boolean within(List<String> words, List<String> name) {
        return words.stream().allMatch(w -> name.stream().anyMatch(n -> spelledAlike(w, n)));
    }

    /** The same word, or a word of six letters or more with one letter after the first spelt otherwise (not a digit). */
    private static boolean spelledAlike(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() != b.length() || a.length() < 6 || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        int differ = -1;
        for (int i = 1; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (differ >= 0) {
                    return false;
                }
                differ = i;
            }
        }
        return !Character.isDigit(a.charAt(differ)) && !Character.isDigit(b.charAt(differ));
    }

    /** The towns named as where things happened: not those named only as near it («ДТП под Краснодаром»). */
    private static Set<String> towns(Set<String> keys) {
        Set<String> towns = named(keys, "settlement:", "place:");
        towns.removeAll(named(keys, NEAR_MARK + "settlement:", NEAR_MARK + "place:"));
        return towns;
    }

    private static boolean disjoint(Set<String> left, Set<String> right) {
        return !left.isEmpty() && !right.isEmpty() && left.stream().noneMatch(right::contains);
    }

    private static Set<String> named(Set<String> keys, String... prefixes) {
        Set<String> out = new HashSet<>();
        for (String key : keys) {
            for (String prefix : prefixes) {
                if (key.startsWith(prefix)) {
                    out.add(key.substring(prefix.length()));
                }
            }
        }
        return out;
    }

    static double score(Report report, Candidate candidate) {
        boolean object = false;
        Set<String> theirs = normalised(candidate.entityKeys());
        Set<String> ours = normalised(report.keys());
        double place = ours.isEmpty() || theirs.isEmpty() ? UNKNOWN_PLACE : 0;
        for (String key : ours) {
            if (theirs.contains(key)) {
                boolean coarsest = placeWeight(key) < 1 && (ours.stream().allMatch(k -> placeWeight(k) < 1)
                        || theirs.stream().allMatch(k -> placeWeight(k) < 1));
                place = Math.max(place, coarsest ? Math.max(UNKNOWN_PLACE, placeWeight(key)) : placeWeight(key));
                object |= key.startsWith("object:") && !numbered(key);
            }
        }
        boolean townUntold = ours.stream().filter(theirs::contains).anyMatch(k -> k.startsWith("settlement:"))
                || theirs.stream().noneMatch(k -> k.startsWith("settlement:"));
        if (townOnly(ours) && theirs.stream().anyMatch(IncidentGrouper::finer) && townUntold) {
            place = UNKNOWN_PLACE;
        }
        double time;
        if (report.reportedAt() == null || candidate.lastReportAt() == null) {
            time = 0.5;
        } else {
            double hours = Math.abs(Duration.between(candidate.lastReportAt(), report.reportedAt()).toMinutes()) / 60.0;
            time = Math.exp(-hours / (window(report.type()).toHours() / 2.0));
        }
        double wording = candidate.wordings().stream().mapToDouble(w -> Signature.similarity(w, report.wording())).max().orElse(0);
        return (candidate.type() == report.type() ? 0.25 : 0.15) + 0.30 * place + (object ? 0.15 : 0) + 0.15 * time + 0.15 * wording
                + 0.15 * series(report, candidate);
    }

    /** How close the report is to its publisher's posts about the incident: 1 among them, 0 when there are none. */
    private static double series(Report report, Candidate candidate) {
        Series posts = report.publisher() == null || report.reportedAt() == null ? null : candidate.posts().get(report.publisher());
        return posts == null ? 0 : Math.exp(-posts.hoursTo(report.reportedAt()) / SERIES_HOURS);
    }

    /**
     * The report places itself in a town and nothing finer («пожар в строящемся здании в Москве») and the incident is at a
     * street, road or named object: whether the incident's town is the report's or is not named, the town does not tell
     * which of its events the report is of — a big city has several fires a day. Wording, time and publisher decide.
     */
    private static boolean townOnly(Set<String> keys) {
        return keys.stream().anyMatch(k -> k.startsWith("settlement:")) && keys.stream().noneMatch(IncidentGrouper::finer);
    }

    private static boolean finer(String key) {
        return key.startsWith("street:") || key.startsWith("road:") || namedObject(key) && !numbered(key);
    }

    /** «place:фрязино» (a name after a preposition) and «settlement:фрязино» (after «г.») are the same place. */
    private static Set<String> normalised(Set<String> keys) {
        Set<String> out = new HashSet<>();
        for (String key : keys) {
            out.add(key.startsWith("place:") ? "settlement:" + key.substring(6) : key);
        }
        return out;
    }

    /**
     * An object named only by its kind and number («object:школа:1»): every town has a school № 1, so alone it places a
     * report no finer than a district (an undated article naming a school № 1 in Москва is not of the fire at the school
     * № 1 in Видное).
     */
    private static boolean numbered(String key) {
        return key.startsWith("object:") && NUMBER.matcher(key.substring(key.lastIndexOf(':') + 1)).matches();
    }

    private static double placeWeight(String key) {
        if (numbered(key)) {
            return 0.5;
        }
        if (key.startsWith("settlement:") || key.startsWith("street:") || key.startsWith("road:") || key.startsWith("object:")
                || key.startsWith("river:")) {
            return 1;
        }
        if (key.startsWith("district:")) {
            return 0.5;
        }
        return key.startsWith("region:") || key.startsWith("country:") ? 0.2 : 0;
    }

    /** The keys that place a report: places and objects, without organisations and people. */
    static boolean locating(String key) {
        return List.of("settlement:", "district:", "region:", "country:", "river:", "street:", "road:", "place:", "object:")
                .stream().anyMatch(key::startsWith);
    }
}
