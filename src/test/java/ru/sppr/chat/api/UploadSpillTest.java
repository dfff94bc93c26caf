package ru.sppr.chat.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.sppr.chat.storage.TestDatabases.Backend;
import ru.sppr.chat.user.Clearance;
import ru.sppr.chat.user.Role;

/**
 * Uploads larger than the in-memory limit lie in the node's own spill directory while they are read, never in the
 * system's temporary directory, and nothing of them stays there however the upload ends.
 */
class UploadSpillTest {
    private static final String MARKER = "spill-test-" + System.nanoTime() + " ";
    ApiHarness api;
    String analyst;
    String guest;
    Path spill;
    Instant started;

    @BeforeEach
    void start() throws Exception {
        started = Instant.now().minusSeconds(1);
        api = ApiHarness.start(Backend.H2, Map.of());
        analyst = api.token("anna", Role.ANALYST, Clearance.INTERNAL);
        guest = api.token("gost", Role.GUEST, Clearance.PUBLIC);
        spill = api.app.services().info().uploadSpill();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void an_upload_being_read_lies_in_the_spill_directory_and_goes_when_the_client_aborts() throws Exception {
        String boundary = "b" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"long.txt\"\r\n\r\n"
                + MARKER).getBytes(StandardCharsets.UTF_8);
        try (var socket = new Socket("127.0.0.1", api.http.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /chat/documents HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + analyst
                    + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + 8_000_000
                    + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(head);
            out.write(text(3_000_000));
            out.flush();
            await(() -> partFiles(spill).size() == 1, "the part is written to the spill directory");
        }
        await(() -> partFiles(spill).isEmpty(), "the aborted upload's part is removed");
        assertThat(ourFilesInSystemTemp()).isEmpty();
    }

    @Test
    void accepted_and_refused_uploads_leave_no_part_files() throws Exception {
        String big = MARKER + new String(text(1_500_000), StandardCharsets.UTF_8);
        assertThat(api.upload(analyst, "svodka.txt", big, "internal").status()).as("accepted").isEqualTo(201);
        assertThat(api.upload(analyst, "svodka-2.txt", big, "internal").status()).as("a copy").isEqualTo(409);
        assertThat(api.upload(analyst, "svodka-3.txt", big + "1", "сверхсекретно").status()).as("bad access").isEqualTo(400);
        assertThat(api.upload(guest, "svodka-4.txt", big + "2", "internal").status()).as("a guest").isEqualTo(403);
        assertThat(api.upload(analyst, "broken.docx", "PK\u0003\u0004" + big, "internal").status()).as("unreadable").isEqualTo(200);
        String huge = MARKER + "а".repeat((int) (UploadForm.MAX_FILE_BYTES / 2 + 1024 * 1024));
        assertThat(api.upload(analyst, "huge.txt", huge, "internal").status()).as("over the limit").isEqualTo(413);
        assertThat(truncatedUpload(big)).as("cut short").isEqualTo(400);

        assertThat(partFiles(spill)).isEmpty();
        assertThat(ourFilesInSystemTemp()).isEmpty();
    }

    @Test
    void a_sweep_removes_what_a_killed_node_left(@TempDir Path root) throws IOException {
        Path left = Files.createDirectories(root.resolve("0b5e").resolve("x"));
        Files.writeString(root.resolve("0b5e").resolve("MultiPart123"), "часть");
        Files.writeString(left.resolve("MultiPart456"), "часть");

        UploadSpill.sweep(root);

        try (Stream<Path> files = Files.list(root)) {
            assertThat(files).isEmpty();
        }
        UploadSpill.sweep(root.resolve("absent"));
    }

    private int truncatedUpload(String content) throws IOException {
        String boundary = "b" + System.nanoTime();
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cut.txt\"\r\n\r\n"
                + content).getBytes(StandardCharsets.UTF_8);
        try (var socket = new Socket("127.0.0.1", api.http.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /chat/documents HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + analyst
                    + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(UploadHardeningTest.readResponse(in), StandardCharsets.UTF_8);
            return Integer.parseInt(response.substring(9, 12));
        }
    }

    private static byte[] text(int bytes) {
        byte[] line = "Уровень воды у поста наблюдения растёт, обстановка под контролем. ".getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            out[i] = line[i % line.length];
        }
        int end = bytes;
        while (end > 0 && (out[end - 1] & 0xC0) == 0x80 || end > 0 && (out[end - 1] & 0xC0) == 0xC0) {
            out[--end] = ' ';
        }
        return out;
    }

    /** The files under the spill directory, walked again when one vanishes under the walk (on opening or while iterating). */
    private static List<Path> partFiles(Path dir) {
        while (true) {
            if (!Files.isDirectory(dir)) {
                return List.of();
            }
            try (Stream<Path> files = Files.walk(dir)) {
                return files.filter(Files::isRegularFile).toList();
            } catch (IOException | UncheckedIOException vanished) {
                Thread.onSpinWait();
            }
        }
    }

    /** Jetty's part files of this test in the system's temporary directory (other processes may write there too). */
    private List<Path> ourFilesInSystemTemp() throws IOException {
        byte[] marker = MARKER.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("MultiPart"))
                    .filter(f -> modifiedAfter(f, started)).filter(f -> startsWith(f, marker)).toList();
        }
    }

    private static boolean modifiedAfter(Path file, Instant moment) {
        try {
            return Files.getLastModifiedTime(file).compareTo(FileTime.from(moment)) > 0;
        } catch (IOException gone) {
            return false;
        }
    }

    private static boolean startsWith(Path file, byte[] prefix) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(prefix.length), prefix);
        } catch (IOException gone) {
            return false;
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() < deadline).as(what).isTrue();
            Thread.sleep(50);
        }
    }
}
