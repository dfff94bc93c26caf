package ru.sppr.chat.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import ru.sppr.chat.api.Views;
import ru.sppr.chat.failure.NotFoundException;
import ru.sppr.chat.knowledge.ingest.IngestListener;
import ru.sppr.chat.knowledge.ingest.IngestOptions;
import ru.sppr.chat.knowledge.ingest.IngestReport;
import ru.sppr.chat.knowledge.search.SearchRequest;
import ru.sppr.chat.knowledge.source.SourceType;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;

/** ingest, forget, reindex, search. */
final class KnowledgeCommands {
    private KnowledgeCommands() {
    }

    @Command(name = "ingest", description = "Загрузить файлы и каталоги в базу знаний")
    static final class Ingest extends BackendCommand {
        @Parameters(arity = "1..*", paramLabel = "PATH", description = "Файлы и каталоги") List<Path> paths;
        @Option(names = "--access", defaultValue = "internal", description = "Гриф загружаемых источников: public, internal, confidential, secret (по умолчанию ${DEFAULT-VALUE})") String access;
        @Option(names = "--tags", split = ",", description = "Метки через запятую") List<String> tags = new ArrayList<>();

        Ingest(ChatBackend.Factory factory) {
            super(factory);
        }

        /** A path that is not there is a mistake in the command: said before anything is opened or loaded. */
        @Override
        public Integer call() throws Exception {
            List<String> missing = paths.stream().filter(p -> !Files.exists(p)).map(Path::toString).toList();
            if (!missing.isEmpty()) {
                throw new ParameterException(spec.commandLine(), (missing.size() == 1 ? "нет такого файла или каталога: "
                        : "нет таких файлов или каталогов: ") + String.join(", ", missing) + " — ничего не загружено");
            }
            return super.call();
        }

        @Override
        Object run(ChatBackend backend) {
            var options = new IngestOptions(Clearance.parse("--access", access), tags);
            IngestReport report;
            try (var progress = new TerminalProgress()) {
                report = backend.knowledge().ingest(paths, options, Caller.LOCAL_ADMIN, progress);
            }
            System.err.printf("Готово за %.1f с: добавлено %d, обновлено %d, без изменений %d, ошибок %d; фрагментов %d%s%n",
                    report.seconds(), report.added(), report.updated(), report.unchanged(), report.failed(),
                    report.fragments(), report.indexed() ? "" : " (индекс обновит работающий сервер)");
            report.files().stream().filter(f -> !f.ok()).forEach(f -> System.err.println("  ✗ " + f.failure()));
            if (report.added() + report.updated() > 0) {
                followSituation(backend);
            }
            return Views.IngestView.of(report);
        }

        /** A scheduled load must see that a file failed, though the others were loaded. */
        @Override
        int exitCode(Object result) {
            return ((Views.IngestView) result).failed() > 0 ? 1 : 0;
        }
    }

    /** How long a command that changed the knowledge base waits for the situation model before it exits. */
    private static final Duration SITUATION_WAIT = Duration.ofHours(1);

    /**
     * Waits, before the command exits, for the situation model to derive what was loaded (a large load takes about as
     * long again); when it does not finish, the server or the next command on the database goes on from where it stopped.
     */
    static void followSituation(ChatBackend backend) {
        long started = System.nanoTime();
        System.err.print("Модель обстановки: разбор загруженного…");
        boolean followed = backend.situation().awaitFollowed(SITUATION_WAIT);
        System.err.printf(followed ? " готово за %.1f с%n" : " не завершён за %.0f с — его продолжит сервер%n",
                (System.nanoTime() - started) / 1e9);
    }

    @Command(name = "forget", description = "Удалить источник из базы знаний")
    static final class Forget extends BackendCommand {
        @Option(names = "--source-id", required = true, description = "Идентификатор источника") String sourceId;

        Forget(ChatBackend.Factory factory) {
            super(factory);
        }

        @Override
        Object run(ChatBackend backend) {
            boolean removed = backend.knowledge().forget(sourceId, Caller.LOCAL_ADMIN);
            if (!removed) {
                throw new NotFoundException("источник «" + sourceId + "» не найден");
            }
            backend.situation().awaitFollowed(SITUATION_WAIT);
            return Map.of("source_id", sourceId, "removed", true);
        }
    }

    @Command(name = "reindex", description = "Перестроить поисковый индекс из базы данных")
    static final class Reindex extends BackendCommand {
        Reindex(ChatBackend.Factory factory) {
            super(factory);
        }

        @Override
        Object run(ChatBackend backend) {
            long t0 = System.nanoTime();
            backend.knowledge().reindex(Caller.LOCAL_ADMIN);
            var result = new LinkedHashMap<String, Object>();
            result.put("seconds", Math.round((System.nanoTime() - t0) / 1e7) / 100.0);
            result.put("index", backend.knowledge().consistency());
            return result;
        }
    }

    @Command(name = "search", description = "Поиск по базе знаний")
    static final class Search extends BackendCommand {
        @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Слова запроса") List<String> words;
        @Option(names = "--k", defaultValue = "5", description = "Сколько фрагментов вернуть (по умолчанию ${DEFAULT-VALUE})") int k;
        @Option(names = "--clearance", defaultValue = "secret", description = "Искать как пользователь с этим допуском") String clearance;
        @Option(names = "--as-of", description = "Только сведения, известные на момент (ISO-8601, без смещения — время сервиса, CHAT_TIMEZONE)") Instant asOf;
        @Option(names = "--from", description = "Наблюдения не раньше (ISO-8601, без смещения — время сервиса, CHAT_TIMEZONE)") Instant from;
        @Option(names = "--to", description = "Наблюдения не позже (ISO-8601, без смещения — время сервиса, CHAT_TIMEZONE)") Instant to;
        @Option(names = "--type", split = ",", description = "Виды источников через запятую: document, table, image, event_log, …") List<String> types = new ArrayList<>();
        @Option(names = "--tag", split = ",", description = "Метки через запятую") List<String> tags = new ArrayList<>();

        Search(ChatBackend.Factory factory) {
            super(factory);
        }

        @Override
        Object run(ChatBackend backend) {
            var request = new SearchRequest(String.join(" ", words), k, Clearance.parse("--clearance", clearance),
                    Instant.now(), asOf, from, to,
                    Set.copyOf(types.stream().map(t -> SourceType.parse("--type", t)).toList()), Set.copyOf(tags));
            return Map.of("hits", backend.knowledge().search(request).stream().map(Views.HitView::of).toList());
        }
    }

    /**
     * The progress on the terminal ({@link ProgressLine}: files, MB, rate, time left), redrawn in place at most 4 times a
     * second within the terminal's width ({@code COLUMNS}, else 80); silent when the output is not a terminal.
     */
    static final class TerminalProgress implements IngestListener, AutoCloseable {
        private static final long REDRAW_NANOS = 250_000_000L;
        private final PrintStream out = System.err;
        private final int width = width(System.getenv("COLUMNS"));
        private boolean shown;
        private int files;
        private int done;
        private long bytes;
        private long bytesDone;
        private long started;
        private long drawn;

        @Override
        public void started(int fileCount, long totalBytes) {
            files = fileCount;
            bytes = totalBytes;
            started = System.nanoTime();
            shown = System.console() != null && fileCount > 0;
            draw(true);
        }

        @Override
        public void fileDone(String file, long fileBytes, int fileFragments, boolean ok) {
            done++;
            bytesDone += fileBytes;
            draw(done == files);
        }

        private void draw(boolean always) {
            long now = System.nanoTime();
            if (shown && (always || now - drawn >= REDRAW_NANOS)) {
                drawn = now;
                out.print("\r" + new ProgressLine(done, files, bytesDone, bytes, Duration.ofNanos(now - started)).render(width) + "\u001b[K");
                out.flush();
            }
        }

        static int width(String columns) {
            try {
                int value = columns == null ? 80 : Integer.parseInt(columns.strip());
                return value >= 20 ? value : 80;
            } catch (NumberFormatException e) {
                return 80;
            }
        }

        @Override
        public void close() {
            if (shown) {
                out.println();
                out.flush();
            }
        }
    }
}
