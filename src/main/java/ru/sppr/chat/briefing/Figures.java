package ru.sppr.chat.briefing;

import static ru.sppr.chat.briefing.Modelled.INCIDENT_SLACK;
import static ru.sppr.chat.briefing.Modelled.PLACES;
import static ru.sppr.chat.briefing.Modelled.QUOTE;
import static ru.sppr.chat.briefing.Modelled.WHOLE_SENTENCE;
import static ru.sppr.chat.briefing.Modelled.capitalised;
import static ru.sppr.chat.briefing.Modelled.modelled;
import static ru.sppr.chat.briefing.Modelled.observedBy;
import static ru.sppr.chat.briefing.Modelled.said;
import static ru.sppr.chat.briefing.Modelled.saidWhen;
import static ru.sppr.chat.briefing.Modelled.sorted;
import static ru.sppr.chat.briefing.Modelled.visible;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import ru.sppr.chat.answer.Answer;
import ru.sppr.chat.answer.ReplyTimes;
import ru.sppr.chat.knowledge.source.EventLine;
import ru.sppr.chat.situation.Attribute;
import ru.sppr.chat.situation.DangerMarks;
import ru.sppr.chat.situation.Observation;
import ru.sppr.chat.situation.Plural;
import ru.sppr.chat.situation.SituationModel;
import ru.sppr.chat.situation.SituationStore.ObservationRow;
import ru.sppr.chat.situation.SituationViews.FigureHistory;
import ru.sppr.chat.situation.SituationViews.IncidentSummary;
import ru.sppr.chat.user.Caller;

/**
 * A figure or state as of the moment asked: the value most sources give, those that disagree and the value before it;
 * the highest or lowest value; a gauge's danger mark and when it was first exceeded; since when an object is in a state;
 * each place's figure when the question names none — or that the base has nothing on that moment, with the nearest it has.
 */
final class Figures {
    /** Observations this close to each other speak of the same moment. */
    private static final Duration SAME_MOMENT = Duration.ofHours(1);
    /** A moment asked about this long after the last observation is after the data ends. */
    private static final Duration AFTER_DATA = Duration.ofHours(24);
    /** A sentence not cut at an abbreviation («через с.», «в т.ч.»): it starts with no lower-case letter and ends with a stop after a word. */
    private static final Pattern NEXT_SENTENCE = Pattern.compile("(?<!\\s\\p{Ll}\\.|\\s\\p{Ll}\\p{Ll}\\.|\\.\\p{Ll}\\.)(?<=[.!?])\\s+(?=[«\"(]?[А-ЯЁA-Z])");
    /** Values of other sources this close to a peak in time and size are that peak as they give it (688 см vs 691 см). */
    private static final Duration PEAK_WINDOW = Duration.ofHours(12);
    private static final double PEAK_SPREAD = 0.03;
    /** «падает», «растёт», «на сколько упал», «темп спада»: how a figure changes is asked, not only its value. */
    static final Pattern CHANGE = Pattern.compile("(?<!\\p{L})(?:пада\\p{L}*|упал\\p{L}*|раст[её]т|вырос\\p{L}*|прибыва\\p{L}*|убыва\\p{L}*|убыл\\p{L}*|"
            + "снижа\\p{L}*|снизил\\p{L}*|поднима\\p{L}*|спад\\p{L}*|темп\\p{L}*|falling|rising|dropp\\p{L}*)(?!\\p{L})");
    /** «данные расходятся?», «источники сходятся?», «по разным данным»: whether the sources agree is asked too. */
    private static final Pattern AGREEMENT_ASKED = Pattern.compile("(?<!\\p{L})(?:расходятся|сходятся|совпадают|разнятся|по\\s+разным)(?!\\p{L})");
    /** «погибшие есть?», «пострадавшие есть?»: casualties asked, which others of an incident's casualties answer in part. */
    private static final Set<Attribute> CASUALTIES_ASKED = EnumSet.of(Attribute.DEATHS, Attribute.INJURED);
    /** The casualties an incident's reports count, the gravest first. */
    private static final List<Attribute> PEOPLE_COUNTS = List.of(Attribute.DEATHS, Attribute.MISSING, Attribute.INJURED,
            Attribute.HOSPITALIZED);
    /** Other counts given in place of one the sources do not give. */
    private static final int OTHER_PEOPLE = 2;
    /** How far from a day before the latest value the value it is compared with may be: reports come at 08:00 and 20:00. */
    private static final Duration DAY_SLACK = Duration.ofHours(6);
    /** «максимальный уровень», «пик», «наибольшее число»; «минимальный»: the extreme of a figure's values is asked. */
    private static final Pattern EXTREME = Pattern.compile("(?<!\\p{L})(?:(минимальн\\p{L}*|минимум\\p{L}*|наименьш\\p{L}*|самый\\s+низк\\p{L}*)|"
            + "максимальн\\p{L}*|максимум\\p{L}*|наибольш\\p{L}*|пик\\p{L}*|самый\\s+высок\\p{L}*|highest|maximum|peak)(?!\\p{L})");
    /** «во сколько превысили опасную отметку», «когда вода вышла выше отметки»: the moment a mark was first exceeded is asked. */
    private static final Pattern EXCEEDED_WHEN = Pattern.compile("(?<!\\p{L})(?:когда|во\\s+сколько|в\\s+какое\\s+время|с\\s+какого)(?!\\p{L})"
            + ".*(?:превы|выше|перешагн|достиг)|(?:превы|выше|достиг)\\p{L}*.*(?<!\\p{L})(?:когда|во\\s+сколько)(?!\\p{L})");

    private final SituationModel model;
    private final ReplyTimes times;
    private final Incidents incidents;
    private final Histories histories;

    Figures(SituationModel model, ReplyTimes times, Incidents incidents, Histories histories) {
        this.model = model;
        this.times = times;
        this.incidents = incidents;
        this.histories = histories;
    }

    Optional<Briefed> figure(Frame frame, String question, Caller caller) {
        Attribute attribute = frame.attributes().getFirst();
        List<ObservationRow> history = Histories.inUnitAsked(question, histories.history(frame, question, attribute, caller));
        if (history.isEmpty()) {
            return frame.entities().isEmpty() && frame.missing().isEmpty() ? byPlace(frame, question, attribute, caller) : Optional.empty();
        }
        Optional<String> since = attribute == Attribute.STATE ? FrameReader.stateAskedWhen(question) : Optional.empty();
        if (since.isPresent()) {
            return since(frame, since.get(), history).map(a -> incidents.withIncident(a, history, frame, caller));
        }
        Instant until = frame.moment().until();
        ObservationRow last = history.getLast();
        String subject = subject(history, attribute);
        var when = times.reply();
        // casualties last counted days before the moment asked are another incident's: the sentences of that day answer
        if (until != null && frame.moment().stated() && Histories.CASUALTIES.contains(attribute)
                && start(frame.moment()).isAfter(last.observedAt().plus(INCIDENT_SLACK))) {
            return Optional.empty();
        }
        if (until != null && frame.moment().stated() && start(frame.moment()).isAfter(last.observedAt().plus(AFTER_DATA))) {
            return Optional.of(Briefed.of(new Answer.NoEvidence(capitalised(saidWhen(frame.moment(), when)) + " сведений — " + subject + " — в базе нет; последние — на "
                    + when.at(last.observedAt()) + ": " + SituationModel.shown(last) + ".")));
        }
        List<ObservationRow> known = observedBy(history, until);
        if (known.isEmpty()) {
            ObservationRow first = history.getFirst();
            String none = capitalised(saidWhen(frame.moment(), when)) + " сведений — " + subject + " — в базе нет; первые — на "
                    + when.at(first.observedAt()) + ": " + SituationModel.shown(first);
            return Optional.of(Briefed.of(otherPeople(frame, question, none, caller).orElseGet(() -> new Answer.NoEvidence(none + "."))));
        }
        Optional<Answer> extreme = extreme(question, subject, known).or(() -> dayChange(question, subject, known));
        if (extreme.isPresent()) {
            return extreme.map(a -> incidents.withIncident(a, known, frame, caller));
        }
        var book = new Book();
        Reading reading = reading(capitalised(subject), known, attribute, book, when, true);
        String agreement = AGREEMENT_ASKED.matcher(question.toLowerCase(Locale.ROOT)).find() && !reading.conflict()
                ? " Другого значения на этот момент источники в базе не дают (" + reading.sources() + " "
                        + Plural.of(reading.sources(), "источник", "источника", "источников") + ")." : "";
        return Optional.of(incidents.withIncident(new Answer.Grounded(reading.text() + '.' + agreement, book.cited(),
                modelled(reading.sources(), reading.conflict())), known, frame, caller));
    }

    /**
     * «ловцов на сахалине перевернулся, погибшие щас есть?» when no source had reported deaths by then: the people the
     * sources do count of the same place or incident by the moment asked (missing, injured, …), each with its time and the
     * source's own words — what an operator needs instead of a bare "nothing on the dead". Empty when they count none.
     */
    Optional<Answer> otherPeople(Frame frame, String question, Caller caller) {
        Instant until = frame.moment().until();
        String moment = frame.moment().stated() && until != null ? " " + saidWhen(frame.moment(), times.reply()) : "";
        return casualtiesAsked(frame).flatMap(asked ->
                otherPeople(frame, question, "Сведений о том, что спрошено (" + asked.label() + ")" + moment + ", в базе нет", caller));
    }

    private static Optional<Attribute> casualtiesAsked(Frame frame) {
        return frame.attributes().stream().filter(CASUALTIES_ASKED::contains).findFirst();
    }

    /** {@code none}: what the answer says of the count asked, before the counts it gives instead. */
    private Optional<Answer> otherPeople(Frame frame, String question, String none, Caller caller) {
        if (casualtiesAsked(frame).isEmpty()) {
            return Optional.empty();
        }
        Instant until = frame.moment().until();
        var book = new Book();
        var when = times.reply();
        List<String> known = new ArrayList<>();
        for (Attribute other : PEOPLE_COUNTS) {
            if (frame.attributes().contains(other) || known.size() == OTHER_PEOPLE) {
                continue;
            }
            List<ObservationRow> by = observedBy(Histories.inUnitAsked(question, histories.history(frame, question, other, caller)), until);
            if (!by.isEmpty()) {
                ObservationRow last = by.getLast();
                known.add(other.label() + " — " + SituationModel.shown(last) + " (на " + when.at(last.observedAt()) + ")"
                        + quote(last).map(q -> ": «" + q + "»").orElse("") + " " + book.mark(last));
            }
        }
        if (known.isEmpty()) {
            return Optional.empty();
        }
        String text = none + "; известно: " + String.join("; ", known) + ".";
        return Optional.of(new Answer.Grounded(text, book.cited(), modelled(book.cited().size(), false)));
    }

    /**
     * «ольховка щас за сутки на скока см падает», «вода в ключах растёт?»: the latest value known by the moment asked and
     * how it changed over the day before it, from the value nearest a day earlier — not the latest alone.
     */
    private Optional<Answer> dayChange(String question, String subject, List<ObservationRow> known) {
        List<ObservationRow> valued = known.stream().filter(o -> o.value() != null).toList();
        if (!CHANGE.matcher(question.toLowerCase(Locale.ROOT).replace('ё', 'е')).find() || valued.isEmpty()) {
            return Optional.empty();
        }
        ObservationRow last = valued.getLast();
        Instant dayBefore = last.observedAt().minus(Duration.ofDays(1));
        Optional<ObservationRow> before = valued.stream().filter(o -> Objects.equals(o.unit(), last.unit()))
                .filter(o -> Duration.between(o.observedAt(), dayBefore).abs().compareTo(DAY_SLACK) <= 0)
                .min(Comparator.comparing(o -> Duration.between(o.observedAt(), dayBefore).abs()));
        if (before.isEmpty()) {
            return Optional.empty();
        }
        double delta = last.value() - before.get().value();
        var book = new Book();
        var when = times.reply();
        String change = delta == 0 ? "без изменений" : (delta < 0 ? "−" : "+") + SituationModel.shown(withValue(last, Math.abs(delta)));
        String text = capitalised(subject) + ", на " + when.at(last.observedAt()) + ": " + SituationModel.shown(last) + " " + book.mark(last)
                + "; за сутки — " + change + " (на " + when.at(before.get().observedAt()) + " — " + SituationModel.shown(before.get()) + ") "
                + book.mark(before.get()) + ".";
        return Optional.of(new Answer.Grounded(text, book.cited(), modelled(book.cited().size(), false)));
    }

    private static ObservationRow withValue(ObservationRow o, double value) {
        return new ObservationRow(o.id(), o.entityKey(), o.entityName(), o.attribute(), value, null, o.unit(), Observation.Qualifier.EXACT,
                o.observedAt(), o.reportedAt(), o.correction(), o.sourceId(), o.sourceTitle(), o.sourceType(), o.ordinal(), o.excerpt(), o.location());
    }

    /**
     * «какой был максимальный уровень на ключах», «пик эвакуации»: the highest (or lowest) value known by the moment asked,
     * with its time, what other sources give for it, and the latest beside it — not the latest alone.
     */
    private Optional<Answer> extreme(String question, String subject, List<ObservationRow> known) {
        Matcher asked = EXTREME.matcher(question.toLowerCase(Locale.ROOT).replace('ё', 'е'));
        List<ObservationRow> valued = known.stream().filter(o -> o.value() != null).toList();
        if (!asked.find() || valued.isEmpty()) {
            return Optional.empty();
        }
        boolean lowest = asked.group(1) != null;
        Comparator<ObservationRow> byValue = Comparator.comparingDouble(ObservationRow::value);
        ObservationRow found = lowest ? valued.stream().min(byValue).orElseThrow() : valued.stream().max(byValue).orElseThrow();
        ObservationRow last = known.getLast();
        var book = new Book();
        var when = times.reply();
        Optional<ObservationRow> otherwise = valued.stream()
                .filter(o -> !o.sourceId().equals(found.sourceId()) && !SituationModel.shown(o).equals(SituationModel.shown(found)))
                .filter(o -> Duration.between(o.observedAt(), found.observedAt()).abs().compareTo(PEAK_WINDOW) <= 0)
                .filter(o -> Math.abs(o.value() - found.value()) <= PEAK_SPREAD * Math.abs(found.value()))
                .min(Comparator.comparingDouble(o -> Math.abs(o.value() - found.value())));
        String text = (lowest ? "Наименьшее значение — " : "Наибольшее значение — ") + subject + ": " + SituationModel.shown(found)
                + " (на " + when.at(found.observedAt()) + ") " + book.mark(found)
                + otherwise.map(o -> "; по другим данным — " + SituationModel.shown(o) + " (на " + when.at(o.observedAt()) + ") " + book.mark(o))
                .orElse("")
                + (last == found ? "." : ". Последнее — " + SituationModel.shown(last) + " (на " + when.at(last.observedAt()) + ") " + book.mark(last) + ".");
        return Optional.of(new Answer.Grounded(text, book.cited(), modelled(book.cited().size(), false)));
    }

    /**
     * «опасная отметка на гп заречье какая»: the mark the gauge's own sources give beside its levels (not its level), with
     * the level known at the moment asked; «скока ольховке до опасной оставалось» ({@link FrameReader#DANGER_MARGIN}): how
     * far that level was below it. When the sources give no mark, the sentences answer (and must name the mark).
     */
    Optional<Briefed> mark(Frame frame, String question, String measure, Caller caller) {
        List<ObservationRow> levels = observedBy(histories.history(frame, question, Attribute.WATER_LEVEL, caller), frame.moment().until());
        String label = FrameReader.markOf(measure);
        return levels.isEmpty() ? Optional.empty()
                : mark(label, !label.equals(measure), levels, question).map(a -> incidents.withIncident(a, levels, frame, caller));
    }

    /**
     * How far the level was below the mark at that moment: «До опасной отметки (…) на 08:00 … оставалось 41 см: уровень
     * 679 см», as «Запас до …» when a reserve is asked; above it — «(Запаса нет: )на … уровень выше … на 41 см».
     */
    private static String margin(long below, String markSaid, String at, String level, boolean reserve) {
        String none = reserve ? "Запаса нет: на " : "На ";
        if (below > 0) {
            return (reserve ? "Запас до " + markSaid + " на " + at + " — " : "До " + markSaid + " на " + at + " оставалось ")
                    + below + " см: " + level + ".";
        }
        return none + at + (below == 0 ? " уровень достиг " + markSaid + ": " : " уровень выше " + markSaid + " на " + -below + " см: ")
                + level + ".";
    }

    /** «опасной отметки», «неблагоприятной отметки». */
    private static String genitive(String label) {
        return label.replace("ая отметка", "ой отметки");
    }

    private Optional<Answer> mark(String label, boolean margin, List<ObservationRow> levels, String question) {
        ObservationRow now = levels.getLast();
        Optional<DangerMarks.Mark> mark = DangerMarks.of(new FigureHistory(now.entityKey(), now.entityName(), Attribute.WATER_LEVEL, levels, List.of()))
                .stream().filter(m -> m.label().equals(label)).findFirst();
        if (mark.isEmpty()) {
            return Optional.empty();
        }
        ObservationRow source = levels.stream().filter(o -> o.sourceId().equals(mark.get().sourceId())).findFirst().orElse(now);
        var book = new Book();
        var when = times.reply();
        String text;
        if (EXCEEDED_WHEN.matcher(question.toLowerCase(Locale.ROOT)).find()) {
            double value = mark.get().value();
            Optional<ObservationRow> first = sorted(levels).stream().filter(o -> o.value() != null && o.value() > value).findFirst();
            String markSaid = label + " " + Math.round(value) + " см " + book.mark(source);
            text = first.map(o -> "Уровень на " + now.entityName() + " впервые выше отметки (" + markSaid + ") — на "
                            + when.at(o.observedAt()) + ": " + SituationModel.shown(o) + " " + book.mark(o) + ".")
                    .orElseGet(() -> "Уровень на " + now.entityName() + " выше отметки (" + markSaid + ") в базе не поднимался; на "
                            + when.at(now.observedAt()) + ": " + SituationModel.shown(now) + " " + book.mark(now) + ".");
        } else if (margin && now.value() != null) {
            String markSaid = genitive(label) + " (" + now.entityName() + ", " + Math.round(mark.get().value()) + " см) "
                    + book.mark(source);
            text = margin(Math.round(mark.get().value() - now.value()), markSaid, when.at(now.observedAt()),
                    "уровень " + SituationModel.shown(now) + " " + book.mark(now), question.toLowerCase(Locale.ROOT).contains("запас"));
        } else {
            text = capitalised(label) + " (" + now.entityName() + ") — " + Math.round(mark.get().value()) + " см " + book.mark(source)
                    + ". Уровень на " + when.at(now.observedAt()) + ": " + SituationModel.shown(now) + " " + book.mark(now) + ".";
        }
        return Optional.of(new Answer.Grounded(text, book.cited(), modelled(book.cited().size(), false)));
    }

    /** A figure as read at one moment: the text, how many sources give it, whether they disagree. */
    private record Reading(String text, int sources, boolean conflict) {}

    /**
     * «Эвакуированных (Нижние Ключи), на 08:00 11.04.2026: 327 человек [1]. Источники расходятся: 312 человек [2]»: the
     * latest moment of the values {@code known} by the moment asked, the value most sources give, the others that disagree,
     * and ({@code withBefore}) the value before it changed.
     */
    private Reading reading(String subject, List<ObservationRow> known, Attribute attribute, Book book, ReplyTimes.Reply when,
                                   boolean withBefore) {
        Instant at = known.getLast().observedAt();
        List<ObservationRow> moment = known.stream().filter(o -> !o.observedAt().isBefore(at.minus(SAME_MOMENT))).toList();
        ObservationRow chosen = mostReported(moment);
        var text = new StringBuilder(subject).append(", на ").append(when.at(chosen.observedAt())).append(": ")
                .append(SituationModel.shown(chosen)).append(' ').append(book.mark(chosen));
        List<ObservationRow> others = moment.stream().filter(o -> !o.sourceId().equals(chosen.sourceId()))
                .filter(o -> Objects.equals(o.unit(), chosen.unit()) && o.state() == null == (chosen.state() == null))
                .filter(o -> !SituationModel.shown(o).equals(SituationModel.shown(chosen)))
                .filter(o -> !o.correction() || chosen.correction())
                .collect(Collectors.toMap(ObservationRow::sourceId, o -> o, (a, b) -> closer(chosen, a, b), LinkedHashMap::new))
                .values().stream().toList();
        Map<String, ObservationRow> byValue = new LinkedHashMap<>();
        others.forEach(o -> byValue.putIfAbsent(SituationModel.shown(o), o));
        String otherValues = byValue.values().stream().map(o -> SituationModel.shown(o) + " " + book.mark(o)).collect(Collectors.joining(", "));
        boolean conflict = !others.isEmpty() && !chosen.correction();
        if (conflict) {
            text.append(". Источники расходятся: ").append(otherValues);
        } else if (!others.isEmpty()) {
            text.append(" (уточнено; ранее сообщалось: ").append(otherValues).append(')');
        }
        if (attribute == Attribute.STATE) {
            quote(chosen).ifPresent(q -> text.append(" — «").append(q).append("»"));
        }
        if (withBefore) {
            known.stream().filter(o -> o.observedAt().isBefore(at.minus(SAME_MOMENT)) && Objects.equals(o.unit(), chosen.unit()))
                    .filter(o -> !SituationModel.shown(o).equals(SituationModel.shown(chosen)) && !byValue.containsKey(SituationModel.shown(o)))
                    .reduce((a, b) -> b)
                    .ifPresent(before -> text.append(". До этого — ").append(SituationModel.shown(before)).append(" (на ")
                            .append(when.at(before.observedAt())).append(") ").append(book.mark(before)));
        }
        return new Reading(text.toString(), (int) moment.stream().map(ObservationRow::sourceId).distinct().count(), conflict);
    }

    /**
     * «сколько было эвакуировано на утро 11 апреля?» naming no place, about an incident whose values are of several places
     * (none of them {@link Histories#dominant}): each place's figure by the moment asked, the most reported places first.
     */
    private Optional<Briefed> byPlace(Frame frame, String question, Attribute attribute, Caller caller) {
        Instant until = frame.moment().until();
        for (IncidentSummary incident : incidents.incidentsNamed(frame, question, caller)) {
            var figures = model.incident(incident.id(), caller).figures().stream().filter(f -> f.attribute() == attribute).toList();
            List<ObservationRow> values = figures.stream().flatMap(f -> f.values().stream()).toList();
            Set<String> counted = Histories.inUnitAsked(question, Histories.people(visible(values, frame))).stream().map(ObservationRow::unit)
                    .filter(Objects::nonNull).collect(Collectors.toSet());
            List<List<ObservationRow>> places = figures.stream()
                    .map(f -> visible(f.values(), frame).stream().filter(o -> counted.isEmpty() || counted.contains(o.unit()))
                            .filter(o -> !o.entityName().isEmpty() && (until == null || !o.observedAt().isAfter(until))).toList())
                    .filter(v -> !v.isEmpty()).map(Modelled::sorted)
                    .sorted(Comparator.<List<ObservationRow>>comparingInt(List::size).reversed()).limit(PLACES).toList();
            if (places.isEmpty()) {
                continue;
            }
            var book = new Book();
            var when = times.reply();
            String head = capitalised(attribute.label()) + " — место в вопросе не названо; по местам, где они есть"
                    + (frame.moment() instanceof Moment.AsOf ? " на " + said(frame.moment(), when) : "") + ":\n";
            List<Reading> readings = places.stream().map(v -> reading(v.getLast().entityName(), v, attribute, book, when, false)).toList();
            String text = head + readings.stream().map(r -> "- " + r.text() + ".").collect(Collectors.joining("\n"));
            return Optional.of(new Briefed(new Answer.Grounded(text, book.cited(), modelled(readings.stream().mapToInt(Reading::sources).sum(),
                    readings.stream().anyMatch(Reading::conflict))), Optional.of(IncidentUsed.of(incident))));
        }
        return Optional.empty();
    }

    /**
     * «когда закрыли мост?»: since when the object has been in that state by the moment asked — the first report of its
     * latest run of that state, quoted — and what it is in now if that changed since.
     */
    private Optional<Answer> since(Frame frame, String state, List<ObservationRow> history) {
        List<ObservationRow> known = observedBy(history, frame.moment().until());
        int last = -1;
        for (int i = 0; i < known.size(); i++) {
            if (state.equals(known.get(i).state())) {
                last = i;
            }
        }
        if (last < 0) {
            return Optional.empty();
        }
        int first = last;
        while (first > 0 && state.equals(known.get(first - 1).state())) {
            first--;
        }
        ObservationRow from = known.get(first);
        var book = new Book();
        var when = times.reply();
        var text = new StringBuilder(capitalised(from.entityName())).append(": ").append(state).append(" — по сообщению на ")
                .append(when.at(from.observedAt())).append(' ').append(book.mark(from));
        quote(from).ifPresent(q -> text.append(": «").append(q).append("»"));
        Map<String, ObservationRow> otherSources = new LinkedHashMap<>();
        known.subList(first, last + 1).stream().filter(o -> !o.sourceId().equals(from.sourceId()))
                .filter(o -> o.observedAt().isBefore(from.observedAt().plus(Duration.ofHours(24))))
                .forEach(o -> otherSources.putIfAbsent(o.sourceId(), o));
        List<ObservationRow> disagreeing = otherSources.values().stream()
                .filter(o -> !o.observedAt().equals(from.observedAt())).limit(2).toList();
        if (!disagreeing.isEmpty()) {
            text.append(". Источники расходятся во времени: ").append(disagreeing.stream()
                    .map(o -> "«" + o.sourceTitle() + "» — " + when.at(o.observedAt()) + " " + book.mark(o))
                    .collect(Collectors.joining("; ")));
        }
        text.append('.');
        ObservationRow now = known.getLast();
        if (!state.equals(now.state())) {
            text.append(" Позже — ").append(SituationModel.shown(now)).append(" (на ").append(when.at(now.observedAt())).append(") ")
                    .append(book.mark(now)).append('.');
        }
        return Optional.of(new Answer.Grounded(text.toString(), book.cited(), modelled(1 + otherSources.size(), !disagreeing.isEmpty())));
    }

    /**
     * The sentence an observation was read from, to quote: a state often comes with its terms («до 3,5 т»). An event
     * of a log stored before its time was labelled gets the label ({@link EventLine}), its time being the entry's own.
     */
    Optional<String> quote(ObservationRow o) {
        String excerpt = EventLine.labelled(o.sourceType(), o.excerpt(), o.reportedAt() != null ? o.reportedAt() : o.observedAt(),
                model.zone());
        String sentence = excerpt == null ? "" : NEXT_SENTENCE.split(excerpt.strip(), 2)[0];
        return sentence.length() <= QUOTE && WHOLE_SENTENCE.matcher(sentence).matches()
                ? Optional.of(sentence.substring(0, sentence.length() - 1)) : Optional.empty();
    }

    /** Of two values one source gives for a moment, the one nearer the chosen value (the others are other figures). */
    private static ObservationRow closer(ObservationRow chosen, ObservationRow a, ObservationRow b) {
        if (chosen.value() == null || a.value() == null || b.value() == null) {
            return a;
        }
        return Math.abs(a.value() - chosen.value()) <= Math.abs(b.value() - chosen.value()) ? a : b;
    }

    /** The value most sources give for the moment; of equals, the one reported last. */
    private static ObservationRow mostReported(List<ObservationRow> moment) {
        Map<String, List<ObservationRow>> byValue = lastOfEachSource(moment).stream().collect(Collectors.groupingBy(SituationModel::shown,
                LinkedHashMap::new, Collectors.toList()));
        Optional<ObservationRow> corrected = moment.stream().filter(ObservationRow::correction).reduce((a, b) -> b);
        return corrected.orElseGet(() -> byValue.values().stream()
                .max(Comparator.<List<ObservationRow>>comparingInt(List::size)
                        .thenComparing(l -> l.getLast().reportedAt(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElseThrow().getLast());
    }

    /**
     * What each source says last of the figure: a post's «двое погибли» twice and its «UPD. Количество погибших увеличилось
     * до трёх» are one source saying three, not two sources saying two.
     */
    private static List<ObservationRow> lastOfEachSource(List<ObservationRow> moment) {
        return List.copyOf(moment.stream().collect(Collectors.toMap(ObservationRow::sourceId, o -> o,
                (a, b) -> b.id() > a.id() ? b : a, LinkedHashMap::new)).values());
    }

    private String subject(List<ObservationRow> history, Attribute attribute) {
        String entity = history.getLast().entityName();
        return attribute.labelOf(entity);
    }

    private static Instant start(Moment moment) {
        return moment instanceof Moment.Within w ? w.from() : moment.until();
    }
}
