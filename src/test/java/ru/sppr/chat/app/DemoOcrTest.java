package ru.sppr.chat.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chat-sppr demo} without tesseract says that the images of the demo base are not loaded and why, and loads
 * them at the next start once tesseract is there. A script stands in for tesseract, so the test runs without it.
 */
class DemoOcrTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Demo(String out, String err, List<String> titles) {}

    @Test
    void the_demo_says_when_tesseract_is_missing_and_loads_the_images_once_it_is_there() throws Exception {
        Path knowledge = Files.createDirectories(dir.resolve("knowledge"));
        Files.writeString(knowledge.resolve("svodka.txt"), "Сводка: уровень воды у моста Заречье 512 см, переправа закрыта.");
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", knowledge.resolve("most.png").toFile());
        Path home = Files.createDirectories(dir.resolve("home"));

        Demo without = demo(home, knowledge, dir.resolve("no-such-dir/tesseract").toString());

        assertThat(without.err()).contains("Нет программы распознавания текста tesseract")
                .contains("изображения демо-базы (1) не загружены").contains("при следующем запуске demo они загрузятся");
        assertThat(without.titles()).hasSize(1).noneMatch(t -> t.contains("most.png"));

        Path tesseract = dir.resolve("bin/tesseract");
        Files.createDirectories(tesseract.getParent());
        Files.writeString(tesseract, """
                #!/bin/sh
                if [ "$1" = "--version" ]; then echo "tesseract 5.3.4"; exit 0; fi
                echo "Мост Заречье: вода у отметки 512 см, проезд закрыт."
                """);
        Files.setPosixFilePermissions(tesseract, PosixFilePermissions.fromString("rwx------"));
        Demo with = demo(home, knowledge, tesseract.toString());

        assertThat(with.err()).contains("Загружены изображения демо-базы, которых не было: 1").doesNotContain("Нет программы");
        assertThat(with.titles()).hasSize(2).anyMatch(t -> t.contains("most.png"));
    }

    /** The JSON with the address and token the demo prints on stdout once it serves (logs may go there too). */
    private static JsonNode info(Path out) throws IOException {
        return DemoOutput.info(Files.readString(out)).orElse(null);
    }

    /** Runs {@code demo} on {@code home} until it has printed its address and token, lists the sources, stops it. */
    private Demo demo(Path home, Path knowledge, String tesseract) throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Path out = Files.createTempFile(dir, "demo", ".out");
        Path err = Files.createTempFile(dir, "demo", ".err");
        var builder = new ProcessBuilder(new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "demo", "--host", "127.0.0.1", "--port", Integer.toString(port),
                "--base-dir", home.toString(), "--knowledge", knowledge.toString())))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("CHAT_"));
        builder.environment().put("CHAT_OCR_TESSERACT", tesseract);
        builder.environment().put("CHAT_WARMUP_S", "0");
        builder.environment().put("CHAT_TELEMETRY", "false");
        Process process = builder.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (info(out) == null) {
                assertThat(process.isAlive()).as("demo exited: " + Files.readString(err)).isTrue();
                assertThat(System.nanoTime()).as("demo did not start: " + Files.readString(err)).isLessThan(deadline);
                Thread.sleep(200);
            }
            JsonNode info = info(out);
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(info.get("api").asText() + "/documents"))
                    .header("Authorization", "Bearer " + info.get("token").asText()).build(), HttpResponse.BodyHandlers.ofString());
            List<String> titles = new ArrayList<>();
            JSON.readTree(response.body()).get("payload").get("sources").forEach(s -> titles.add(s.get("title").asText()));
            return new Demo(Files.readString(out), Files.readString(err), titles);
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
