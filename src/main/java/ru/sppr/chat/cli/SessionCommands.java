package ru.sppr.chat.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ru.sppr.chat.api.Views;
import ru.sppr.chat.dialog.Question;
import ru.sppr.chat.session.ChatSession;
import ru.sppr.chat.session.HistoryPage;
import ru.sppr.chat.user.Caller;

/** start-session, sessions, ask, history, session-report, close-session. The CLI acts as the local administrator. */
final class SessionCommands {
    private SessionCommands() {
    }

    /** Exactly one way to name the user. */
    static final class UserRef {
        @Option(names = "--user-id", required = true, description = "Пользователь по номеру") Long userId;
        @Option(names = "--username", required = true, description = "Пользователь по имени входа") String username;

        long resolve(ChatBackend backend) {
            return userId != null ? userId : backend.users().byUsername(username, Caller.LOCAL_ADMIN).id();
        }
    }

    @Command(name = "start-session", description = "Начать сессию")
    static final class StartSession extends BackendCommand {
        @ArgGroup(exclusive = true, multiplicity = "1") UserRef user;
        @Option(names = "--title", defaultValue = "Новая сессия", description = "Название сессии (по умолчанию ${DEFAULT-VALUE})") String title;

        StartSession(ChatBackend.Factory factory) {
            super(factory);
        }

        @Override
        Object run(ChatBackend backend) {
            ChatSession session = backend.sessions().start(user.resolve(backend), title, Caller.LOCAL_ADMIN);
            return Views.SessionView.of(session);
        }
    }

    @Command(name = "sessions", description = "Сессии пользователя, последние сверху")
    static final class ListSessions extends BackendCommand {
        @ArgGroup(exclusive = true, multiplicity = "1") UserRef user;
        @Option(names = "--limit", defaultValue = "50", description = "Сколько сессий (по умолчанию ${DEFAULT-VALUE})") int limit;

        ListSessions(ChatBackend.Factory factory) {
            super(factory);
        }

        @Override
        Object run(ChatBackend backend) {
            var list = backend.sessions().list(user.resolve(backend), limit, Caller.LOCAL_ADMIN);
            return Map.of("sessions", list.stream().map(Views.SessionView::of).toList());
        }
    }

    @Command(name = "ask", description = "Задать вопрос в сессии")
    static final class Ask extends BackendCommand {
        @Option(names = "--session-id", required = true, description = "Номер сессии") long sessionId;
        @Option(names = "--user-message", required = true, description = "Текст вопроса") String message;

        Ask(ChatBackend.Factory factory) {
            super(factory);
        }

        @Override
        Object run(ChatBackend backend) {
            long owner = backend.sessions().get(sessionId, Caller.LOCAL_ADMIN).ownerId();
            Caller asker = backend.users().get(owner, Caller.LOCAL_ADMIN).asCaller();
            return Views.AskView.of(backend.dialog().ask(sessionId, new Question(message), asker));
        }
    }

    @Command(name = "history", description = "История сессии: последние ходы")
    static final class History extends BackendCommand {
        @Option(names = "--session-id", required = true, description = "Номер сессии") long sessionId;
        @Option(names = "--limit", defaultValue = "20", description = "Сколько ходов (по умолчанию ${DEFAULT-VALUE})") int limit;
        @Option(names = "--before", description = "Только ходы до этой позиции") Integer before;

        History(ChatBackend.Factory factory) {
            super(factory);
        }

        @Override
        Object run(ChatBackend backend) {
            HistoryPage page = backend.sessions().history(sessionId, limit, before, Caller.LOCAL_ADMIN);
            return Views.HistoryView.of(sessionId, page);
        }
    }

    @Command(name = "session-report", description = "Отчёт по сессии в Markdown (как GET /chat/sessions/{id}/report)")
    static final class Report extends BackendCommand {
        @Option(names = "--session-id", required = true, description = "Номер сессии") long sessionId;
        @Option(names = "--out", description = "Записать отчёт в файл (по умолчанию — напечатать)") Path out;

        Report(ChatBackend.Factory factory) {
            super(factory);
        }

        @Override
        Object run(ChatBackend backend) throws IOException {
            String markdown = backend.sessions().report(sessionId, Caller.LOCAL_ADMIN);
            if (out == null) {
                spec.commandLine().getOut().print(markdown);
                spec.commandLine().getOut().flush();
                return null;
            }
            Files.writeString(out, markdown);
            return Map.of("session_id", sessionId, "report", out.toAbsolutePath().toString());
        }
    }

    @Command(name = "close-session", description = "Закрыть сессию")
    static final class CloseSession extends BackendCommand {
        @Option(names = "--session-id", required = true, description = "Номер сессии") long sessionId;

        CloseSession(ChatBackend.Factory factory) {
            super(factory);
        }

        @Override
        Object run(ChatBackend backend) {
            ChatSession session = backend.sessions().close(sessionId, Caller.LOCAL_ADMIN);
            return Map.of("session_id", session.id(), "status", session.status().code());
        }
    }
}
