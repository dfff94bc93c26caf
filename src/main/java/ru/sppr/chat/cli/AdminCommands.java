package ru.sppr.chat.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ru.sppr.chat.api.Views;
import ru.sppr.chat.audit.AuditEventType;
import ru.sppr.chat.audit.AuditQuery;
import ru.sppr.chat.feedback.FeedbackDesk;
import ru.sppr.chat.feedback.Score;
import ru.sppr.chat.user.Caller;

/** feedback, audit, report, watchdog. */
final class AdminCommands {
    private AdminCommands() {
    }

    @Command(name = "feedback", description = "Оценить ответ от имени пользователя")
    static final class Feedback extends BackendCommand {
        @Option(names = "--username", required = true, description = "Кто оценивает (владелец сессии)") String username;
        @Option(names = "--turn-id", required = true, description = "Ход с ответом, который оценивают") long turnId;
        @Option(names = "--score", required = true, description = "Оценка: -1/+1 (thumbs) или 1..5 (stars)") int score;
        @Option(names = "--scale", description = "Шкала: thumbs или stars") String scale;
        @Option(names = "--comment", description = "Комментарий к оценке") String comment;

        Feedback(ChatBackend.Factory factory) {
            super(factory);
        }

        @Override
        Object run(ChatBackend backend) {
            Caller rater = backend.users().byUsername(username, Caller.LOCAL_ADMIN).asCaller();
            FeedbackDesk.Receipt receipt = backend.feedback().give(turnId, Score.of(score, scale), comment, rater);
            return Map.of("turn_id", turnId, "score", receipt.entry().score().value(),
                    "scale", receipt.entry().score().scale().name().toLowerCase(), "replaced", receipt.replaced());
        }
    }

    @Command(name = "backup", description = "Резервная копия встроенной базы (сервер может работать); индекс не копируется — он перестраивается")
    static final class Backup extends BackendCommand {
        @CommandLine.Parameters(paramLabel = "DIR", description = "Каталог для копии") Path dir;

        Backup(ChatBackend.Factory factory) {
            super(factory);
        }

        @Override
        Object run(ChatBackend backend) {
            return Map.of("backup", backend.backup(dir).toString());
        }
    }

    @Command(name = "restore", description = "Восстановить встроенную базу из копии (сервер должен быть остановлен)")
    static final class Restore implements Callable<Integer> {
        @CommandLine.Parameters(paramLabel = "DIR", description = "Каталог с копией") Path dir;
        @Option(names = "--base-dir", description = "Домашний каталог (по умолчанию $CHAT_SPPR_HOME или текущий)") Path baseDir;
        private final ChatBackend.Factory factory;

        Restore(ChatBackend.Factory factory) {
            this.factory = factory;
        }

        @Override
        public Integer call() throws Exception {
            factory.restore(baseDir, dir);
            System.out.println(BackendCommand.JSON.writeValueAsString(Map.of("restored_from", dir.toAbsolutePath().toString(),
                    "note", "индекс будет перестроен при следующем запуске")));
            return 0;
        }
    }

    @Command(name = "audit", description = "Журнал аудита, новые записи сверху")
    static final class Audit extends BackendCommand {
        @Option(names = "--user-id", description = "Только записи этого пользователя") Long userId;
        @Option(names = "--session-id", description = "Только записи этой сессии") Long sessionId;
        @Option(names = "--event-type", description = "Только события этого вида, например question_asked, feedback_given") String eventType;
        @Option(names = "--before", description = "Только записи с номером меньше этого (следующая страница)") Long before;
        @Option(names = "--limit", defaultValue = "50", description = "Сколько записей (по умолчанию ${DEFAULT-VALUE})") int limit;

        Audit(ChatBackend.Factory factory) {
            super(factory);
        }

        @Override
        Object run(ChatBackend backend) {
            var query = new AuditQuery(userId, sessionId,
                    eventType == null ? null : AuditEventType.parse("--event-type", eventType), null, null, before, limit);
            return Map.of("events", backend.audit().find(query, Caller.LOCAL_ADMIN).stream().map(Views.AuditView::of).toList());
        }
    }

    @Command(name = "report", description = "Снимки телеметрии")
    static final class Report extends BackendCommand {
        @Option(names = "--limit", defaultValue = "20", description = "Сколько снимков (по умолчанию ${DEFAULT-VALUE})") int limit;

        Report(ChatBackend.Factory factory) {
            super(factory);
        }

        @Override
        Object run(ChatBackend backend) {
            var payload = new HashMap<String, Object>();
            payload.put("snapshots", backend.telemetry().recent(Math.max(1, Math.min(limit, 500))));
            return payload;
        }
    }

    @Command(name = "watchdog", description = "Проверка: простаивающие сессии, вопросы без ответа, отзывы, цепочка аудита")
    static final class Watchdog extends BackendCommand {
        Watchdog(ChatBackend.Factory factory) {
            super(factory);
        }

        @Override
        Object run(ChatBackend backend) {
            return backend.watchdog().inspect();
        }
    }
}
