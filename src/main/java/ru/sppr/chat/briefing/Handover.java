package ru.sppr.chat.briefing;

import static ru.sppr.chat.briefing.Modelled.capitalised;
import static ru.sppr.chat.briefing.Modelled.distinct;
import static ru.sppr.chat.briefing.Modelled.modelled;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import ru.sppr.chat.answer.Answer;
import ru.sppr.chat.answer.ReplyTimes;
import ru.sppr.chat.situation.Digest;
import ru.sppr.chat.situation.Plural;
import ru.sppr.chat.situation.ShiftDigest;
import ru.sppr.chat.situation.SituationModel;
import ru.sppr.chat.user.Caller;

/**
 * The shift handover («что изменилось за смену», «что нового с 08:00», «сдача смены»): what changed since the moment
 * asked or the start of the current shift — new incidents, changed figures and states, new disagreements, each line
 * cited, the rest counted.
 */
final class Handover {
    /** «что изменилось за смену», «что нового с 08:00», «сдача смены»: the shift handover is asked for. */
    private static final Pattern HANDOVER = Pattern.compile("(?<!\\p{L})(что\\s+(?:нового|изменилось|поменялось)|какие\\s+изменения|"
            + "(?:сдач\\p{L}*|передач\\p{L}*|при[её]м\\p{L}*)\\s+смены|what(?:'s| has| is)?\\s+(?:changed|new))(?!\\p{L})");
    /** Lines of each kind a handover answer shows; the rest are counted, and the «Смена» view has them all. */
    private static final int HANDOVER_LINES = 6;

    /** «с утра к вечеру», «до вечера»: the period asked ends in the evening of its day. */
    private static final Pattern TO_EVENING = Pattern.compile("(?<!\\p{L})(?:к|до)\\s+вечер\\p{L}*");

    private final ShiftDigest digest;
    private final ReplyTimes times;
    private final ZoneId zone;

    Handover(ShiftDigest digest, ReplyTimes times, ZoneId zone) {
        this.digest = digest;
        this.times = times;
        this.zone = zone;
    }

    /** Whether the question asks for the shift handover. */
    static boolean asked(String question) {
        return HANDOVER.matcher(question.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * What changed since the moment asked («с 08:00», «за сутки»; a day asked ends with it), or since the start of the current shift: new
     * incidents, changed figures and states, new disagreements, each line cited.
     */
    Answer answer(Frame frame, String question, Caller caller) {
        Instant since = switch (frame.moment()) {
            case Moment.Within w -> w.from();
            case Moment.AsOf a -> a.said() == null ? null : a.at();
            case Moment.Latest l -> null;
        };
        Digest d = digest.between(since, until(frame.moment(), question), caller);
        var when = times.reply();
        String head = "Что изменилось с " + when.at(d.since()) + (d.shiftStart() ? " (начало смены)" : "")
                + " по " + when.at(d.until()) + ":";
        if (d.empty()) {
            return new Answer.NoEvidence(head + " изменений в базе нет.");
        }
        var book = new Book();
        List<String> lines = new ArrayList<>();
        d.incidents().stream().limit(HANDOVER_LINES).forEach(n -> lines.add("- Новое происшествие: " + n.incident().title()
                + ", первое сообщение " + when.at(n.incident().firstReportAt()) + " "
                + book.mark(n.sourceId(), n.sourceTitle(), n.sourceType(), null, n.incident().firstReportAt(), 0, n.incident().title())));
        more(lines, d.incidents().size(), "происшествие", "происшествия", "происшествий");
        d.changes().stream().limit(HANDOVER_LINES).forEach(c -> lines.add("- " + capitalised(c.attribute().label())
                + (c.entityName().isEmpty() ? "" : " (" + c.entityName() + ")") + ": "
                + (c.before() == null ? "" : SituationModel.shown(c.before()) + " → ") + SituationModel.shown(c.after())
                + " (на " + when.at(c.after().moment()) + ") " + book.mark(c.after())));
        more(lines, d.changes().size(), "изменение показателей", "изменения показателей", "изменений показателей");
        List<Digest.Conflict> conflicts = d.conflicts().stream().filter(distinct(c -> c.entityKey() + c.attribute()
                + Stream.of(SituationModel.shown(c.first()), SituationModel.shown(c.second())).sorted().toList())).toList();
        conflicts.stream().limit(HANDOVER_LINES).forEach(c -> lines.add("- Источники расходятся — " + c.attribute().label()
                + (c.entityName().isEmpty() ? "" : " (" + c.entityName() + ")") + ": " + SituationModel.shown(c.first()) + " "
                + book.mark(c.first()) + " и " + SituationModel.shown(c.second()) + " " + book.mark(c.second())));
        more(lines, conflicts.size(), "расхождение", "расхождения", "расхождений");
        return new Answer.Grounded(head + "\n" + String.join("\n", lines), book.cited(),
                modelled(book.sources(), !d.conflicts().isEmpty()));
    }

    /** The end of the period asked: a day's end, or its evening («за 13-е с утра к вечеру»); null for until now. */
    private Instant until(Moment moment, String question) {
        return switch (moment) {
            case Moment.Within w -> w.to();
            case Moment.AsOf a when a.said() != null && TO_EVENING.matcher(question.toLowerCase(Locale.ROOT)).find() -> {
                ZonedDateTime evening = a.at().atZone(zone).with(MomentReader.EVENING_REPORT);
                yield evening.toInstant().isAfter(a.at()) ? evening.toInstant() : null;
            }
            default -> null;
        };
    }

    private static void more(List<String> lines, int total, String one, String few, String many) {
        if (total > HANDOVER_LINES) {
            int rest = total - HANDOVER_LINES;
            lines.add("- … и ещё " + rest + " " + Plural.of(rest, one, few, many) + " (полностью — в разделе «Смена»)");
        }
    }
}
