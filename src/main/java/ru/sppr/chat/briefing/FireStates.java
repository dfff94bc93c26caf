package ru.sppr.chat.briefing;

import static ru.sppr.chat.briefing.Modelled.modelled;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import ru.sppr.chat.answer.Answer;
import ru.sppr.chat.answer.FireState;
import ru.sppr.chat.answer.ReplyTimes;
import ru.sppr.chat.knowledge.analysis.Sentences;
import ru.sppr.chat.situation.EventType;
import ru.sppr.chat.situation.SituationModel;
import ru.sppr.chat.situation.SituationStore.ReportRow;
import ru.sppr.chat.situation.SituationViews.IncidentSummary;
import ru.sppr.chat.user.Caller;

/**
 * «потушили?», «пожар на Тверской-Ямской ещё горит?»: the furthest state the fire the question names reached, from the
 * latest report of its incident that says it («Пожар в здании в центре Москвы ликвидировали…», which names no street and
 * shares few words with the question, an hour after «На 3-й Тверской-Ямской улице пожар»), and the state before it
 * («До этого (14:05): Огонь активно распространяется…»). Empty when no incident of a fire is named or none of its reports
 * says a state: the sentences answer then.
 */
final class FireStates {
    private final SituationModel model;
    private final Incidents incidents;
    private final Documents documents;
    private final ReplyTimes times;

    FireStates(SituationModel model, Incidents incidents, Documents documents, ReplyTimes times) {
        this.model = model;
        this.incidents = incidents;
        this.documents = documents;
        this.times = times;
    }

    Optional<Briefed> latest(Frame frame, String question, Caller caller) {
        if (!FireState.asked(question)) {
            return Optional.empty();
        }
        Optional<IncidentSummary> incident = incidents.incidentsNamed(frame, question, caller).stream()
                .filter(i -> i.type() != null && Incidents.sameEvent(EventType.FIRE, i.type())).findFirst();
        if (incident.isEmpty()) {
            return Optional.empty();
        }
        List<ReportRow> reports = model.incident(incident.get().id(), caller).reports().stream()
                .filter(r -> r.reportedAt() != null && !r.reportedAt().isAfter(frame.askedAt())).toList();
        List<Said> said = reports.stream().flatMap(r -> stateSaid(r, caller).stream()).toList();
        Comparator<Said> byStageThenTime = Comparator.comparingInt((Said one) -> FireState.stage(one.sentence()))
                .thenComparing(one -> one.report().reportedAt());
        Optional<Said> furthest = said.stream().max(byStageThenTime);
        return furthest.map(latest -> {
            var book = new Book();
            var when = times.reply();
            var text = new StringBuilder("По последним данным (на " + when.at(latest.report().reportedAt()) + "): " + latest.sentence()
                    + " " + book.mark(latest.report()));
            said.stream().filter(one -> FireState.stage(one.sentence()) < FireState.stage(latest.sentence())).max(byStageThenTime)
                    .ifPresent(before -> text.append(" До этого (" + when.at(before.report().reportedAt()) + "): " + before.sentence()
                            + " " + book.mark(before.report())));
            return new Briefed(new Answer.Grounded(text.toString(), book.cited(), modelled(book.sources(), false)),
                    Optional.of(IncidentUsed.of(incident.get())));
        });
    }

    /** A report's sentence saying the fire's state. */
    private record Said(ReportRow report, String sentence) {}

    /** The sentence of the report's title and text that says the fire's furthest state, the last of them on a tie. */
    private Optional<Said> stateSaid(ReportRow report, Caller caller) {
        String body = documents.text(report.sourceId(), caller).orElse("");
        return Stream.concat(Stream.ofNullable(report.title()), Sentences.split(body).stream()).map(String::strip)
                .filter(sentence -> FireState.stage(sentence) > 0)
                .reduce((earlier, later) -> FireState.stage(later) >= FireState.stage(earlier) ? later : earlier)
                .map(sentence -> new Said(report, sentence));
    }
}
