package ru.sppr.chat.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import ru.sppr.chat.knowledge.ingest.IngestListener;
import ru.sppr.chat.knowledge.ingest.IngestOptions;
import ru.sppr.chat.knowledge.ingest.IngestReport;
import ru.sppr.chat.knowledge.source.SourceQuery;
import ru.sppr.chat.user.Caller;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.NewUser;
import ru.sppr.chat.user.Role;
import ru.sppr.chat.user.User;

/** runserver and demo. */
final class ServerCommands {
    private ServerCommands() {
    }

    @Command(name = "runserver", description = "Запустить HTTP-сервер")
    static class RunServer extends BackendCommand {
        @Option(names = "--host", defaultValue = "${env:CHAT_HTTP_HOST:-0.0.0.0}", description = "Адрес, на котором слушать (по умолчанию ${DEFAULT-VALUE})") String host;
        @Option(names = "--port", defaultValue = "${env:CHAT_HTTP_PORT:-8451}", description = "Порт (по умолчанию ${DEFAULT-VALUE})") int port;

        RunServer(ChatBackend.Factory factory) {
            super(factory);
        }

        /** A port out of range stops the command before anything is opened. */
        @Override
        public Integer call() throws Exception {
            if (port < 1 || port > 65_535) {
                throw new ParameterException(spec.commandLine(), "неверный порт " + port
                        + " (--port или CHAT_HTTP_PORT): допустимы числа от 1 до 65535");
            }
            return super.call();
        }

        @Override
        Object run(ChatBackend backend) throws Exception {
            try {
                backend.serve(host, port, () -> announce(backend));
            } catch (RuntimeException e) {
                String reason = startFailure(e, host, port);
                if (reason != null) {
                    throw new IllegalStateException(reason);
                }
                throw e;
            }
            return null;
        }

        /**
         * Why the server could not listen, in Russian, when the cause is one an administrator fixes in the settings:
         * the port is taken, the address is not one of this machine's, the host name does not resolve, the port needs
         * privileges; {@code null} for anything else.
         */
        static String startFailure(Throwable e, String host, int port) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
                    return "имя узла из --host (CHAT_HTTP_HOST) не удаётся разрешить в адрес — укажите IP-адрес одного"
                            + " из сетевых интерфейсов этой машины, имя из /etc/hosts или 0.0.0.0 (все интерфейсы)";
                }
                if (cause instanceof BindException bind) {
                    String message = String.valueOf(bind.getMessage()).toLowerCase(Locale.ROOT);
                    if (message.contains("cannot assign") || message.contains("not available")) {
                        return "адрес из --host (CHAT_HTTP_HOST) не принадлежит этой машине — укажите IP-адрес одного из"
                                + " её сетевых интерфейсов или 0.0.0.0 (все интерфейсы)";
                    }
                    if (message.contains("permission denied") || message.contains("access denied")) {
                        return "порт " + port + " меньше 1024: слушать его может только привилегированный процесс —"
                                + " задайте порт от 1024 (--port или CHAT_HTTP_PORT), а 80/443 отдайте обратному прокси";
                    }
                    return "порт " + port + " (" + host + ") уже занят другим процессом — остановите его или задайте другой порт:"
                            + " --port или CHAT_HTTP_PORT";
                }
            }
            return null;
        }

        void announce(ChatBackend backend) {
            System.err.printf("Chat SPPR слушает http://%s:%d/chat (Ctrl+C — остановить)%n", displayHost(), port);
        }

        String displayHost() {
            return "0.0.0.0".equals(host) ? "localhost" : host;
        }
    }

    @Command(name = "demo", description = "Создать (или взять) администратора и токен, при первом запуске загрузить "
            + "демо-базу знаний, запустить сервер и напечатать адрес и токен")
    static final class Demo extends RunServer {
        static final String ADMIN = "admin";
        static final String TOKEN_FILE = "demo-admin.token";

        @Option(names = "--knowledge", defaultValue = "${env:CHAT_DEMO_KNOWLEDGE}",
                description = "Каталог демо-базы знаний (по умолчанию $CHAT_DEMO_KNOWLEDGE, иначе demo/knowledge в текущем"
                        + " каталоге или рядом с jar)") Path given;

        Demo(ChatBackend.Factory factory) {
            super(factory);
        }

        @Option(names = "--tesseract", hidden = true, defaultValue = "${env:CHAT_OCR_TESSERACT:-tesseract}",
                description = "Программа OCR (как CHAT_OCR_TESSERACT)") String tesseract;

        @Override
        Object run(ChatBackend backend) throws Exception {
            Path knowledge = DemoKnowledge.locate(given);
            var anyone = new SourceQuery(Clearance.SECRET, null, null, null, null, null, 1, 0);
            boolean ocr = ocrAvailable(tesseract);
            if (!Files.isDirectory(knowledge)) {
                System.err.println("Каталог демо-базы знаний " + knowledge.toAbsolutePath() + " не найден (--knowledge или"
                        + " CHAT_DEMO_KNOWLEDGE) — сервер запускается с тем, что уже есть в базе");
            } else if (backend.knowledge().sources(anyone).isEmpty()) {
                System.err.println("Загружаю демо-базу знаний из " + knowledge.toAbsolutePath() + " …");
                IngestReport report = backend.knowledge().ingest(List.of(knowledge), IngestOptions.defaults(),
                        Caller.LOCAL_ADMIN, IngestListener.NONE);
                System.err.printf("Загружено источников: %d, фрагментов: %d, ошибок: %d%n",
                        report.added(), report.fragments(), report.failed());
                report.files().stream().filter(f -> !f.ok()).forEach(f -> System.err.println("  ✗ " + f.failure()));
            } else if (ocr && !images(knowledge).isEmpty()) {
                // images left out at an earlier start without tesseract come in now; loaded ones are unchanged
                IngestReport report = backend.knowledge().ingest(images(knowledge), IngestOptions.defaults(),
                        Caller.LOCAL_ADMIN, IngestListener.NONE);
                if (report.added() > 0) {
                    System.err.printf("Загружены изображения демо-базы, которых не было: %d%n", report.added());
                }
            }
            if (!ocr && Files.isDirectory(knowledge) && !images(knowledge).isEmpty()) {
                System.err.println("Нет программы распознавания текста tesseract («" + tesseract + "»): изображения демо-базы ("
                        + images(knowledge).size() + ") не загружены. Установите её (apt-get install tesseract-ocr"
                        + " tesseract-ocr-rus) — при следующем запуске demo они загрузятся.");
            }
            return super.run(backend);
        }

        /** Whether the OCR program runs at all. */
        static boolean ocrAvailable(String tesseract) {
            try {
                Process p = new ProcessBuilder(tesseract, "--version").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private static List<Path> images(Path dir) throws IOException {
            try (var files = Files.list(dir)) {
                return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT)
                        .matches(".*\\.(png|jpe?g|tiff?)$")).sorted().toList();
            }
        }

        @Override
        void announce(ChatBackend backend) {
            try {
                User admin = backend.users().ensure(new NewUser(ADMIN, "Администратор", Role.ADMIN, Clearance.SECRET),
                        Caller.LOCAL_ADMIN).user();
                String token = demoToken(backend, admin);
                var info = new LinkedHashMap<String, Object>();
                info.put("url", "http://" + displayHost() + ":" + port + "/");
                info.put("api", "http://" + displayHost() + ":" + port + "/chat");
                info.put("docs", "http://" + displayHost() + ":" + port + "/chat/docs");
                info.put("username", admin.username());
                info.put("token", token);
                info.put("home", backend.dataDir().getParent().toString());
                System.out.println(JSON.writeValueAsString(info));
                System.out.flush();
                System.err.println("Демо запущено. Пример: curl -H 'Authorization: Bearer " + token + "' "
                        + info.get("api") + "/sessions");
            } catch (IOException e) {
                throw new IllegalStateException("не удалось сохранить демо-токен: " + e.getMessage(), e);
            }
        }

        /** Reuses the token saved by a previous demo run while it is still valid; otherwise issues a new one. */
        private static String demoToken(ChatBackend backend, User admin) throws IOException {
            Path file = backend.dataDir().resolve(TOKEN_FILE);
            if (Files.isRegularFile(file)) {
                String saved = Files.readString(file).strip();
                if (backend.tokens().find(saved).filter(u -> u.id() == admin.id()).isPresent()) {
                    return saved;
                }
            }
            String token = backend.tokens().issue(admin, Caller.LOCAL_ADMIN).token();
            Files.writeString(file, token + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the data directory's own permissions apply
            }
            return token;
        }
    }

    /**
     * The training run of the JDK's AOT cache ({@code bin/chat-sppr} runs it under {@code -XX:AOTCacheOutput} when the
     * JDK is 25 or newer): a throwaway home with the demo knowledge base, the server's start-up warm-up, exit.
     */
    @Command(name = "aot-training", hidden = true,
            description = "Обучающий прогон для AOT-кэша JDK: временный каталог с демо-базой знаний, разогрев сервера, выход")
    static final class AotTraining implements Callable<Integer> {
        private final ChatBackend.Factory factory;

        @Option(names = "--knowledge", defaultValue = "${env:CHAT_DEMO_KNOWLEDGE}",
                description = "Каталог базы знаний для прогона (по умолчанию как у demo)") Path given;

        AotTraining(ChatBackend.Factory factory) {
            this.factory = factory;
        }

        @Override
        public Integer call() throws IOException {
            Path knowledge = DemoKnowledge.locate(given);
            Path home = Files.createTempDirectory("chat-sppr-aot-");
            try (ChatBackend backend = factory.openEmbedded(home)) {
                if (Files.isDirectory(knowledge)) {
                    backend.knowledge().ingest(List.of(knowledge), IngestOptions.defaults(), Caller.LOCAL_ADMIN, IngestListener.NONE);
                    backend.situation().awaitFollowed(Duration.ofHours(1));
                }
                backend.train();
            } finally {
                try (var paths = Files.walk(home)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            return 0;
        }
    }
}
