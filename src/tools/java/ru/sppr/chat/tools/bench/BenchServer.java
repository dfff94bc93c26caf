package ru.sppr.chat.tools.bench;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A server the benchmark starts itself ({@code bench load --start CMD}): the command runs under {@code bash -c} with
 * its output in a log file, the benchmark waits until the server says it is ready ({@code GET /chat/ready} 200; a
 * server without that address — an older build — counts as ready at its first 200 from {@code /chat/health}) and
 * stops it (the command's whole process tree) at the end.
 */
final class BenchServer implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(10);
    private final Process process;
    private final long startedNanos = System.nanoTime();

    private BenchServer(Process process) {
        this.process = process;
    }

    static BenchServer start(String command, Path log) throws IOException {
        if (log.toAbsolutePath().getParent() != null) {
            Files.createDirectories(log.toAbsolutePath().getParent());
        }
        var builder = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        System.err.println("bench: запускаю сервер: " + command + " (вывод — в " + log + ")");
        return new BenchServer(builder.start());
    }

    /** Waits until the server at {@code url} is ready; the seconds since it was started. */
    double awaitReady(String url) throws InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("сервер завершился, не став готовым (код " + process.exitValue() + ")");
            }
            int ready = status(url + "/chat/ready");
            boolean noReadiness = ready > 0 && ready != 200 && ready != 503;
            if (ready == 200 || (noReadiness && status(url + "/chat/health") == 200)) {
                return Math.round((System.nanoTime() - startedNanos) / 1e8) / 10.0;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new IllegalStateException("сервер не стал готовым за " + READY_TIMEOUT.toMinutes() + " мин");
    }

    private static int status(String url) {
        try {
            var connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(1_000);
            connection.setReadTimeout(5_000);
            int status = connection.getResponseCode();
            var body = status < 400 ? connection.getInputStream() : connection.getErrorStream();
            if (body != null) {
                body.readAllBytes();
                body.close();
            }
            return status;
        } catch (IOException e) {
            return -1;
        }
    }

    /** Stops the server (SIGTERM to the command and everything it started; SIGKILL after 20 s). */
    @Override
    public void close() {
        var tree = process.toHandle().descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            for (ProcessHandle p : tree) {
                p.onExit().get(20, TimeUnit.SECONDS);
            }
            process.waitFor(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            tree.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
