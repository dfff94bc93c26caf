package ru.sppr.chat.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code bin/chat-sppr demo} started at once in a fresh checkout (no {@code target/}), each with a fresh home:
 * the jar is built once (the second launcher waits for the first one's build instead of building over it) and both
 * demos come up and answer. The start-up cache is off here ({@code CHAT_AOT=off}): its training run takes minutes.
 */
class LauncherFirstBuildTest {
    private static final Set<String> NOT_COPIED = Set.of("target", ".git", "test");
    /** Ports the launchers listen on: below Linux's ephemeral range (32768–60999). */
    private static final int QUIET_PORTS_FROM = 20_000;
    private static final int QUIET_PORTS = 12_000;

    @TempDir
    Path dir;

    @Test
    void two_first_starts_at_once_build_once_and_both_serve() throws Exception {
        Path checkout = copyOfTheCheckout(dir.resolve("checkout"));
        Path knowledge = Files.createDirectories(dir.resolve("knowledge"));
        Files.writeString(knowledge.resolve("svodka.txt"), "Сводка: уровень воды у моста Заречье 512 см, переправа закрыта.");

        List<Launch> launches = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                launches.add(Launch.start(checkout, Files.createDirectories(dir.resolve("home-" + i)), knowledge, dir));
            }
            for (Launch launch : launches) {
                JsonNode info = launch.awaitInfo();
                var documents = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(info.get("api").asText() + "/documents"))
                        .header("Authorization", "Bearer " + info.get("token").asText()).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(documents.statusCode()).isEqualTo(200);
                assertThat(documents.body()).contains("svodka.txt");
            }
            long builds = 0;
            for (Launch launch : launches) {
                builds += Files.readString(launch.err()).lines().filter(l -> l.contains("сборка target/chat-sppr.jar")).count();
            }
            assertThat(builds).as("the jar is built once").isEqualTo(1);
        } finally {
            for (Launch launch : launches) {
                launch.stop();
            }
        }
    }

    record Launch(Process process, Path out, Path err) {
        static Launch start(Path checkout, Path home, Path knowledge, Path dir) throws IOException {
            int port = quietPort();
            Path out = Files.createTempFile(dir, "launch", ".out");
            Path err = Files.createTempFile(dir, "launch", ".err");
            var builder = new ProcessBuilder(checkout.resolve("bin/chat-sppr").toString(), "demo", "--host", "127.0.0.1",
                    "--port", Integer.toString(port), "--base-dir", home.toString())
                    .directory(home.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().keySet().removeIf(k -> k.startsWith("CHAT_"));
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("CHAT_AOT", "off");
            builder.environment().put("CHAT_WARMUP_S", "0");
            builder.environment().put("CHAT_TELEMETRY", "false");
            builder.environment().put("CHAT_DEMO_KNOWLEDGE", knowledge.toString());
            return new Launch(builder.start(), out, err);
        }

        /**
         * A free port below the range the kernel hands out to outgoing connections: the launcher binds it only after
         * building the jar (~30 s), and an ephemeral port free at the start was once taken by then.
         */
        private static int quietPort() throws IOException {
            for (int tries = 0; tries < 100; tries++) {
                int port = QUIET_PORTS_FROM + ThreadLocalRandom.current().nextInt(QUIET_PORTS);
                try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                    return socket.getLocalPort();
                } catch (IOException taken) {
                    // another one
                }
            }
            throw new IOException("no free port in " + QUIET_PORTS_FROM + "–" + (QUIET_PORTS_FROM + QUIET_PORTS));
        }

        JsonNode awaitInfo() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
            while (true) {
                var info = DemoOutput.info(Files.readString(out));
                if (info.isPresent()) {
                    return info.get();
                }
                assertThat(process.isAlive()).as("the launcher exited: " + Files.readString(err)).isTrue();
                assertThat(System.nanoTime()).as("no demo within 8 min: " + Files.readString(err)).isLessThan(deadline);
                Thread.sleep(500);
            }
        }

        void stop() throws InterruptedException {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** The working tree without build output, tests and git: what a fresh clone builds from. */
    private static Path copyOfTheCheckout(Path to) throws IOException {
        Path from = Path.of(System.getProperty("user.dir"));
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                if (!d.equals(from) && NOT_COPIED.contains(d.getFileName().toString())
                        && (d.getParent().equals(from) || d.getFileName().toString().equals("test") && d.getParent().endsWith("src"))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(d).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                Files.copy(f, to.resolve(from.relativize(f).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
        return to;
    }
}
