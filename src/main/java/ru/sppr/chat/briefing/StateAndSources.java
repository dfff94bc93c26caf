package ru.sppr.chat.briefing;

import static ru.sppr.chat.briefing.Modelled.capitalised;
import static ru.sppr.chat.briefing.Modelled.modelled;
import static ru.sppr.chat.briefing.Modelled.sameEntity;
import static ru.sppr.chat.briefing.Modelled.sorted;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ru.sppr.chat.answer.Answer;
import ru.sppr.chat.answer.ReplyTimes;
import ru.sppr.chat.situation.Attribute;
import ru.sppr.chat.situation.MentionKind;
import ru.sppr.chat.situation.SituationModel;
import ru.sppr.chat.situation.SituationStore.EntityRow;
import ru.sppr.chat.situation.SituationStore.ObservationRow;
import ru.sppr.chat.user.Caller;

/**
 * What is known of an object, and from where: the latest of each of its figures and states («что с ольховской
 * дамбой?»), and the sources the model read an object's or incident's figures from («откуда данные по дамбе?»).
 */
final class StateAndSources {
    /** «кто писал …», «кто сообщил …»: who reported a claim. */
    private static final Pattern WHO_REPORTED = Pattern.compile("^\\s*(?:а\\s+|и\\s+)?кто\\s");
    /** «откуда инфа, что …»: the claim whose source is asked. */
    private static final Pattern CLAIM = Pattern.compile("(?<!\\p{L})(?:что|будто|якобы)\\s+(.+)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A claim with at least so many words of its own (of four letters or more) is no question of the model's figures. */
    private static final int CLAIM_WORDS = 2;
    /** A figure a question names («откуда цифра 691»): the sources of that value are asked for. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d:.,])\\d+(?:,\\d+)?(?![\\d:.])");

    private final ReplyTimes times;
    private final Incidents incidents;
    private final Histories histories;

    StateAndSources(ReplyTimes times, Incidents incidents, Histories histories) {
        this.times = times;
        this.incidents = incidents;
        this.histories = histories;
    }

    /**
     * «откуда инфа что на омской во внуково студия полностью выгорела»: the source of a claim the model holds no figure of
     * — words besides the places named («студия полностью выгорела»). The sentences saying it answer, not the list of the
     * street's figures.
     */
    private static boolean claimOfItsOwn(String question, Frame frame) {
        Matcher claim = CLAIM.matcher(question);
        if (!claim.find()) {
            return false;
        }
        Set<String> named = frame.namedAs().stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return Stream.of(claim.group(1).toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+"))
                .filter(w -> w.length() >= 4 && !named.contains(w)).count() >= CLAIM_WORDS;
    }

    /** «что с ольховской дамбой?»: the latest of each figure and state of the object named. */
    Optional<Briefed> state(Frame frame, Caller caller) {
        Optional<EntityRow> object = frame.entities().stream().filter(e -> e.kind() == MentionKind.OBJECT).findFirst();
        if (object.isEmpty()) {
            return Optional.empty();
        }
        List<ObservationRow> rows = sorted(histories.observedOf(frame, caller)
                .stream().filter(o -> sameEntity(object.get(), o.entityKey()))
                .filter(o -> frame.moment().until() == null || !o.observedAt().isAfter(frame.moment().until())).toList());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<Attribute, ObservationRow> latest = new LinkedHashMap<>();
        rows.forEach(o -> latest.put(o.attribute(), o));
        var book = new Book();
        var when = times.reply();
        String lines = latest.values().stream().sorted(Comparator.comparing(ObservationRow::observedAt).reversed()).limit(3)
                .map(o -> o.attribute().label() + " на " + when.at(o.observedAt()) + ": " + SituationModel.shown(o) + " " + book.mark(o))
                .collect(Collectors.joining("; "));
        return Optional.of(incidents.withIncident(new Answer.Grounded(capitalised(object.get().name()) + " — " + lines + ".", book.cited(),
                modelled((int) rows.stream().map(ObservationRow::sourceId).distinct().count(), false)), rows, frame, caller));
    }

    /**
     * «откуда данные по дамбе?»: the sources the model read the object's or incident's figures from, newest first. Not
     * who reported a claim («кто писал, что водитель потерял сознание»): the sentences saying it answer that.
     */
    Optional<Answer> sources(Frame frame, String question, Caller caller) {
        if (frame.entities().isEmpty() || frame.attributes().isEmpty() && (WHO_REPORTED.matcher(question.toLowerCase(Locale.ROOT)).find()
                || claimOfItsOwn(question, frame))) {
            return Optional.empty();
        }
        EntityRow named = frame.entities().getFirst();
        List<ObservationRow> rows = histories.observedOf(frame, caller)
                .stream().filter(o -> frame.attributes().isEmpty() || frame.attributes().contains(o.attribute())).toList();
        Set<Double> figures = NUMBER.matcher(question).results().map(m -> Double.parseDouble(m.group().replace(',', '.')))
                .collect(Collectors.toSet());
        if (!figures.isEmpty()) {
            rows = rows.stream().filter(o -> o.value() != null && figures.contains(o.value())).toList();
        }
        Map<String, ObservationRow> bySource = new LinkedHashMap<>();
        sorted(rows).reversed().forEach(o -> bySource.putIfAbsent(o.sourceId(), o));
        if (bySource.isEmpty()) {
            return Optional.empty();
        }
        var book = new Book();
        var when = times.reply();
        String lines = bySource.values().stream().limit(5)
                .map(o -> "- «" + o.sourceTitle() + "», " + when.at(o.observedAt()) + ": " + o.attribute().label() + " "
                        + SituationModel.shown(o) + " " + book.mark(o))
                .collect(Collectors.joining("\n"));
        return Optional.of(new Answer.Grounded("Источники по «" + named.name() + "»:\n" + lines, book.cited(),
                modelled(bySource.size(), false)));
    }
}
