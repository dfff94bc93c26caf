package ru.sppr.chat.tools.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import ru.sppr.chat.dialog.DialogTurn;
import ru.sppr.chat.dialog.Question;
import ru.sppr.chat.session.Sessions;
import ru.sppr.chat.session.Turn;
import ru.sppr.chat.user.Caller;

/**
 * Operator questions asked at their moments, the answers printed for a person to read — no gold, no score: «ask as a
 * person on shift would, and look at the answers». One conversation a line, {@code МОМЕНТ :: вопрос // уточнение // …},
 * the moment an ISO date-time with its offset; lines starting with {@code #} and blank lines are skipped.
 */
final class OperatorProbe {
    /** One conversation: when it is held and its questions in order. */
    record Conversation(OffsetDateTime at, List<String> questions) {}

    private OperatorProbe() {
    }

    static List<Conversation> read(Path file) {
        List<Conversation> conversations = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file);
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+::\\s+", 2);
                if (parts.length < 2) {
                    throw new IllegalArgumentException("строка " + (n + 1) + ": нужен вид «МОМЕНТ :: вопрос // уточнение»");
                }
                try {
                    conversations.add(new Conversation(OffsetDateTime.parse(parts[0]),
                            Arrays.stream(parts[1].split("\\s+//\\s+")).map(String::strip).filter(q -> !q.isEmpty()).toList()));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("строка " + (n + 1) + ": момент — дата и время ISO со смещением, "
                            + "например 2026-04-16T21:00+03:00");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("не удалось прочитать вопросы " + file, e);
        }
        return conversations;
    }

    /**
     * Asks every conversation in its own session at its moment and prints each answer with its intent and confidence
     * ({@code cited}: and the sources it cites, with their snippets).
     */
    static void ask(List<Conversation> conversations, Sessions sessions, DialogTurn dialog, MovableClock clock, Caller caller,
                    boolean cited, PrintStream out) {
        for (Conversation c : conversations) {
            clock.set(c.at().toInstant());
            long session = sessions.start(caller.userId(), "проба " + c.at(), caller).id();
            out.println("=== " + c.at());
            for (String question : c.questions()) {
                Turn answer = dialog.ask(session, new Question(question), caller).exchange().answer();
                out.printf(Locale.ROOT, "В: %s%nО [%s, %.2f]: %s%n", question, answer.intent(),
                        answer.confidence() == null ? 0.0 : answer.confidence(), answer.content());
                if (cited) {
                    answer.citations().forEach(q -> out.printf(Locale.ROOT, "  [%d] %s — %s%n", q.ordinal(), q.sourceId(), q.snippet()));
                }
                out.println();
            }
        }
    }
}
