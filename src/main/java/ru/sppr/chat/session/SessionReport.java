package ru.sppr.chat.session;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The whole conversation as a Markdown report: questions, answers with confidence, and the sources they cited. */
final class SessionReport {
    private final DateTimeFormatter when;

    SessionReport(ZoneId zone) {
        this.when = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(zone);
    }

    String markdown(ChatSession session, List<Turn> turns) {
        var md = new StringBuilder("# Отчёт по сессии «").append(session.title()).append("»\n\n")
                .append("Сессия ").append(session.id()).append(", начата ").append(when.format(session.createdAt()))
                .append(", вопросов: ").append(session.questionCount()).append(", статус: ").append(session.status().code())
                .append(".\n");
        int question = 0;
        for (Turn turn : turns) {
            if (turn.role() == TurnRole.USER) {
                md.append("\n## ").append(++question).append(". ").append(turn.content().replace('\n', ' ')).append("\n\n");
                continue;
            }
            md.append(turn.content()).append("\n\n");
            if (turn.confidence() != null) {
                md.append("*Уверенность: ").append(Math.round(turn.confidence() * 100)).append(" %.*\n");
            }
            if (!turn.citations().isEmpty()) {
                md.append("\nИсточники:\n");
                for (Citation c : turn.citations()) {
                    md.append("- [").append(c.ordinal()).append("] «").append(c.title()).append("»")
                            .append(c.location() == null ? "" : ", " + c.location())
                            .append(c.observedAt() == null ? "" : ", " + when.format(c.observedAt()))
                            .append(" (").append(c.sourceId()).append(")\n");
                }
            }
        }
        return md.toString();
    }
}
