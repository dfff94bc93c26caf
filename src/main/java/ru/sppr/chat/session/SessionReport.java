package ru.sppr.chat.session;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import ru.sppr.chat.zone.ZoneLabel;

/**
 * The whole conversation as a Markdown report: questions, answers with confidence, and the sources they cited. Its own
 * times (the session's start, the sources') are in the service's zone, each labelled («03.12.2026 21:00 МСК»).
 */
final class SessionReport {
    private final DateTimeFormatter format;
    private final ZoneId zone;

    SessionReport(ZoneId zone) {
        this.zone = zone;
        this.format = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(zone);
    }

    private String when(Instant at) {
        return format.format(at) + " " + ZoneLabel.of(zone, at);
    }

    String markdown(ChatSession session, List<Turn> turns) {
        var md = new StringBuilder("# Отчёт по сессии «").append(session.title()).append("»\n\n")
                .append("Сессия ").append(session.id()).append(", начата ").append(when(session.createdAt()))
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
                            .append(c.observedAt() == null ? "" : ", " + when(c.observedAt()))
                            .append(" (").append(c.sourceId()).append(")\n");
                }
            }
        }
        return md.toString();
    }
}
