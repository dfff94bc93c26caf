package ru.sppr.chat.situation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import ru.sppr.chat.situation.SituationViews.Disagreement;
import ru.sppr.chat.zone.ZoneLabel;

/** The shift handover as a Markdown file: one line per change, each with its source (title and id). Pure. */
public final class DigestMarkdown {
    private final DateTimeFormatter when;
    private final ZoneId zone;

    /** Times in {@code zone}, each labelled as everywhere ({@link ZoneLabel}: «МСК», «UTC+5»). */
    public DigestMarkdown(ZoneId zone) {
        this.zone = zone;
        this.when = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(zone);
    }

    public String render(Digest d) {
        var md = new StringBuilder("# Что изменилось с ").append(at(d.since()))
                .append(d.shiftStart() ? " (начало смены)" : "").append("\n\n")
                .append("Сводка на ").append(at(d.until())).append(".\n");
        if (d.empty()) {
            return md.append("\nИзменений в базе за это время нет.\n").toString();
        }
        section(md, "Новые происшествия", d.incidents().size());
        for (Digest.NewIncident n : d.incidents()) {
            md.append("- ").append(n.incident().title()).append(", первое сообщение ").append(at(n.incident().firstReportAt()))
                    .append(n.incident().status().isEmpty() ? "" : "; " + n.incident().status())
                    .append(cite(n.sourceTitle(), n.sourceId())).append('\n');
        }
        section(md, "Изменились показатели и состояния", d.changes().size());
        for (Digest.Change c : d.changes()) {
            md.append("- ").append(figure(c.attribute(), c.entityName())).append(": ")
                    .append(c.before() == null ? "" : SituationModel.shown(c.before()) + " (" + at(c.before().moment()) + ") → ")
                    .append(SituationModel.shown(c.after())).append(" (").append(at(c.after().moment())).append(")")
                    .append(cite(c.after().sourceTitle(), c.after().sourceId())).append('\n');
        }
        section(md, "Новые расхождения источников", d.conflicts().size());
        for (Digest.Conflict c : d.conflicts()) {
            md.append("- ").append(figure(c.attribute(), c.entityName())).append(", ")
                    .append(c.kind() == Disagreement.Kind.CONFLICT ? "расхождение: " : "уточнение: ")
                    .append(SituationModel.shown(c.first())).append(cite(c.first().sourceTitle(), c.first().sourceId()))
                    .append(" и ").append(SituationModel.shown(c.second())).append(cite(c.second().sourceTitle(), c.second().sourceId()))
                    .append(", на ").append(at(c.second().moment())).append('\n');
        }
        return md.toString();
    }

    private static void section(StringBuilder md, String title, int count) {
        md.append("\n## ").append(title).append(" (").append(count).append(")\n\n");
        if (count == 0) {
            md.append("Нет.\n");
        }
    }

    private static String figure(Attribute attribute, String entity) {
        return attribute.label().substring(0, 1).toUpperCase() + attribute.label().substring(1)
                + (entity.isEmpty() || attribute.label().contains(entity) ? "" : " — " + entity);
    }

    private static String cite(String title, String sourceId) {
        return " [источник: " + (title == null || title.isBlank() ? sourceId : title + ", " + sourceId) + "]";
    }

    private String at(Instant instant) {
        return instant == null ? "без даты" : when.format(instant) + " " + ZoneLabel.of(zone, instant);
    }
}
