package ru.sppr.chat.cli;

import java.time.Instant;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ru.sppr.chat.api.SituationJson;
import ru.sppr.chat.situation.DigestMarkdown;
import ru.sppr.chat.situation.EventType;
import ru.sppr.chat.user.Caller;

/** {@code situation}: the incidents and entities the model found, as the REST API shows them; rebuild. */
@Command(name = "situation", description = "Модель обстановки: происшествия, объекты, пересборка")
final class SituationCommands implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    @Command(name = "incidents", description = "Происшествия, новые сверху")
    static final class Incidents extends BackendCommand {
        @Option(names = "--since", description = "Не раньше этого времени (ISO-8601, без смещения — время сервиса, CHAT_TIMEZONE)") Instant since;
        @Option(names = "--type", description = "Вид: fire, flood, road_accident, …") String type;
        @Option(names = "--place", description = "Место или объект (часть названия)") String place;
        @Option(names = "--limit", defaultValue = "50", description = "Сколько записей (по умолчанию ${DEFAULT-VALUE})") int limit;

        Incidents(ChatBackend.Factory factory) {
            super(factory);
        }

        @Override
        Object run(ChatBackend backend) {
            var list = backend.situation().incidents(since, type == null ? null : EventType.parse(type), place, limit, Caller.LOCAL_ADMIN);
            return Map.of("incidents", list.stream().map(SituationJson::summary).toList());
        }
    }

    @Command(name = "incident", description = "Карточка происшествия")
    static final class Incident extends BackendCommand {
        @Option(names = "--incident-id", required = true, description = "Номер происшествия") long id;

        Incident(ChatBackend.Factory factory) {
            super(factory);
        }

        @Override
        Object run(ChatBackend backend) {
            return SituationJson.card(backend.situation().incident(id, Caller.LOCAL_ADMIN));
        }
    }

    @Command(name = "entities", description = "Места, объекты, организации и люди")
    static final class Entities extends BackendCommand {
        @Option(names = "--q", description = "Часть названия") String query;
        @Option(names = "--limit", defaultValue = "50", description = "Сколько записей (по умолчанию ${DEFAULT-VALUE})") int limit;

        Entities(ChatBackend.Factory factory) {
            super(factory);
        }

        @Override
        Object run(ChatBackend backend) {
            return Map.of("entities", backend.situation().entities(query, limit, Caller.LOCAL_ADMIN).stream().map(SituationJson::entity).toList());
        }
    }

    @Command(name = "entity", description = "Карточка объекта: наблюдения по времени")
    static final class Entity extends BackendCommand {
        @Option(names = "--entity-id", required = true, description = "Идентификатор объекта") String id;

        Entity(ChatBackend.Factory factory) {
            super(factory);
        }

        @Override
        Object run(ChatBackend backend) {
            return SituationJson.entityCard(backend.situation().entity(id, Caller.LOCAL_ADMIN));
        }
    }

    @Command(name = "digest", description = "Что изменилось с момента (по умолчанию — с начала смены, 08:00 или 20:00): "
            + "новые происшествия, показатели, расхождения; у каждой строки — источник")
    static final class Digest extends BackendCommand {
        @Option(names = "--since", description = "С какого момента (ISO-8601, например 2026-04-16T08:00 — время сервиса, CHAT_TIMEZONE — или 2026-04-16T05:00:00Z)") Instant since;
        @Option(names = "--markdown", description = "Напечатать Markdown вместо JSON") boolean markdown;

        Digest(ChatBackend.Factory factory) {
            super(factory);
        }

        @Override
        Object run(ChatBackend backend) {
            var digest = backend.digest().since(since, Caller.LOCAL_ADMIN);
            if (markdown) {
                spec.commandLine().getOut().print(new DigestMarkdown(backend.situation().zone()).render(digest));
                spec.commandLine().getOut().flush();
                return null;
            }
            return SituationJson.digest(digest, backend.situation().zone());
        }
    }

    @Command(name = "rebuild", description = "Пересобрать модель обстановки из базы знаний")
    static final class Rebuild extends BackendCommand {
        Rebuild(ChatBackend.Factory factory) {
            super(factory);
        }

        @Override
        Object run(ChatBackend backend) {
            long started = System.nanoTime();
            backend.situation().rebuild();
            return Map.of("rebuilt", true, "seconds", (System.nanoTime() - started) / 1e9);
        }
    }
}
